/**
 * Grid pages over a dataset's stored rows: keyset-paged by `line` (the row number the
 * spreadsheet shows), with per-column filters. Column references are positions validated
 * against the dataset's width; values are always bound parameters.
 */
import type { RowFilter, RowsRequest } from '../../../shared/api/core';
import type { GridRow, RowPage } from '../../../shared/model/dataset';
import { columnName, rawTableName, rowFromRaw, selectList } from './raw-table';
import type { Db } from './workspace';

function filterSql(f: RowFilter, columnCount: number, params: unknown[]): string {
  if (f.column >= columnCount) return '0';
  const col = columnName(f.column);
  switch (f.op) {
    case 'contains':
      params.push(`%${(f.value ?? '').replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
      return `${col} LIKE ? ESCAPE '\\'`;
    case 'equals':
      params.push(f.value ?? '');
      return `${col} = ?`;
    case 'empty':
      return `(${col} IS NULL OR trim(${col}) = '')`;
    case 'not-empty':
      return `(${col} IS NOT NULL AND trim(${col}) <> '')`;
    case 'gt':
      params.push(Number(f.value));
      return `CAST(${col} AS REAL) > ?`;
    case 'lt':
      params.push(Number(f.value));
      return `CAST(${col} AS REAL) < ?`;
  }
}

export function pageRows(
  db: Db,
  seq: number,
  columnCount: number,
  req: Omit<RowsRequest, 'id'> & { id?: string },
): RowPage {
  const params: unknown[] = [];
  const where: string[] = [];
  if (req.after !== undefined) {
    where.push('line > ?');
    params.push(req.after);
  } else if (req.from !== undefined) {
    where.push('line >= ?');
    params.push(req.from);
  }
  const filterParams: unknown[] = [];
  const filters = (req.filters ?? []).map((f) => filterSql(f, columnCount, filterParams));
  where.push(...filters);
  params.push(...filterParams);
  const table = rawTableName(seq);
  const sql = `SELECT ${selectList(columnCount)} FROM ${table}${
    where.length ? ` WHERE ${where.join(' AND ')}` : ''
  } ORDER BY line LIMIT ?`;
  const raw = db
    .prepare(sql)
    .raw(true)
    .all(...params, req.limit + 1) as unknown[][];
  const rows: GridRow[] = raw.slice(0, req.limit).map((r) => rowFromRaw(r, columnCount));
  const last = rows[rows.length - 1];
  const page: RowPage = {
    rows,
    nextAfter: raw.length > req.limit && last ? last.line : null,
  };
  if (req.withTotal) {
    const fp: unknown[] = [];
    const fw = (req.filters ?? []).map((f) => filterSql(f, columnCount, fp));
    const count = db
      .prepare(`SELECT count(*) AS n FROM ${table}${fw.length ? ` WHERE ${fw.join(' AND ')}` : ''}`)
      .get(...fp) as { n: number };
    page.total = count.n;
  }
  return page;
}

/** Every stored row in file order, in batches (for export and validation). */
export function* iterateRows(
  db: Db,
  seq: number,
  columnCount: number,
  batchSize = 5000,
): Generator<GridRow[]> {
  const stmt = db
    .prepare(
      `SELECT ${selectList(columnCount)} FROM ${rawTableName(seq)} WHERE line > ? ORDER BY line LIMIT ?`,
    )
    .raw(true);
  let after = -1;
  for (;;) {
    const raw = stmt.all(after, batchSize) as unknown[][];
    if (raw.length === 0) return;
    const rows = raw.map((r) => rowFromRaw(r, columnCount));
    after = (rows[rows.length - 1] as GridRow).line;
    yield rows;
    if (raw.length < batchSize) return;
  }
}
