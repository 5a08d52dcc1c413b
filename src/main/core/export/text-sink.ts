/**
 * A buffered UTF-8 text sink over a Writable: collects small strings into ~64 KiB chunks,
 * waits for 'drain' when the stream asks for it (backpressure), and keeps the byte count and
 * the sha256 of exactly what was written. Without a stream it only measures (bytes, hash).
 */
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { AppError } from '../../../shared/errors';

const CHUNK_CHARS = 64 * 1024;

export interface SinkSummary {
  bytes: number;
  sha256: string;
}

export class TextSink {
  private buffer: string[] = [];
  private bufferedChars = 0;
  private readonly hash: Hash = createHash('sha256');
  private byteCount = 0;

  /** an error the stream emitted while nobody was waiting on it (e.g. disk full) */
  private failure: unknown;

  constructor(private readonly stream?: Writable) {
    stream?.on('error', (err) => {
      this.failure ??= err;
    });
  }

  /** Append text; resolves at once unless a chunk had to be flushed into a full stream. */
  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.bufferedChars += text.length;
    if (this.bufferedChars >= CHUNK_CHARS) await this.flush();
  }

  async writeBytes(bytes: Buffer): Promise<void> {
    await this.flush();
    await this.push(bytes);
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = Buffer.from(this.buffer.join(''), 'utf8');
    this.buffer = [];
    this.bufferedChars = 0;
    await this.push(chunk);
  }

  private async push(chunk: Buffer): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    this.hash.update(chunk);
    this.byteCount += chunk.length;
    if (this.stream && !this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Flush, end the stream, wait until it is closed; returns what was written. */
  async end(): Promise<SinkSummary> {
    await this.flush();
    if (this.stream) {
      this.stream.end();
      await finished(this.stream);
    }
    return { bytes: this.byteCount, sha256: this.hash.digest('hex') };
  }

  destroy(): void {
    this.stream?.destroy();
  }
}

/** Open a sink on a new file; the caller must `end()` or `destroy()` it. */
export function fileSink(path: string): TextSink {
  return new TextSink(createWriteStream(path, { flags: 'wx' }));
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new AppError({
      kind: 'cancelled',
      code: 'export-cancelled',
      message: 'Ekspor dibatalkan.',
      messageEn: 'Export cancelled.',
    });
  }
}

/** Every how many rows writers report progress and check for cancellation. */
export const PROGRESS_EVERY = 10_000;

/** Cells of one row fitted to the header width (missing cells become ''; extra are dropped). */
export function fitRow(cells: readonly string[], width: number): string[] {
  if (cells.length === width) return cells as string[];
  const out = cells.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}
