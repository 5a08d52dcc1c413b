/**
 * Grid pages over a dataset's stored rows: keyset-paged by `line` (the row number the
 * spreadsheet shows), with per-column filters. Column references are positions validated
 * against the dataset's width; values are always bound parameters.
 */
import type { RowFilter, RowsRequest } from '../../../shared/api/core';
import type { GridRow, RowPage } from '../../../shared/model/dataset';
import { columnName } from './raw-table';
import { decodeRow, readRowsSql, type TableRef } from './working-table';
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
  t: TableRef,
  req: Omit<RowsRequest, 'id'> & { id?: string },
): RowPage {
  const columnCount = t.columns.length;
  const { select, key, lineColumn } = readRowsSql(t);
  const params: unknown[] = [];
  const where: string[] = [];
  if (req.after !== undefined) {
    where.push(`${key} > ?`);
    params.push(req.after);
  } else if (req.from !== undefined) {
    where.push(`${lineColumn} >= ?`);
    params.push(req.from);
  }
  const filterParams: unknown[] = [];
  const filters = (req.filters ?? []).map((f) => filterSql(f, columnCount, filterParams));
  where.push(...filters);
  params.push(...filterParams);
  const sql = `${select}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${key} LIMIT ?`;
  const raw = db
    .prepare(sql)
    .raw(true)
    .all(...params, req.limit + 1) as unknown[][];
  const keyed = raw.slice(0, req.limit).map((r) => decodeRow(t, r));
  const rows: GridRow[] = keyed.map((r) => ({ line: r.line, cells: r.cells }));
  const last = keyed[keyed.length - 1];
  const page: RowPage = {
    rows,
    nextAfter: raw.length > req.limit && last ? last.key : null,
  };
  if (req.withTotal) {
    const fp: unknown[] = [];
    const fw = (req.filters ?? []).map((f) => filterSql(f, columnCount, fp));
    const count = db
      .prepare(
        `SELECT count(*) AS n FROM (${select}${fw.length ? ` WHERE ${fw.join(' AND ')}` : ''})`,
      )
      .get(...fp) as { n: number };
    page.total = count.n;
  }
  return page;
}
