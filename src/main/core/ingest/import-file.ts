/**
 * Inspect and import: the two entry points of ingestion. Import streams the data rows into
 * the workspace in one transaction (see import-writer.ts) while the original bytes are copied
 * into the content-addressed blob store, and infers column types on the way.
 */
import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type {
  Column,
  DatasetSummary,
  ImportOptions,
  InspectResult,
} from '../../../shared/model/dataset';
import { toSummary } from '../store/datasets';
import { storeBlob } from '../store/blobs';
import { MAX_COLUMNS } from '../store/raw-table';
import type { Workspace } from '../store/workspace';
import { createTypeInferrer } from './infer-types';
import { checkSource } from './import-source';
import { detectTable, readTable, type DetectedTable } from './import-table';
import { createImportWriter, WorkerImportWriter } from './import-writer-client';
import { cancelledError } from './import-csv-records';
import {
  INFER_SAMPLE,
  startParseWorker,
  streamInline,
  type ParseJob,
  type StreamRun,
} from './import-stream';
import { workerScript } from '../jobs/worker-scripts';

export interface ImportProgress {
  bytes: number;
  totalBytes: number;
  rows: number;
}

export interface ImportRunOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  user: string;
}

/** The dataset's columns: one per header label, `kolom_N` where a label gave no name. */
export function columnsOf(table: DetectedTable, width: number): Column[] {
  const { labels, names } = table.layout;
  const cols: Column[] = [];
  for (let i = 0; i < width; i++) {
    cols.push({
      index: i,
      label: labels[i] ?? '',
      name: names[i] ?? `kolom_${i + 1}`,
    });
  }
  return cols;
}

export function tooWide(fileName: string, width: number): AppError {
  return new AppError({
    kind: 'user-input',
    code: 'too-many-columns',
    message: `Berkas ${fileName} memiliki ${width.toLocaleString('id-ID')} kolom; batas Satu Data Workbench adalah ${MAX_COLUMNS.toLocaleString('id-ID')} kolom. Periksa pemisah kolomnya, atau pecah tabel menjadi beberapa berkas.`,
    messageEn: `File ${fileName} has ${width} columns; Satu Data Workbench handles at most ${MAX_COLUMNS}. Check its delimiter, or split the table into several files.`,
    file: fileName,
  });
}

export function noDataRows(fileName: string): AppError {
  return new AppError({
    kind: 'user-input',
    code: 'file-no-data-rows',
    message: `Berkas ${fileName} hanya berisi baris judul kolom, tanpa baris data. Tidak ada yang diimpor.`,
    messageEn: `File ${fileName} holds only a header row and no data rows. Nothing was imported.`,
    file: fileName,
  });
}

export async function inspectFile(
  path: string,
  fileName: string | undefined,
  options: ImportOptions = {},
  previewRows = 20,
): Promise<InspectResult> {
  const source = checkSource(path, fileName);
  const table = await detectTable(source, options);
  const rows: string[][] = [];
  const inferrer = createTypeInferrer(Math.max(table.layout.columnCount, 1), {
    labels: table.layout.labels,
    ...INFER_SAMPLE,
  });
  const result = await readTable(table, {}, (batch) => {
    for (const r of batch) {
      inferrer.add(r.cells);
      if (rows.length < previewRows) rows.push(r.cells);
    }
  });
  const width = Math.max(table.layout.columnCount, result.maxCells);
  const types = inferrer.result();
  const res: InspectResult = {
    format: table.format,
    encoding: table.encoding,
    dialect: table.dialect,
    headerRow: table.layout.headerRow,
    header: table.layout.labels,
    rowCount: result.rowCount,
    rows,
    names: table.layout.names,
    columns: columnsOf(table, width).map((c) => {
      const t = types[c.index];
      return t ? { ...c, inferred: t } : c;
    }),
  };
  if (table.sheets) res.sheets = table.sheets;
  if (table.sheet !== undefined) res.sheet = table.sheet;
  if (table.layout.title !== undefined) res.title = table.layout.title;
  if (result.notes.length > 0) res.notes = result.notes;
  return res;
}

export function datasetName(fileName: string, options: ImportOptions): string {
  if (options.name) return options.name;
  const ext = extname(fileName);
  return ext ? fileName.slice(0, -ext.length) : fileName;
}

export async function importFile(
  ws: Workspace,
  path: string,
  fileName: string | undefined,
  options: ImportOptions,
  run: ImportRunOptions,
): Promise<DatasetSummary> {
  const source = checkSource(path, fileName);
  // the writer's thread starts (loads SQLite, opens its connection) while the file is examined
  const writer = createImportWriter(ws.db, ws.path);
  let table: DetectedTable;
  let width: number;
  try {
    table = await detectTable(source, options);
    width = Math.max(table.layout.columnCount, 1);
    if (width > MAX_COLUMNS) throw tooWide(source.fileName, width);
  } catch (err) {
    await writer.abort();
    throw err;
  }

  const blob = storeBlob(ws.filesDir, source.path);
  blob.catch(() => undefined);
  // papaparse in its own worker thread when the writer has one too (hosts running the build)
  const parseScript =
    writer instanceof WorkerImportWriter ? workerScript('import-parse-worker') : null;
  let bytes = 0;
  let rows = 0;
  let lastReport = 0;
  const report = (force = false): void => {
    const now = Date.now();
    if (!run.onProgress || (!force && now - lastReport < 100)) return;
    lastReport = now;
    run.onProgress({ bytes, totalBytes: source.size, rows });
  };
  const stream: StreamRun = {
    table,
    width,
    ...(run.signal ? { signal: run.signal } : {}),
    onProgress: (b, r) => {
      bytes = b;
      rows = r;
      report();
    },
  };
  // the parser loads while the writer opens its transaction
  const parse: ParseJob | null = parseScript ? startParseWorker(parseScript, stream) : null;
  try {
    await writer.begin(width);
    let streamed;
    if (parse && writer instanceof WorkerImportWriter) {
      await writer.attachBatchPort(parse.port);
      streamed = await parse.outcome;
    } else {
      streamed = await streamInline(stream, writer);
    }
    const { result, types } = streamed;
    bytes = streamed.bytes;
    rows = result.rowCount;
    if (table.format === 'xlsx') bytes = source.size;
    if (result.rowCount === 0) throw noDataRows(source.fileName);
    if (run.signal?.aborted) throw cancelledError();
    const stored = await blob;
    const columns = columnsOf(table, width).map((c) => {
      const t = types[c.index];
      return t ? { ...c, inferred: t } : c;
    });
    const record = await writer.finish({
      record: {
        id: randomUUID(),
        name: datasetName(source.fileName, options),
        fileName: source.fileName,
        format: table.format,
        sheet: table.sheet ?? null,
        size: stored.size,
        sha256: stored.sha256,
        encoding: table.encoding,
        delimiter: table.dialect.delimiter,
        quoteChar: table.dialect.quoteChar,
        lineTerminator: table.dialect.lineTerminator,
        headerRow: table.layout.headerRow,
        title: table.layout.title ?? null,
        notes: result.notes,
        rowCount: result.rowCount,
        columnCount: width,
        version: 1,
        importedAt: new Date().toISOString(),
        importedBy: run.user,
        options: { ...options },
      },
      columns,
      user: run.user,
    });
    report(true);
    return toSummary(record);
  } catch (err) {
    await writer.abort();
    throw err;
  } finally {
    await parse?.stop();
  }
}
