/**
 * Rows of a working table read fast, for whole-table passes (validation): SQLite joins the
 * cells of each row into ONE string (fields separated by U+001F; `concat_ws` builds it in one
 * pass, a chain of `||` copies the growing row once per field), so a row costs one string
 * for JavaScript instead of one per cell — about twice as fast as reading the cells — and a
 * batch of rows is cheap to post to a worker thread.
 *
 * Each row is `c0 US c1 … US cN-1 US extra US ncells US line` (raw tables keep ragged rows:
 * cells beyond `ncells` are cut, `extra` holds cells beyond the header as JSON; work tables
 * have neither). A cell that itself holds U+001F would shift the fields: the reader counts the
 * separators of every row and reads such a batch again cell by cell.
 */
import { columnName, rawTableName, rowFromRaw } from './raw-table';
import { decodeRow, readRowsSql, type TableRef } from './working-table';
import type { Db } from './workspace';

const US = '\u001f';

/** One batch: each row joined as described above. */
export interface TextRowBatch {
  kind: 'text';
  rows: string[];
}

/** One batch read cell by cell (a cell held the separator). */
export interface CellRowBatch {
  kind: 'cells';
  rows: { line: number; cells: string[] }[];
}

export type RowBatch = TextRowBatch | CellRowBatch;

function joinedSql(t: TableRef): string {
  const n = t.columns.length;
  const cells: string[] = [];
  for (let i = 0; i < n; i++) cells.push(`ifnull(${columnName(i)},'')`);
  if (t.kind === 'raw') {
    const seq = Number(/^raw_(\d+)$/.exec(t.name)?.[1]);
    const row = [...cells, "ifnull(extra,'')", 'ncells', 'line'].join(',');
    return `SELECT line, concat_ws(char(31), ${row}) FROM ${rawTableName(seq)} WHERE line > ? ORDER BY line LIMIT ?`;
  }
  const row = [...cells, "''", String(n), 'line'].join(',');
  return `SELECT ord, concat_ws(char(31), ${row}) FROM ${t.name} WHERE ord > ? ORDER BY ord LIMIT ?`;
}

/** True when the row string has exactly the separators of `width` cells. */
function separatorsFit(row: string, width: number): boolean {
  let at = -1;
  for (let k = 0; k < width + 2; k++) {
    at = row.indexOf(US, at + 1);
    if (at < 0) return false;
  }
  return row.indexOf(US, at + 1) < 0;
}

/** Every row of a table in order, in batches of `batchSize` rows. */
export function* readRowBatches(db: Db, t: TableRef, batchSize = 5000): Generator<RowBatch> {
  const width = t.columns.length;
  const stmt = db.prepare(joinedSql(t)).raw(true);
  const { select, key } = readRowsSql(t);
  let cellStmt: typeof stmt | null = null;
  let after = -1;
  for (;;) {
    const got = stmt.all(after, batchSize) as [number, string][];
    if (got.length === 0) return;
    const rows: string[] = new Array<string>(got.length);
    let fit = true;
    for (let i = 0; i < got.length; i++) {
      const r = (got[i] as [number, string])[1];
      if (!separatorsFit(r, width)) fit = false;
      rows[i] = r;
    }
    if (fit) yield { kind: 'text', rows };
    else {
      cellStmt ??= db.prepare(`${select} WHERE ${key} > ? ORDER BY ${key} LIMIT ?`).raw(true);
      const raw = cellStmt.all(after, batchSize) as unknown[][];
      yield {
        kind: 'cells',
        rows: raw.map((r) => {
          const row = t.kind === 'raw' ? rowFromRaw(r, width) : decodeRow(t, r);
          return { line: row.line, cells: row.cells };
        }),
      };
    }
    after = (got[got.length - 1] as [number, string])[0];
    if (got.length < batchSize) return;
  }
}
