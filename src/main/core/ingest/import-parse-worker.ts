/**
 * Worker thread entry: parses the data rows of a detected table (papaparse for CSV, ExcelJS
 * for XLSX), infers column types, and sends the rows in batches straight to the import
 * writer's thread over the transferred port, waiting for its acknowledgements (at most
 * MAX_IN_FLIGHT batches queued). Reports progress, the outcome or an error to the parent; a
 * `cancel` message stops it before the next read.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { AppError, toAppErrorData, type AppErrorData } from '../../../shared/errors';
import type { GridRow } from '../../../shared/model/dataset';
import { parseTable, type ParseWorkerData, type ParseWorkerMessage } from './import-stream';
import { encodeRows, transferablesOf } from './row-batch';
import type { BatchPortReply, PortBatch } from './import-writer-client';

/** Batches sent to the writer and not yet acknowledged before the parser waits. */
const MAX_IN_FLIGHT = 24;
/** The writer acknowledges every ACK_EVERY-th batch (and the final request). */
const ACK_EVERY = 8;

/** Sends batches over the port and waits when the writer falls behind. */
class BatchSink {
  private sent = 0;
  private acked = 0;
  private failure: AppError | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly port: MessagePort) {
    port.on('message', (msg: BatchPortReply) => {
      if ('ack' in msg) this.acked = msg.ack;
      else this.failure = new AppError(msg.error);
      this.wake?.();
    });
    // the writer's thread ended (crash, out of memory): no acknowledgement will ever come
    port.on('close', () => {
      this.failure ??= new AppError({
        kind: 'bug',
        code: 'import-writer-stopped',
        message: 'Penulis impor berhenti sebelum semua baris tersimpan; tidak ada yang diimpor.',
        messageEn: 'The import writer stopped before every row was stored; nothing was imported.',
      });
      this.wake?.();
    });
  }

  private async until(ok: () => boolean): Promise<void> {
    while (!ok()) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
    if (this.failure) throw this.failure;
  }

  async write(rows: readonly GridRow[], nulFree: boolean): Promise<void> {
    if (this.failure) throw this.failure;
    const batch = encodeRows(rows, nulFree);
    const seq = ++this.sent;
    this.port.postMessage(
      { seq, batch, ack: seq % ACK_EVERY === 0 } satisfies PortBatch,
      transferablesOf(batch),
    );
    await this.until(() => this.sent - this.acked < MAX_IN_FLIGHT);
  }

  /** Resolves when the writer has written every batch sent. */
  drain(): Promise<void> {
    const seq = ++this.sent;
    this.port.postMessage({ seq, batch: null, ack: true } satisfies PortBatch);
    return this.until(() => this.acked === seq);
  }
}

const { table, width, port } = workerData as ParseWorkerData & { port: MessagePort };
const controller = new AbortController();
const post = (msg: ParseWorkerMessage): void => parentPort?.postMessage(msg);

parentPort?.on('message', (msg: { type: string }) => {
  if (msg.type === 'cancel') controller.abort();
});

async function run(): Promise<void> {
  const sink = new BatchSink(port);
  // CSV text holding a NUL is refused before it is parsed, so NUL can join the cells
  const nulFree = table.format === 'csv';
  const outcome = await parseTable(
    {
      table,
      width,
      signal: controller.signal,
      onProgress: (bytes, rows) => post({ type: 'progress', bytes, rows }),
    },
    (batch) => sink.write(batch, nulFree),
  );
  await sink.drain();
  post({ type: 'done', outcome });
}

run().catch((err: unknown) => {
  const error: AppErrorData = toAppErrorData(err);
  post({ type: 'error', error });
});
