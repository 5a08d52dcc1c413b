/**
 * Streaming the data rows of a detected table into an import writer, while inferring column
 * types and counting bytes and rows for the progress bar. Two ways, same outcome:
 *
 * - in a parse worker (hosts that run from the build): papaparse reads the file on its own
 *   thread and hands batches straight to the writer thread over a MessageChannel, so the
 *   calling thread (the UI's server, the desktop main process) only relays progress and cancel,
 *   and parsing and inserting use both cores;
 * - inline (unit tests on the sources, no built workers): the same loop on the calling thread.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { AppError, type AppErrorData } from '../../../shared/errors';
import type { ColumnTypeInfo, GridRow } from '../../../shared/model/dataset';
import { cancelledError } from './import-csv-records';
import { readTable, type DetectedTable, type ReadTableResult } from './import-table';
import type { AsyncImportWriter } from './import-writer-client';
import { createTypeInferrer } from './infer-types';

/**
 * Type inference looks at the first 50 000 data rows, then at every 32nd (see infer-types.ts):
 * about 80 000 rows of a million. The validator checks every cell against the type later; the
 * sample only proposes the type and its misfit examples.
 */
export const INFER_SAMPLE = { fullRows: 50_000, sampleEvery: 32 } as const;

/** Progress messages at most this often. */
export const PROGRESS_EVERY_MS = 100;

export interface StreamOutcome {
  result: ReadTableResult;
  types: ColumnTypeInfo[];
  /** bytes of the file read (CSV); 0 for XLSX, whose rows come out of a zip */
  bytes: number;
}

export interface StreamRun {
  table: DetectedTable;
  width: number;
  signal?: AbortSignal;
  onProgress?: (bytes: number, rows: number) => void;
}

/**
 * The parse loop both ways share: read the data rows, infer types on the way, hand every batch
 * to `write` (awaited: backpressure), report progress at most every PROGRESS_EVERY_MS.
 */
export async function parseTable(
  run: StreamRun,
  write: (batch: GridRow[]) => Promise<void>,
): Promise<StreamOutcome> {
  const { table, width, signal } = run;
  const inferrer = createTypeInferrer(width, { labels: table.layout.labels, ...INFER_SAMPLE });
  let bytes = 0;
  let rows = 0;
  let last = 0;
  const result = await readTable(
    table,
    {
      ...(signal ? { signal } : {}),
      onBytes: (chunk) => {
        bytes += chunk.length;
      },
    },
    async (batch: GridRow[]) => {
      if (signal?.aborted) throw cancelledError();
      for (const r of batch) inferrer.add(r.cells);
      rows += batch.length;
      await write(batch);
      const now = Date.now();
      if (run.onProgress && now - last >= PROGRESS_EVERY_MS) {
        last = now;
        run.onProgress(bytes, rows);
      }
    },
  );
  return { result, types: inferrer.result(), bytes };
}

/** Parse on this thread and hand every batch to the writer. */
export function streamInline(run: StreamRun, writer: AsyncImportWriter): Promise<StreamOutcome> {
  return parseTable(run, (batch) => writer.write(batch));
}

/** What the parse worker receives (structured-cloned; the port is transferred). */
export interface ParseWorkerData {
  table: DetectedTable;
  width: number;
}

export type ParseWorkerMessage =
  | { type: 'progress'; bytes: number; rows: number }
  | { type: 'done'; outcome: StreamOutcome }
  | { type: 'error'; error: AppErrorData };

/** A parse worker started before the writer is ready: its batches wait on `port`. */
export interface ParseJob {
  /** the writer's end of the channel: hand it to WorkerImportWriter.attachBatchPort */
  port: MessagePort;
  /** resolves when every batch has been written (the writer acknowledged it) */
  outcome: Promise<StreamOutcome>;
  /** stop the worker (always call it, after the outcome or on failure) */
  stop(): Promise<void>;
}

/**
 * Start parsing in a worker thread that writes its batches straight to the writer thread.
 * Started early, so the worker loads while the writer opens its transaction; batches queue on
 * the port until the writer attaches it.
 */
export function startParseWorker(script: string, run: StreamRun): ParseJob {
  const { port1, port2 } = new MessageChannel();
  const data: ParseWorkerData = { table: withoutHead(run.table), width: run.width };
  const worker = new Worker(script, {
    workerData: { ...data, port: port1 },
    transferList: [port1],
  });
  const onAbort = (): void => worker.postMessage({ type: 'cancel' });
  run.signal?.addEventListener('abort', onAbort);
  if (run.signal?.aborted) onAbort();
  const outcome = new Promise<StreamOutcome>((resolve, reject) => {
    worker.on('message', (msg: ParseWorkerMessage) => {
      if (msg.type === 'progress') run.onProgress?.(msg.bytes, msg.rows);
      else if (msg.type === 'done') resolve(msg.outcome);
      else reject(new AppError(msg.error));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`import parser exited with code ${code}`)));
  });
  outcome.catch(() => undefined);
  return {
    port: port2,
    outcome,
    stop: async () => {
      run.signal?.removeEventListener('abort', onAbort);
      await worker.terminate();
    },
  };
}

/** The head bytes are only needed for detection; do not copy them to the worker. */
function withoutHead(table: DetectedTable): DetectedTable {
  return { ...table, source: { ...table.source, head: Buffer.alloc(0) } };
}
