/**
 * Runs the validator in a worker thread (validation-worker.ts) so the host's event loop never
 * waits for the rules: this thread reads the rows in batches (from SQLite, one string per row,
 * row-text-batches.ts; or from the import parser for `validate FILE`), dictionary-encodes them (validation-row-codec.ts) and posts them; the
 * worker runs the rules and posts progress, then the report and the per-cell detail. At most MAX_IN_FLIGHT batches wait in the worker, so memory
 * stays flat however many rows the table has. Cancel = the worker is terminated.
 */
import { Worker } from 'node:worker_threads';
import { AppError, toAppErrorData, type AppErrorData } from '../../../shared/errors';
import type { Report } from '../../../shared/model/finding';
import type { PackedCells } from '../store/cell-columns';
import { cellKindsFor } from '../validate/cell-kind';
import { validationCancelled, type ValidationProgress } from '../validate/engine';
import type { ValidationInput } from '../validate/types';
import {
  createRowEncoder,
  transferList,
  type SourceRowBatch,
  type WireRowBatch,
} from './validation-row-codec';

const MAX_IN_FLIGHT = 4;
/**
 * A larger young generation than Node's default: the rules make many short-lived strings and
 * arrays per row, and fewer, larger scavenges promote less and spend less time in GC.
 */
const YOUNG_GENERATION_MB = 32;

/** The validator's input without the rows and the context's functions (rebuilt in the worker). */
export type WorkerInput = Omit<ValidationInput, 'rows' | 'context'> & {
  lang: ValidationInput['context']['lang'];
  vocabularies?: ValidationInput['context']['vocabularies'];
};

export interface ValidationWorkerData {
  input: WorkerInput;
  /** where the reference store is cached (the worker opens its own connection) */
  referenceDir: string;
  /** header width: cells per row */
  width: number;
  /** per-cell findings kept (the rest are counted in the report only) */
  maxCells: number;
}

export type ToValidationWorker = { type: 'batch'; batch: WireRowBatch } | { type: 'end' };

export type FromValidationWorker =
  /** the worker took this many more batches */
  | { type: 'ack'; batches: number }
  | { type: 'progress'; progress: ValidationProgress }
  /** the cells in columns (store/cell-columns.ts): buffers cross threads, not 100 000 objects */
  | { type: 'done'; report: Report; cells: PackedCells }
  | { type: 'error'; error: AppErrorData };

export interface ValidationOutcome {
  report: Report;
  cells: PackedCells;
}

/** Where the rows come from: a working table read from SQLite, or the import parser (FILE). */
export interface ValidationRowSource {
  /** header width: cells per row */
  width: number;
  batches(): Iterable<SourceRowBatch> | AsyncIterable<SourceRowBatch>;
}

export function runValidationInWorker(
  script: string,
  source: ValidationRowSource,
  input: ValidationInput,
  opts: {
    referenceDir: string;
    maxCells: number;
    signal?: AbortSignal;
    onProgress?: (p: ValidationProgress) => void;
  },
): Promise<ValidationOutcome> {
  if (opts.signal?.aborted) return Promise.reject(validationCancelled());
  const workerInput: WorkerInput & Partial<Pick<ValidationInput, 'rows' | 'context'>> = {
    ...input,
    lang: input.context.lang,
    ...(input.context.vocabularies ? { vocabularies: input.context.vocabularies } : {}),
  };
  // the rows come as batches, and the context's functions are rebuilt in the worker
  delete workerInput.rows;
  delete workerInput.context;
  const workerData: ValidationWorkerData = {
    input: workerInput,
    referenceDir: opts.referenceDir,
    width: source.width,
    maxCells: opts.maxCells,
  };
  const worker = new Worker(script, {
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });

  return new Promise<ValidationOutcome>((resolve, reject) => {
    let settled = false;
    let inFlight = 0;
    let wakeReader: (() => void) | null = null;

    const finish = (err: unknown, outcome?: ValidationOutcome): void => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', onAbort);
      wakeReader?.();
      void worker.terminate();
      if (outcome) resolve(outcome);
      else reject(err instanceof AppError ? err : new AppError(toAppErrorData(err)));
    };
    const onAbort = (): void => finish(validationCancelled());
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (msg: FromValidationWorker) => {
      switch (msg.type) {
        case 'ack':
          inFlight -= msg.batches;
          if (wakeReader) {
            const wake = wakeReader;
            wakeReader = null;
            wake();
          }
          break;
        case 'progress':
          opts.onProgress?.(msg.progress);
          break;
        case 'done':
          finish(null, { report: msg.report, cells: msg.cells });
          break;
        case 'error':
          finish(new AppError(msg.error));
          break;
      }
    });
    worker.on('error', (err) => finish(err));
    worker.on('exit', (code) => {
      finish(new Error(`validation worker exited with code ${code}`));
    });

    const send = async (): Promise<void> => {
      const encode = createRowEncoder(source.width, cellKindsFor(undefined));
      for await (const read of source.batches()) {
        if (settled) return;
        const batch = encode(read);
        worker.postMessage(
          { type: 'batch', batch } satisfies ToValidationWorker,
          transferList(batch),
        );
        if (++inFlight >= MAX_IN_FLIGHT) {
          await new Promise<void>((wake) => (wakeReader = wake));
        }
      }
      if (!settled) worker.postMessage({ type: 'end' } satisfies ToValidationWorker);
    };
    send().catch((err: unknown) => finish(err));
  });
}
