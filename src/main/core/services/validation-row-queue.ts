/**
 * The rows of a validation run as they arrive in a worker: an async iterator over row batches
 * pushed by the message handler. A batch is decoded when the validator reaches it; taken
 * batches are acknowledged (`onTaken(n)`) when at most one is left waiting, so the sender keeps
 * a bounded number in flight with few messages back.
 */
import { createRowDecoder, type WireRowBatch } from './validation-row-codec';
import type { BufferedRows } from '../validate/engine';
import type { InputRow } from '../validate/types';

export class RowBatchQueue implements AsyncIterableIterator<InputRow>, BufferedRows {
  private readonly batches: WireRowBatch[] = [];
  private rows: InputRow[] = [];
  private pos = 0;
  private ended = false;
  private wake: (() => void) | null = null;
  private taken = 0;
  private readonly decode: (batch: WireRowBatch) => InputRow[];

  constructor(
    width: number,
    private readonly onTaken: (batches: number) => void,
  ) {
    this.decode = createRowDecoder(width);
  }

  push(batch: WireRowBatch): void {
    this.batches.push(batch);
    this.notify();
  }

  /** No more batches will come. */
  end(): void {
    this.ended = true;
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The next row if one is here already (see BufferedRows in the engine). */
  nextBuffered(): InputRow | undefined {
    for (;;) {
      if (this.pos < this.rows.length) return this.rows[this.pos++];
      const batch = this.batches.shift();
      if (!batch) return undefined;
      this.rows = this.decode(batch);
      this.pos = 0;
      this.taken++;
      if (this.batches.length <= 1) {
        this.onTaken(this.taken);
        this.taken = 0;
      }
    }
  }

  next(): Promise<IteratorResult<InputRow>> {
    const row = this.nextBuffered();
    if (row !== undefined) return Promise.resolve({ done: false, value: row });
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise<void>((resolve) => (this.wake = resolve)).then(() => this.next());
  }
}
