/**
 * A version's table as the bundle carries it: machine CSV (the same bytes `writeCsvRows` writes
 * with MACHINE_CSV: header of unique column names, `,`, CRLF, quoting only where needed, no BOM,
 * no formula guard) and the row's source lines (`<line>\n` each). Both are produced batch by
 * batch from SQLite, so a million-row table is never held in memory, and both can be hashed
 * without writing anything — that is how a bundle is compared with the workspace.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { encodeCsvRow, MACHINE_CSV } from '../export/csv-writer';
import { uniqueNames } from '../export/slug';
import { fitRow } from '../export/text-sink';
import { iterateTable, type TableRef } from '../store/working-table';
import type { Db } from '../store/workspace';

const DELIMITER = MACHINE_CSV.delimiter;
const EOL = MACHINE_CSV.lineTerminator;

export function csvHeader(columnNames: readonly string[]): string {
  return encodeCsvRow(uniqueNames(columnNames), DELIMITER, EOL);
}

export function csvRecord(cells: readonly string[]): string {
  return encodeCsvRow(cells, DELIMITER, EOL);
}

function cancelled(): AppError {
  return new AppError({
    kind: 'cancelled',
    code: 'cancelled',
    message: 'Dibatalkan; bundel tidak dibuat.',
    messageEn: 'Cancelled; the bundle was not made.',
  });
}

export interface TableStreamHooks {
  signal?: AbortSignal;
  onRows?: (rows: number) => void;
}

/** The machine CSV of `t`, one Buffer per batch of rows. */
export function* tableCsvChunks(
  db: Db,
  t: TableRef,
  hooks: TableStreamHooks = {},
): Generator<Buffer> {
  const width = t.columns.length;
  yield Buffer.from(csvHeader(t.columns.map((c) => c.name)), 'utf8');
  let rows = 0;
  for (const batch of iterateTable(db, t)) {
    if (hooks.signal?.aborted) throw cancelled();
    let text = '';
    for (const r of batch) text += csvRecord(fitRow(r.cells, width));
    rows += batch.length;
    hooks.onRows?.(rows);
    yield Buffer.from(text, 'utf8');
  }
}

/** The source lines of `t`'s rows, in order, one `<line>\n` each (reads only the line column). */
export function* tableLineChunks(db: Db, t: TableRef, signal?: AbortSignal): Generator<Buffer> {
  // t.name and its key come from the version record, checked against raw_N / work_N_M
  const key = t.kind === 'raw' ? 'line' : 'ord';
  const stmt = db.prepare(`SELECT line FROM ${t.name} ORDER BY ${key}`).pluck();
  let text = '';
  let n = 0;
  for (const line of stmt.iterate() as IterableIterator<number>) {
    text += `${line}\n`;
    if (++n === 20_000) {
      if (signal?.aborted) throw cancelled();
      yield Buffer.from(text, 'latin1');
      text = '';
      n = 0;
    }
  }
  if (text !== '') yield Buffer.from(text, 'latin1');
}

export interface Digest {
  sha256: string;
  bytes: number;
}

/** SHA-256 and size of the table's machine CSV and of its lines file, in one pass. */
export function digestTable(db: Db, t: TableRef): { data: Digest; lines: Digest } {
  const width = t.columns.length;
  const data = createHash('sha256');
  const lines = createHash('sha256');
  let dataBytes = 0;
  let lineBytes = 0;
  const header = Buffer.from(csvHeader(t.columns.map((c) => c.name)), 'utf8');
  data.update(header);
  dataBytes += header.length;
  for (const batch of iterateTable(db, t)) {
    let text = '';
    let nums = '';
    for (const r of batch) {
      text += csvRecord(fitRow(r.cells, width));
      nums += `${r.line}\n`;
    }
    const buf = Buffer.from(text, 'utf8');
    data.update(buf);
    dataBytes += buf.length;
    lines.update(nums, 'latin1');
    lineBytes += nums.length;
  }
  return {
    data: { sha256: data.digest('hex'), bytes: dataBytes },
    lines: { sha256: lines.digest('hex'), bytes: lineBytes },
  };
}
