/**
 * An asynchronous face of ImportWriter: inline on this thread, or in a worker thread that has
 * its own connection to the workspace (WAL lets the main connection keep reading meanwhile).
 */
import { Worker, type MessagePort, type TransferListItem } from 'node:worker_threads';
import type { GridRow } from '../../../shared/model/dataset';
import { AppError, toAppErrorData, type AppErrorData } from '../../../shared/errors';
import type { DatasetRecord } from '../store/datasets';
import type { Db } from '../store/workspace';
import { workerScript } from '../jobs/worker-scripts';
import { ImportWriter, type FinishArgs } from './import-writer';
import { encodeRows, transferablesOf, type RowBatchMessage } from './row-batch';

export interface AsyncImportWriter {
  begin(columnCount: number): Promise<number>;
  write(rows: GridRow[]): Promise<void>;
  finish(args: FinishArgs): Promise<DatasetRecord>;
  abort(): Promise<void>;
}

export class InlineImportWriter implements AsyncImportWriter {
  private readonly w: ImportWriter;
  constructor(db: Db) {
    this.w = new ImportWriter(db);
  }
  begin(columnCount: number): Promise<number> {
    return Promise.resolve(this.w.begin(columnCount));
  }
  write(rows: GridRow[]): Promise<void> {
    this.w.write(rows);
    return Promise.resolve();
  }
  finish(args: FinishArgs): Promise<DatasetRecord> {
    return Promise.resolve(this.w.finish(args));
  }
  abort(): Promise<void> {
    this.w.abort();
    return Promise.resolve();
  }
}

export type WriterRequest =
  | { id: number; type: 'begin'; columnCount: number }
  | { id: number; type: 'attach'; port: MessagePort }
  | { id: number; type: 'write'; batch: RowBatchMessage }
  | { id: number; type: 'finish'; args: FinishArgs }
  | { id: number; type: 'abort' };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export type WriterResponse =
  { id: number; ok: true; value?: unknown } | { id: number; ok: false; error: AppErrorData };

/**
 * A batch sent to the writer over an attached port (by the parse worker); `batch` null only
 * asks for an acknowledgement. The writer acknowledges only when `ack` is set (messages cost
 * more than they carry when every batch is answered).
 */
export interface PortBatch {
  seq: number;
  batch: RowBatchMessage | null;
  ack: boolean;
}

/** The writer's answer on the port: the last batch written, or why it failed. */
export type BatchPortReply = { ack: number } | { error: AppErrorData };

/** Batches that may be queued in the worker before `write` waits (backpressure). */
const MAX_IN_FLIGHT = 16;

export class WorkerImportWriter implements AsyncImportWriter {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: unknown) => void }
  >();
  private inFlight: Promise<unknown>[] = [];
  private failure: AppError | null = null;

  constructor(script: string, dbPath: string) {
    this.worker = new Worker(script, { workerData: { dbPath } });
    this.worker.on('message', (msg: WriterResponse) => {
      const w = this.waiting.get(msg.id);
      if (!w) return;
      this.waiting.delete(msg.id);
      if (msg.ok) w.resolve(msg.value);
      else w.reject(new AppError(msg.error));
    });
    this.worker.on('error', (err) => this.failAll(err));
    // once the thread has ended no request is ever answered: later ones fail at once
    this.worker.on('exit', (code) => {
      if (!this.failure) this.failAll(new Error(`import writer exited with code ${code}`));
    });
  }

  private failAll(err: unknown): void {
    const e = new AppError(toAppErrorData(err));
    this.failure = e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  private send<T>(req: WithoutId<WriterRequest>, transfer: TransferListItem[] = []): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...req, id }, transfer);
    });
  }

  begin(columnCount: number): Promise<number> {
    return this.send<number>({ type: 'begin', columnCount });
  }

  /**
   * From now on the writer also takes batches on `port` (from a parse worker), in the order
   * they arrive, answering each with an acknowledgement or the error that stopped it.
   */
  attachBatchPort(port: MessagePort): Promise<void> {
    return this.send<void>({ type: 'attach', port }, [port]);
  }

  async write(rows: GridRow[]): Promise<void> {
    const batch = encodeRows(rows);
    const p = this.send<void>({ type: 'write', batch }, transferablesOf(batch));
    p.catch(() => undefined);
    this.inFlight.push(p);
    if (this.inFlight.length >= MAX_IN_FLIGHT) {
      const first = this.inFlight.shift();
      await first;
    }
  }

  async finish(args: FinishArgs): Promise<DatasetRecord> {
    await Promise.all(this.inFlight);
    this.inFlight = [];
    const rec = await this.send<DatasetRecord>({ type: 'finish', args });
    await this.worker.terminate();
    return rec;
  }

  async abort(): Promise<void> {
    try {
      if (!this.failure) await this.send<void>({ type: 'abort' });
    } catch {
      // the worker may already have failed; its connection rolls back when it ends
    }
    await this.worker.terminate();
  }
}

export function createImportWriter(db: Db, dbPath: string): AsyncImportWriter {
  const script = workerScript('import-writer-worker');
  return script ? new WorkerImportWriter(script, dbPath) : new InlineImportWriter(db);
}
