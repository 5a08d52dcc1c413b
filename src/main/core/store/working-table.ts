/**
 * The working table of a dataset: the current version (raw import for version 1, a derived
 * `work_<seq>_<version>` table after steps). Readers (grid, validation, export) go through
 * `currentTable`, never through table names of their own.
 *
 * Layouts, both addressed by position and built from integers only:
 *   raw_<seq>(line PK, ncells, c0…cN, extra)        — lossless import (see raw-table.ts)
 *   work_<seq>_<v>(ord PK, line, c0…cN)             — derived rows, in order; `line` is the
 *                                                    source line the row came from
 * Tables never change once written, so a version whose steps changed no cell (a rename, a
 * trim of clean data) points at its parent's table instead of a copy (see cellwise-sql.ts).
 */
import type { GridRow } from '../../../shared/model/dataset';
import { AppError } from '../../../shared/errors';
import { columnName, rawTableName, rowFromRaw, selectList } from './raw-table';
import type { Db } from './workspace';

export interface VersionColumn {
  name: string;
  label: string;
}

export interface TableRef {
  datasetId: string;
  version: number;
  kind: 'raw' | 'work';
  name: string;
  columns: VersionColumn[];
  rowCount: number;
}

export interface VersionInfo {
  version: number;
  parentVersion: number | null;
  rowCount: number;
  columns: VersionColumn[];
  steps: unknown[];
  report: unknown;
  createdAt: string;
  createdBy: string;
}

interface VersionRowDb {
  dataset_id: string;
  version: number;
  parent_version: number | null;
  table_name: string;
  columns: string;
  row_count: number;
  steps: string;
  report: string;
  created_at: string;
  created_by: string;
}

const WORK_NAME = /^work_(\d+)_(\d+)$/;
const RAW_NAME = /^raw_(\d+)$/;

export function workTableName(seq: number, version: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1 || !Number.isSafeInteger(version) || version < 2) {
    throw new Error(`invalid work table ${seq}/${version}`);
  }
  return `work_${seq}_${version}`;
}

function refFrom(r: VersionRowDb): TableRef {
  const kind = RAW_NAME.test(r.table_name) ? 'raw' : 'work';
  if (kind === 'work' && !WORK_NAME.test(r.table_name)) throw new Error('bad table name');
  return {
    datasetId: r.dataset_id,
    version: r.version,
    kind,
    name: r.table_name,
    columns: JSON.parse(r.columns) as VersionColumn[],
    rowCount: r.row_count,
  };
}

export function insertVersion(
  db: Db,
  v: {
    datasetId: string;
    version: number;
    parentVersion: number | null;
    tableName: string;
    columns: VersionColumn[];
    rowCount: number;
    steps?: unknown[];
    report?: unknown;
    user: string;
  },
): void {
  db.prepare(
    `INSERT INTO dataset_versions (dataset_id, version, parent_version, table_name, columns, row_count, steps, report, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    v.datasetId,
    v.version,
    v.parentVersion,
    v.tableName,
    JSON.stringify(v.columns),
    v.rowCount,
    JSON.stringify(v.steps ?? []),
    JSON.stringify(v.report ?? {}),
    new Date().toISOString(),
    v.user,
  );
}

export function tableAt(db: Db, datasetId: string, version: number): TableRef {
  const r = db
    .prepare('SELECT * FROM dataset_versions WHERE dataset_id = ? AND version = ?')
    .get(datasetId, version) as VersionRowDb | undefined;
  if (!r) {
    throw new AppError({
      kind: 'not-found',
      code: 'version-not-found',
      message: `Versi ${version} dari dataset ${datasetId} tidak ada.`,
      messageEn: `Version ${version} of dataset ${datasetId} does not exist.`,
    });
  }
  return refFrom(r);
}

/** The working table of the dataset's current version. */
export function currentTable(db: Db, datasetId: string): TableRef {
  const d = db.prepare('SELECT version FROM datasets WHERE id = ?').get(datasetId) as
    { version: number } | undefined;
  if (!d) {
    throw new AppError({
      kind: 'not-found',
      code: 'dataset-not-found',
      message: `Dataset ${datasetId} tidak ada di ruang kerja ini. Lihat daftar dengan "satudata list".`,
      messageEn: `Dataset ${datasetId} is not in this workspace. See the list with "satudata list".`,
    });
  }
  return tableAt(db, datasetId, d.version);
}

export function listVersions(db: Db, datasetId: string): VersionInfo[] {
  const rows = db
    .prepare('SELECT * FROM dataset_versions WHERE dataset_id = ? ORDER BY version')
    .all(datasetId) as VersionRowDb[];
  return rows.map((r) => ({
    version: r.version,
    parentVersion: r.parent_version,
    rowCount: r.row_count,
    columns: JSON.parse(r.columns) as VersionColumn[],
    steps: JSON.parse(r.steps) as unknown[],
    report: JSON.parse(r.report) as unknown,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

export function maxVersion(db: Db, datasetId: string): number {
  const r = db
    .prepare('SELECT coalesce(max(version), 0) AS v FROM dataset_versions WHERE dataset_id = ?')
    .get(datasetId) as { v: number };
  return r.v;
}

export function createWorkTable(db: Db, name: string, columnCount: number): void {
  if (!WORK_NAME.test(name)) throw new Error(`invalid work table ${name}`);
  const cols: string[] = [];
  for (let i = 0; i < columnCount; i++) cols.push(`${columnName(i)} TEXT`);
  db.exec(
    `CREATE TABLE ${name} (ord INTEGER PRIMARY KEY, line INTEGER NOT NULL${cols.length ? ', ' + cols.join(', ') : ''}) STRICT`,
  );
}

function workSelect(columnCount: number): string {
  const names = ['ord', 'line'];
  for (let i = 0; i < columnCount; i++) names.push(columnName(i));
  return names.join(',');
}

/** Rows of a table with their cursor (`key`: line for raw tables, ord for work tables). */
export interface KeyedRow extends GridRow {
  key: number;
}

export function readRowsSql(t: TableRef): { select: string; key: string; lineColumn: string } {
  const n = t.columns.length;
  if (t.kind === 'raw') {
    const seq = Number(RAW_NAME.exec(t.name)?.[1]);
    return {
      select: `SELECT ${selectList(n)} FROM ${rawTableName(seq)}`,
      key: 'line',
      lineColumn: 'line',
    };
  }
  return { select: `SELECT ${workSelect(n)} FROM ${t.name}`, key: 'ord', lineColumn: 'line' };
}

export function decodeRow(t: TableRef, raw: readonly unknown[]): KeyedRow {
  const n = t.columns.length;
  if (t.kind === 'raw') {
    const r = rowFromRaw(raw, n);
    return { key: r.line, line: r.line, cells: r.cells };
  }
  const cells: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) cells[i] = (raw[2 + i] as string | null) ?? '';
  return { key: raw[0] as number, line: raw[1] as number, cells };
}

/** Every row of a table in order, in batches (export, validation, steps). */
export function* iterateTable(db: Db, t: TableRef, batchSize = 5000): Generator<KeyedRow[]> {
  const { select, key } = readRowsSql(t);
  const stmt = db.prepare(`${select} WHERE ${key} > ? ORDER BY ${key} LIMIT ?`).raw(true);
  let after = -Infinity;
  for (;;) {
    const raw = stmt.all(after === -Infinity ? -1 : after, batchSize) as unknown[][];
    if (raw.length === 0) return;
    const rows = raw.map((r) => decodeRow(t, r));
    after = (rows[rows.length - 1] as KeyedRow).key;
    yield rows;
    if (raw.length < batchSize) return;
  }
}

export function insertWorkSql(name: string, columnCount: number, rowsPerStatement: number): string {
  const names = ['ord', 'line'];
  for (let i = 0; i < columnCount; i++) names.push(columnName(i));
  const one = `(${names.map(() => '?').join(',')})`;
  return `INSERT INTO ${name} (${names.join(',')}) VALUES ${new Array<string>(rowsPerStatement).fill(one).join(',')}`;
}

export function dropTable(db: Db, t: TableRef): void {
  if (t.kind === 'work') db.exec(`DROP TABLE IF EXISTS ${t.name}`);
}
