/**
 * Streams the records of a CSV file: bytes → decoder (iconv-lite) → papaparse (text only,
 * never dynamicTyping) → batches of records, each with the physical line where it starts.
 * Guards: a line longer than MAX_LINE_CHARS and an unterminated quote are refused with the
 * file and line named. Backpressure: the stream is paused while the consumer handles a batch.
 */
import { createReadStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors';
import type { Dialect, EncodingLabel } from '../../../shared/model/dataset';
import { createDecoder } from './encoding';

export const MAX_LINE_CHARS = 16 * 1024 * 1024;

export interface RecordBatch {
  records: string[][];
  /** physical line (1-based) where each record starts */
  lines: number[];
}

export interface CsvReadOptions {
  encoding: EncodingLabel;
  dialect: Dialect;
  fileName: string;
  signal?: AbortSignal;
  /** raw bytes as read (for hashing / keeping the original) */
  onBytes?: (chunk: Buffer) => void;
  /** stop after this many records (inspection of a sample) */
  maxRecords?: number;
  highWaterMark?: number;
}

function countBreaks(cell: string): number {
  let n = 0;
  let i = cell.indexOf('\n');
  while (i !== -1) {
    n++;
    i = cell.indexOf('\n', i + 1);
  }
  if (n === 0 && cell.indexOf('\r') !== -1) {
    // old Mac line ends inside a quoted cell
    for (let j = 0; j < cell.length; j++) if (cell.charCodeAt(j) === 13) n++;
  }
  return n;
}

export function cancelledError(): AppError {
  return new AppError({
    kind: 'cancelled',
    code: 'cancelled',
    message: 'Dibatalkan oleh pengguna; ruang kerja tidak diubah.',
    messageEn: 'Cancelled by the user; the workspace was not changed.',
  });
}

/**
 * Read every record. `consume` is awaited for each batch (backpressure). Returns the number
 * of records read.
 */
export function readCsvRecords(
  path: string,
  opts: CsvReadOptions,
  consume: (batch: RecordBatch) => void | Promise<void>,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const decoder = createDecoder(opts.encoding);
    const input = createReadStream(path, { highWaterMark: opts.highWaterMark ?? 1024 * 1024 });
    let nextLine = 1;
    let total = 0;
    let charsSinceBreak = 0;
    let settled = false;
    let stopped = false;
    const text = new PassThrough({ encoding: 'utf8' });

    const fail = (err: unknown): void => {
      if (settled) return;
      settled = true;
      input.destroy();
      text.destroy();
      reject(err);
    };

    const onAbort = (): void => fail(cancelledError());
    if (opts.signal) {
      if (opts.signal.aborted) return fail(cancelledError());
      opts.signal.addEventListener('abort', onAbort, { once: true });
    }

    input.on('data', (data: Buffer | string) => {
      const chunk = typeof data === 'string' ? Buffer.from(data) : data;
      opts.onBytes?.(chunk);
      const s = decoder.write(chunk);
      const lastBreak = s.lastIndexOf('\n');
      if (lastBreak === -1) charsSinceBreak += s.length;
      else charsSinceBreak = s.length - lastBreak - 1;
      if (charsSinceBreak > MAX_LINE_CHARS) {
        fail(
          new AppError({
            kind: 'user-input',
            code: 'line-too-long',
            message: `Berkas ${opts.fileName} memiliki baris lebih panjang dari ${MAX_LINE_CHARS / 1024 / 1024} juta karakter di sekitar baris ${nextLine}. Ini bukan tabel CSV yang wajar (mungkin pemisah baris hilang atau berkas biner).`,
            messageEn: `File ${opts.fileName} has a line longer than ${MAX_LINE_CHARS / 1024 / 1024} million characters near line ${nextLine}. This is not a sensible CSV table (line breaks may be missing, or the file is binary).`,
            file: opts.fileName,
            line: nextLine,
          }),
        );
        return;
      }
      if (s.length > 0 && !text.write(s)) {
        input.pause();
        text.once('drain', () => input.resume());
      }
    });
    input.on('end', () => {
      const rest = decoder.end();
      if (rest) text.write(rest);
      text.end();
    });
    input.on('error', (err) => fail(err));

    Papa.parse(text as unknown as Papa.LocalFile, {
      delimiter: opts.dialect.delimiter,
      quoteChar: opts.dialect.quoteChar,
      escapeChar: opts.dialect.quoteChar,
      newline: opts.dialect.lineTerminator as Papa.ParseConfig['newline'],
      skipEmptyLines: false,
      dynamicTyping: false,
      header: false,
      chunk: (results: Papa.ParseResult<string[]>, p: Papa.Parser) => {
        if (settled || stopped) return;
        const quoteError = results.errors.find((e) => e.code === 'MissingQuotes');
        const records = results.data;
        const lines: number[] = new Array<number>(records.length);
        let limit = records.length;
        for (let r = 0; r < records.length; r++) {
          const rec = records[r] as string[];
          lines[r] = nextLine;
          let breaks = 0;
          for (let c = 0; c < rec.length; c++) {
            const cell = rec[c] as string;
            if (cell.length > 0 && (cell.indexOf('\n') !== -1 || cell.indexOf('\r') !== -1)) {
              breaks += countBreaks(cell);
            }
          }
          nextLine += 1 + breaks;
          if (opts.maxRecords !== undefined && total + r + 1 >= opts.maxRecords) {
            limit = r + 1;
            break;
          }
        }
        if (quoteError) {
          const at = lines[Math.min(quoteError.row ?? 0, lines.length - 1)] ?? nextLine;
          fail(
            new AppError({
              kind: 'user-input',
              code: 'unterminated-quote',
              message: `Berkas ${opts.fileName}: tanda kutip (${opts.dialect.quoteChar}) dibuka di baris ${at} tetapi tidak pernah ditutup. Perbaiki tanda kutip di baris itu lalu impor lagi.`,
              messageEn: `File ${opts.fileName}: a quote (${opts.dialect.quoteChar}) opened on line ${at} is never closed. Fix the quote on that line and import again.`,
              file: opts.fileName,
              line: at,
            }),
          );
          return;
        }
        const batch: RecordBatch =
          limit === records.length
            ? { records, lines }
            : { records: records.slice(0, limit), lines: lines.slice(0, limit) };
        total += batch.records.length;
        if (
          limit !== records.length ||
          (opts.maxRecords !== undefined && total >= opts.maxRecords)
        ) {
          stopped = true;
        }
        p.pause();
        Promise.resolve(consume(batch)).then(
          () => {
            if (settled) return;
            if (stopped) {
              settled = true;
              opts.signal?.removeEventListener('abort', onAbort);
              input.destroy();
              text.destroy();
              resolve(total);
              return;
            }
            p.resume();
          },
          (err: unknown) => fail(err),
        );
      },
      complete: () => {
        if (settled) return;
        settled = true;
        opts.signal?.removeEventListener('abort', onAbort);
        resolve(total);
      },
      error: (err: Error) => fail(err),
    });
  });
}
