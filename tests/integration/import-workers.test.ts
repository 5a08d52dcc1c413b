// Import through the built worker threads (papaparse in the parse worker, inserts in the writer
// worker, batches between them over a MessageChannel): the same rows as the inline path, and
// a cancelled or failed import leaves the workspace as it was.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/main/core/ingest/import-file';
import { checkSource } from '../../src/main/core/ingest/import-source';
import { startParseWorker } from '../../src/main/core/ingest/import-stream';
import { detectTable } from '../../src/main/core/ingest/import-table';
import { WorkerImportWriter } from '../../src/main/core/ingest/import-writer-client';
import { setWorkerScriptDir } from '../../src/main/core/jobs/worker-scripts';
import { openWorkspace, type Workspace } from '../../src/main/core/store/workspace';
import { AppError } from '../../src/shared/errors';
import { assertBuilt, ROOT } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'sdw-import-workers-'));
const opened: Workspace[] = [];

beforeAll(() => assertBuilt());
afterEach(() => {
  for (const ws of opened.splice(0)) ws.close();
  setWorkerScriptDir(null);
});
afterAll(() => setWorkerScriptDir(null));

async function workspace(name: string): Promise<Workspace> {
  const ws = await openWorkspace(join(dir, `${name}.db`));
  opened.push(ws);
  return ws;
}

function rawRows(ws: Workspace): unknown[][] {
  const tables = ws.db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'raw\\_%' ESCAPE '\\'",
    )
    .pluck()
    .all() as string[];
  expect(tables).toHaveLength(1);
  return ws.db
    .prepare(`SELECT * FROM ${tables[0] as string} ORDER BY line`)
    .raw(true)
    .all() as unknown[][];
}

function tablesAndDatasets(ws: Workspace): { tables: string[]; datasets: number } {
  const tables = ws.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 'raw_*'")
    .pluck()
    .all() as string[];
  const datasets = ws.db.prepare('SELECT count(*) FROM datasets').pluck().get() as number;
  return { tables, datasets };
}

/** Many rows with quoted line breaks, ragged rows and NUL-free text. */
function trickyCsv(rows: number): string {
  const lines = ['kode,nama,catatan,jumlah'];
  for (let i = 0; i < rows; i++) {
    if (i % 997 === 0) lines.push(`64.71.0${i % 7},"Baris ${i}\nlanjutan","a, b",${i}`);
    else if (i % 499 === 0) lines.push(`64.71.01,pendek`);
    else if (i % 333 === 0) lines.push(`64.71.02,lebar,x,${i},ekstra,lagi`);
    else lines.push(`64.71.0${i % 7},Kecamatan ${i % 13},"""kutip"" ${i}",${i}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('import through the parse and writer worker threads', () => {
  it('stores exactly the rows the inline path stores', async () => {
    const file = join(dir, 'tricky.csv');
    writeFileSync(file, trickyCsv(30_000));
    const inline = await workspace('inline');
    await importFile(inline, file, undefined, {}, { user: 'uji' });
    setWorkerScriptDir(join(ROOT, 'out', 'node'));
    const threaded = await workspace('threaded');
    let progressed = 0;
    const summary = await importFile(
      threaded,
      file,
      undefined,
      {},
      { user: 'uji', onProgress: () => progressed++ },
    );
    expect(summary.rows).toBe(30_000);
    expect(progressed).toBeGreaterThan(0);
    expect(rawRows(threaded)).toEqual(rawRows(inline));
  });

  it('leaves nothing behind when cancelled mid-import', async () => {
    const file = join(dir, 'big.csv');
    writeFileSync(file, trickyCsv(300_000));
    setWorkerScriptDir(join(ROOT, 'out', 'node'));
    const ws = await workspace('cancelled');
    const before = tablesAndDatasets(ws);
    const controller = new AbortController();
    const run = importFile(
      ws,
      file,
      undefined,
      {},
      { user: 'uji', signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(tablesAndDatasets(ws)).toEqual(before);
    // the workspace still takes the next import
    const again = await importFile(ws, file, undefined, {}, { user: 'uji' });
    expect(again.rows).toBe(300_000);
  });

  it('reports a broken quote found by the parse worker, naming the line, and writes nothing', async () => {
    const file = join(dir, 'broken.csv');
    writeFileSync(file, `${trickyCsv(50_000)}64.71.01,"tidak ditutup,1\r\n`);
    setWorkerScriptDir(join(ROOT, 'out', 'node'));
    const ws = await workspace('broken');
    const err: unknown = await importFile(ws, file, undefined, {}, { user: 'uji' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'unterminated-quote' });
    expect((err as AppError).line).toBeGreaterThan(50_000);
    expect(tablesAndDatasets(ws)).toEqual({ tables: [], datasets: 0 });
  });

  it('fails, instead of waiting forever, when the writer thread dies while batches flow', async () => {
    const file = join(dir, 'dies.csv');
    writeFileSync(file, trickyCsv(200_000));
    // a writer thread that opens nothing, accepts the parser's port and then ends (as an
    // out-of-memory or a crash ends a worker): the batches on the port are never acknowledged
    const dying = join(dir, 'dying-writer.cjs');
    writeFileSync(
      dying,
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (req) => {
  parentPort.postMessage({ id: req.id, ok: true, value: 1 });
  if (req.type === 'attach') setTimeout(() => process.exit(3), 20);
});`,
    );
    const ws = await workspace('dies');
    const table = await detectTable(checkSource(file));
    const width = table.layout.columnCount;
    const writer = new WorkerImportWriter(dying, ws.path);
    const parse = startParseWorker(join(ROOT, 'out', 'node', 'import-parse-worker.cjs'), {
      table,
      width,
    });
    try {
      await writer.begin(width);
      await writer.attachBatchPort(parse.port);
      await expect(parse.outcome).rejects.toBeInstanceOf(AppError);
      // and aborting the dead writer returns (the import's error path awaits it)
      await writer.abort();
    } finally {
      await parse.stop();
    }
  }, 20_000);
});
