/**
 * Raw cells of one import: table `raw_<seq>` with one TEXT column per file column, addressed
 * by position (`c0`, `c1`, …). `line` is the physical line (or sheet row) where the record
 * starts; `ncells` is how many cells the record had (ragged rows are kept as they are: missing
 * cells are NULL, extra cells go to `extra` as a JSON array). Raw cells never change after import.
 * Table and column names are built only from integers, never from file content.
 */
import type { Db } from './workspace';

/** SQLite's default limit is 2000 columns per table; keep room for line/ncells/extra. */
export const MAX_COLUMNS = 1990;

export function rawTableName(seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new Error(`invalid dataset seq ${seq}`);
  return `raw_${seq}`;
}

export function columnName(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0 || index >= MAX_COLUMNS) {
    throw new Error(`invalid column index ${index}`);
  }
  return `c${index}`;
}

export function createRawTable(db: Db, seq: number, columnCount: number): void {
  const cols: string[] = [];
  for (let i = 0; i < columnCount; i++) cols.push(`${columnName(i)} TEXT`);
  const body = ['line INTEGER PRIMARY KEY', 'ncells INTEGER NOT NULL', ...cols, 'extra TEXT'];
  db.exec(`CREATE TABLE ${rawTableName(seq)} (${body.join(', ')}) STRICT`);
}

export function dropRawTable(db: Db, seq: number): void {
  db.exec(`DROP TABLE IF EXISTS ${rawTableName(seq)}`);
}

/**
 * A multi-row INSERT for `rowsPerStatement` rows; values are bound in order
 * line, ncells, c0…cN-1, extra for each row.
 */
export function insertSql(seq: number, columnCount: number, rowsPerStatement: number): string {
  const names = ['line', 'ncells'];
  for (let i = 0; i < columnCount; i++) names.push(columnName(i));
  names.push('extra');
  const one = `(${names.map(() => '?').join(',')})`;
  const values: string[] = [];
  for (let r = 0; r < rowsPerStatement; r++) values.push(one);
  return `INSERT INTO ${rawTableName(seq)} (${names.join(',')}) VALUES ${values.join(',')}`;
}

/**
 * A multi-row INSERT for records that have exactly `columnCount` cells: values are bound in
 * order line, c0…cN-1 for each row (`ncells` is the column count, `extra` NULL). Binding is the
 * dearest part of an import, so the common case binds two values fewer per row.
 */
export function insertCompleteSql(
  seq: number,
  columnCount: number,
  rowsPerStatement: number,
): string {
  const names = ['line', 'ncells'];
  for (let i = 0; i < columnCount; i++) names.push(columnName(i));
  names.push('extra');
  const one = `(?,${columnCount},${Array.from({ length: columnCount }, () => '?').join(',')},NULL)`;
  const values: string[] = [];
  for (let r = 0; r < rowsPerStatement; r++) values.push(one);
  return `INSERT INTO ${rawTableName(seq)} (${names.join(',')}) VALUES ${values.join(',')}`;
}

/** Bind values for one record (appended to `out`). */
export function pushRowValues(
  out: unknown[],
  line: number,
  cells: readonly string[],
  columnCount: number,
): void {
  out.push(line, cells.length);
  for (let i = 0; i < columnCount; i++) {
    const v = cells[i];
    out.push(v === undefined ? null : v);
  }
  out.push(cells.length > columnCount ? JSON.stringify(cells.slice(columnCount)) : null);
}

/** SELECT list matching `rowFromRaw` (use with `stmt.raw(true)`). */
export function selectList(columnCount: number): string {
  const names = ['line', 'ncells'];
  for (let i = 0; i < columnCount; i++) names.push(columnName(i));
  names.push('extra');
  return names.join(',');
}

/** Rebuild a record's cells as read from the file (missing cells stay missing). */
export function rowFromRaw(
  raw: readonly unknown[],
  columnCount: number,
): { line: number; cells: string[] } {
  const ncells = raw[1] as number;
  const cells: string[] = [];
  const upto = Math.min(ncells, columnCount);
  for (let i = 0; i < upto; i++) cells.push((raw[2 + i] as string | null) ?? '');
  const extra = raw[2 + columnCount];
  if (typeof extra === 'string') cells.push(...(JSON.parse(extra) as string[]));
  return { line: raw[0] as number, cells };
}
