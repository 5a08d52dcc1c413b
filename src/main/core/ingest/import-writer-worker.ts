/** Worker thread entry: owns its own connection to the workspace and an ImportWriter. */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { toAppErrorData } from '../../../shared/errors';
import { ImportWriter } from './import-writer';
import type {
  BatchPortReply,
  PortBatch,
  WriterRequest,
  WriterResponse,
} from './import-writer-client';
import type { RowBatchMessage } from './row-batch';

const { dbPath } = workerData as { dbPath: string };
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -65536');
const writer = new ImportWriter(db);

function writeBatch(batch: RowBatchMessage): void {
  if (batch.kind === 'joined') writer.writeEncoded(batch);
  else writer.write(batch.rows);
}

/** Batches from the parse worker: written in order; after a failure the rest are ignored. */
function attach(port: MessagePort): void {
  let failed = false;
  port.on('message', (msg: PortBatch) => {
    if (failed) return;
    try {
      if (msg.batch) writeBatch(msg.batch);
      if (msg.ack) port.postMessage({ ack: msg.seq } satisfies BatchPortReply);
    } catch (err) {
      failed = true;
      writer.abort();
      port.postMessage({ error: toAppErrorData(err) } satisfies BatchPortReply);
    }
  });
}

parentPort?.on('message', (req: WriterRequest) => {
  let res: WriterResponse;
  try {
    switch (req.type) {
      case 'begin':
        res = { id: req.id, ok: true, value: writer.begin(req.columnCount) };
        break;
      case 'attach':
        attach(req.port);
        res = { id: req.id, ok: true };
        break;
      case 'write':
        writeBatch(req.batch);
        res = { id: req.id, ok: true };
        break;
      case 'finish':
        res = { id: req.id, ok: true, value: writer.finish(req.args) };
        db.close();
        break;
      case 'abort':
        writer.abort();
        res = { id: req.id, ok: true };
        break;
    }
  } catch (err) {
    writer.abort();
    res = { id: req.id, ok: false, error: toAppErrorData(err) };
  }
  parentPort?.postMessage(res);
});
