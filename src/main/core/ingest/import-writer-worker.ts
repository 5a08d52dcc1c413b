/** Worker thread entry: owns its own connection to the workspace and an ImportWriter. */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { toAppErrorData } from '../../../shared/errors';
import { ImportWriter } from './import-writer';
import type { WriterRequest, WriterResponse } from './import-writer-client';

const { dbPath } = workerData as { dbPath: string };
const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -65536');
const writer = new ImportWriter(db);

parentPort?.on('message', (req: WriterRequest) => {
  let res: WriterResponse;
  try {
    switch (req.type) {
      case 'begin':
        res = { id: req.id, ok: true, value: writer.begin(req.columnCount) };
        break;
      case 'write':
        if (req.batch.kind === 'joined') writer.writeEncoded(req.batch);
        else writer.write(req.batch.rows);
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
