/** Reading and writing dataset records (the `datasets` and `dataset_columns` tables). */
import type {
  Column,
  ColumnTypeInfo,
  Dataset,
  DatasetSummary,
  EncodingLabel,
  SourceFormat,
} from '../../../shared/model/dataset';
import { AppError } from '../../../shared/errors';
import type { Db } from './workspace';

export interface DatasetRecord {
  id: string;
  seq: number;
  name: string;
  fileName: string;
  format: SourceFormat;
  sheet: string | null;
  size: number;
  sha256: string;
  encoding: EncodingLabel;
  delimiter: string;
  quoteChar: string;
  lineTerminator: string;
  headerRow: number;
  title: string | null;
  notes: string[];
  rowCount: number;
  columnCount: number;
  version: number;
  importedAt: string;
  importedBy: string;
  options: Record<string, unknown>;
}

interface DatasetRowDb {
  id: string;
  seq: number;
  name: string;
  file_name: string;
  format: SourceFormat;
  sheet: string | null;
  size: number;
  sha256: string;
  encoding: EncodingLabel;
  delimiter: string;
  quote_char: string;
  line_terminator: string;
  header_row: number;
  title: string | null;
  notes: string;
  row_count: number;
  column_count: number;
  version: number;
  imported_at: string;
  imported_by: string;
  options: string;
}

function fromDb(r: DatasetRowDb): DatasetRecord {
  return {
    id: r.id,
    seq: r.seq,
    name: r.name,
    fileName: r.file_name,
    format: r.format,
    sheet: r.sheet,
    size: r.size,
    sha256: r.sha256,
    encoding: r.encoding,
    delimiter: r.delimiter,
    quoteChar: r.quote_char,
    lineTerminator: r.line_terminator,
    headerRow: r.header_row,
    title: r.title,
    notes: JSON.parse(r.notes) as string[],
    rowCount: r.row_count,
    columnCount: r.column_count,
    version: r.version,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    options: JSON.parse(r.options) as Record<string, unknown>,
  };
}

export function nextSeq(db: Db): number {
  const row = db.prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM datasets').get() as {
    next: number;
  };
  return row.next;
}

export function insertDataset(db: Db, d: DatasetRecord, columns: Column[]): void {
  db.prepare(
    `INSERT INTO datasets (id, seq, name, file_name, format, sheet, size, sha256, encoding,
       delimiter, quote_char, line_terminator, header_row, title, notes, row_count, column_count,
       version, imported_at, imported_by, options)
     VALUES (@id, @seq, @name, @fileName, @format, @sheet, @size, @sha256, @encoding,
       @delimiter, @quoteChar, @lineTerminator, @headerRow, @title, @notes, @rowCount, @columnCount,
       @version, @importedAt, @importedBy, @options)`,
  ).run({ ...d, notes: JSON.stringify(d.notes), options: JSON.stringify(d.options) });
  const ins = db.prepare(
    'INSERT INTO dataset_columns (dataset_id, idx, label, name, inferred) VALUES (?, ?, ?, ?, ?)',
  );
  for (const c of columns) {
    ins.run(d.id, c.index, c.label, c.name, c.inferred ? JSON.stringify(c.inferred) : null);
  }
}

export function findDataset(db: Db, id: string): DatasetRecord | undefined {
  const r = db.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as DatasetRowDb | undefined;
  return r ? fromDb(r) : undefined;
}

export function getDatasetRecord(db: Db, id: string): DatasetRecord {
  const d = findDataset(db, id);
  if (!d) {
    throw new AppError({
      kind: 'not-found',
      code: 'dataset-not-found',
      message: `Dataset ${id} tidak ada di ruang kerja ini. Lihat daftar dengan "satudata list".`,
      messageEn: `Dataset ${id} is not in this workspace. See the list with "satudata list".`,
    });
  }
  return d;
}

export function listDatasetRecords(db: Db): DatasetRecord[] {
  return (
    db.prepare('SELECT * FROM datasets ORDER BY imported_at DESC, seq DESC').all() as DatasetRowDb[]
  ).map(fromDb);
}

export function getColumns(db: Db, id: string): Column[] {
  const rows = db
    .prepare(
      'SELECT idx, label, name, inferred FROM dataset_columns WHERE dataset_id = ? ORDER BY idx',
    )
    .all(id) as { idx: number; label: string; name: string; inferred: string | null }[];
  return rows.map((r) => {
    const c: Column = { index: r.idx, label: r.label, name: r.name };
    if (r.inferred) c.inferred = JSON.parse(r.inferred) as ColumnTypeInfo;
    return c;
  });
}

export function toSummary(d: DatasetRecord): DatasetSummary {
  return {
    id: d.id,
    name: d.name,
    file: d.fileName,
    rows: d.rowCount,
    version: d.version,
    importedAt: d.importedAt,
    columns: d.columnCount,
    format: d.format,
  };
}

export function toDataset(d: DatasetRecord, columns: Column[]): Dataset {
  const ds: Dataset = {
    ...toSummary(d),
    size: d.size,
    sha256: d.sha256,
    encoding: d.encoding,
    dialect: { delimiter: d.delimiter, quoteChar: d.quoteChar, lineTerminator: d.lineTerminator },
    headerRow: d.headerRow,
    notes: d.notes,
    columnList: columns,
  };
  if (d.sheet !== null) ds.sheet = d.sheet;
  if (d.title !== null) ds.title = d.title;
  return ds;
}
