/**
 * Writing a bundle's tables into the workspace, on a connection whose transaction the caller
 * holds open (import-bundle.ts): the original file read again through the normal ingest
 * pipeline (the same detection, decoding and layout as `importFile`, with the options recorded
 * in the manifest) into `raw_<seq>` with the dataset record and version 1 under the bundle's
 * dataset id; and the bundle's data CSV (already verified) into a `work_<seq>_<v>` table with
 * its source lines. Nothing here commits: a failure anywhere rolls everything back.
 */
import { TextDecoder } from 'node:util';
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Column, ImportOptions } from '../../../shared/model/dataset';
import { cancelledError } from '../ingest/import-csv-records';
import { checkSource } from '../ingest/import-source';
import { detectTable, readTable, type DetectedTable } from '../ingest/import-table';
import { createTypeInferrer } from '../ingest/infer-types';
import { registerBlob } from '../store/blobs';
import { insertDataset, nextSeq, type DatasetRecord } from '../store/datasets';
import { createRawTable, insertSql, MAX_COLUMNS, rawTableName } from '../store/raw-table';
import {
  createWorkTable,
  insertVersion,
  insertWorkSql,
  workTableName,
  type VersionColumn,
} from '../store/working-table';
import type { Db } from '../store/workspace';
import { LineNumberReader, MachineCsvParser } from './machine-csv';

const ROWS_PER_STATEMENT = 64;
/** As importFile: every row up to 50 000, then every 8th (see infer-types.ts). */
const INFER_SAMPLE = { fullRows: 50_000, sampleEvery: 8 } as const;

function columnsOf(table: DetectedTable, width: number): Column[] {
  const { labels, names } = table.layout;
  const cols: Column[] = [];
  for (let i = 0; i < width; i++) {
    cols.push({ index: i, label: labels[i] ?? '', name: names[i] ?? `kolom_${i + 1}` });
  }
  return cols;
}

function datasetName(fileName: string, options: ImportOptions): string {
  if (options.name) return options.name;
  const ext = extname(fileName);
  return ext ? fileName.slice(0, -ext.length) : fileName;
}

/** Multi-row inserts: `push` one row's values, `flush` the rest at the end. */
class RowInserter {
  private pending: unknown[] = [];
  private rows = 0;
  private readonly bulk;
  private readonly single;

  constructor(
    db: Db,
    sql: (rowsPerStatement: number) => string,
    private readonly width: number,
  ) {
    this.bulk = db.prepare<unknown[]>(sql(ROWS_PER_STATEMENT));
    this.single = db.prepare<unknown[]>(sql(1));
  }

  values(): unknown[] {
    return this.pending;
  }

  rowDone(): void {
    if (++this.rows === ROWS_PER_STATEMENT) {
      this.bulk.run(this.pending);
      this.pending = [];
      this.rows = 0;
    }
  }

  flush(): void {
    for (let i = 0; i < this.rows; i++) {
      this.single.run(this.pending.slice(i * this.width, (i + 1) * this.width));
    }
    this.pending = [];
    this.rows = 0;
  }
}

/** Bind values of one raw record, as raw-table.ts lays them out: line, ncells, c0…cN-1, extra. */
function pushRawValues(
  out: unknown[],
  line: number,
  cells: readonly string[],
  width: number,
): void {
  out.push(line, cells.length);
  for (let i = 0; i < width; i++) out.push(cells[i] ?? null);
  out.push(cells.length > width ? JSON.stringify(cells.slice(width)) : null);
}

export interface RawImportArgs {
  id: string;
  /** the verified original file and the name the steward knew it by */
  path: string;
  fileName: string;
  options: ImportOptions;
  /** sha256 and size of the stored blob */
  sha256: string;
  size: number;
  user: string;
  signal?: AbortSignal;
}

/** Import the original into `raw_<seq>` as dataset `id`, version 1 (inside the caller's transaction). */
export async function insertRawImport(db: Db, a: RawImportArgs): Promise<DatasetRecord> {
  const source = checkSource(a.path, a.fileName);
  const table = await detectTable(source, a.options);
  const width = Math.max(table.layout.columnCount, 1);
  if (width > MAX_COLUMNS) {
    throw new AppError({
      kind: 'user-input',
      code: 'too-many-columns',
      message: `Berkas asli ${a.fileName} memiliki ${width} kolom; batasnya ${MAX_COLUMNS}.`,
      messageEn: `The original file ${a.fileName} has ${width} columns; the limit is ${MAX_COLUMNS}.`,
      file: a.fileName,
    });
  }
  const seq = nextSeq(db);
  createRawTable(db, seq, width);
  const ins = new RowInserter(db, (n) => insertSql(seq, width, n), width + 3);
  const inferrer = createTypeInferrer(width, { labels: table.layout.labels, ...INFER_SAMPLE });
  const result = await readTable(table, a.signal ? { signal: a.signal } : {}, (batch) => {
    if (a.signal?.aborted) throw cancelledError();
    for (const r of batch) {
      inferrer.add(r.cells);
      pushRawValues(ins.values(), r.line, r.cells, width);
      ins.rowDone();
    }
  });
  ins.flush();
  if (result.rowCount === 0) {
    throw new AppError({
      kind: 'user-input',
      code: 'file-no-data-rows',
      message: `Berkas asli ${a.fileName} di dalam bundel tidak berisi baris data.`,
      messageEn: `The original file ${a.fileName} in the bundle holds no data rows.`,
      file: a.fileName,
    });
  }
  const types = inferrer.result();
  const columns = columnsOf(table, width).map((c) => {
    const t = types[c.index];
    return t ? { ...c, inferred: t } : c;
  });
  const record: DatasetRecord = {
    id: a.id,
    seq,
    name: datasetName(source.fileName, a.options),
    fileName: source.fileName,
    format: table.format,
    sheet: table.sheet ?? null,
    size: a.size,
    sha256: a.sha256,
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
    importedBy: a.user,
    options: { ...a.options },
  };
  registerBlob(db, a.sha256, a.size);
  insertDataset(db, record, columns);
  insertVersion(db, {
    datasetId: a.id,
    version: 1,
    parentVersion: null,
    tableName: rawTableName(seq),
    columns: columns.map((c) => ({ name: c.name, label: c.label })),
    rowCount: record.rowCount,
    user: a.user,
  });
  return record;
}

export interface VersionLoadArgs {
  datasetId: string;
  seq: number;
  version: number;
  parentVersion: number;
  columns: VersionColumn[];
  /** the verified data CSV and lines file */
  dataPath: string;
  linesPath: string;
  steps: unknown[];
  report: unknown;
  user: string;
  signal?: AbortSignal;
  onRows?: (rows: number) => void;
}

/** Load the bundle's data into a new `work_<seq>_<version>` table and record the version. */
export async function insertBundleVersion(db: Db, a: VersionLoadArgs): Promise<number> {
  const width = a.columns.length;
  const name = workTableName(a.seq, a.version);
  createWorkTable(db, name, width);
  const ins = new RowInserter(db, (n) => insertWorkSql(name, width, n), width + 2);
  const lines = new LineNumberReader(a.linesPath);
  const parser = new MachineCsvParser();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let ord = 0;
  let header = true;
  const onRecord = (cells: string[]): void => {
    if (header) {
      header = false;
      return;
    }
    const v = ins.values();
    v.push(++ord, lines.next());
    for (let i = 0; i < width; i++) v.push(cells[i] ?? '');
    ins.rowDone();
  };
  try {
    for await (const chunk of createReadStream(a.dataPath) as AsyncIterable<Buffer>) {
      if (a.signal?.aborted) throw cancelledError();
      parser.push(decoder.decode(chunk, { stream: true }), onRecord);
      a.onRows?.(ord);
    }
    parser.push(decoder.decode(), onRecord);
    parser.end();
  } finally {
    lines.close();
  }
  ins.flush();
  insertVersion(db, {
    datasetId: a.datasetId,
    version: a.version,
    parentVersion: a.parentVersion,
    tableName: name,
    columns: a.columns,
    rowCount: ord,
    steps: a.steps,
    report: a.report,
    user: a.user,
  });
  db.prepare('UPDATE datasets SET version = ? WHERE id = ?').run(a.version, a.datasetId);
  return ord;
}
