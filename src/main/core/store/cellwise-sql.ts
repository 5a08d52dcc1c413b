/**
 * The fast path of applying steps in the workspace: when every applied step is cell-wise or a
 * column move (clean/cell-plan.ts), the new version table is written by ONE
 * `INSERT INTO work_… SELECT … FROM <current table>` — rows never travel through JavaScript.
 * Each changed column is
 *
 *   CASE WHEN <keep guards hold> THEN x ELSE satudata_cells(<chain>, x) END
 *
 * where `satudata_cells` runs the steps' own JavaScript cell functions (so results and counts
 * are exactly those of the row pipeline) and the guards are cheap SQL tests that prove the
 * functions would leave the cell alone (so most calls are skipped). Empty cells are '' as in
 * the row pipeline (missing cells of ragged rows included).
 */
import { AppError } from '../../../shared/errors';
import { runChain, type CellPlan, type ChainLink } from '../clean/cell-plan';
import type { KeepGuard } from '../clean/types';
import { columnName } from './raw-table';
import type { TableRef } from './working-table';
import type { Db } from './workspace';

const CELLS_FUNCTION = 'satudata_cells';
/** `not-in` lists longer than this are not tested in SQL (the cell function decides). */
const MAX_IN_VALUES = 200;
/** keeps the guard expression of a long chain well under SQLite's expression depth limit */
const MAX_GUARDS = 40;
/** bound parameters per statement (SQLite allows 32766) */
const MAX_PARAMS = 30000;
/** how often (in calls) the cell function looks at the abort signal */
const SIGNAL_EVERY = 1 << 16;

const TABLE_NAME = /^(?:raw_\d+|work_\d+_\d+)$/;

class SqlBuilder {
  readonly params: string[] = [];

  /** a bound parameter (`@pN`), so no cell text or step parameter ever becomes SQL text */
  param(value: string): string {
    this.params.push(value);
    return `@p${this.params.length}`;
  }

  room(n: number): boolean {
    return this.params.length + n <= MAX_PARAMS;
  }

  named(): Record<string, string> {
    const out: Record<string, string> = {};
    this.params.forEach((v, i) => (out[`p${i + 1}`] = v));
    return out;
  }
}

/**
 * SQL that is true only when `fn(x) === x` and nothing is counted, for the step that gave the
 * guard; null when it cannot be written (then the function is always called). It must never
 * be true on a NULL `x` (a missing cell, which the steps see as '').
 */
function guardSql(g: KeepGuard, x: string, sql: SqlBuilder): string | null {
  switch (g.kind) {
    case 'plain-edges':
      // BINARY comparison is memcmp on UTF-8: between '!' and '~' means the first byte is
      // 0x21…0x7E, i.e. the first character is printable ASCII; the last byte in that range
      // is a whole ASCII character (bytes of multi-byte characters are ≥ 0x80). Every space
      // the steps trim (JS \s, U+200B) is ≤ U+0020 or ≥ U+00A0.
      return `(${x} BETWEEN '!' AND '~' AND substr(CAST(${x} AS BLOB), -1) BETWEEN x'21' AND x'7e')`;
    case 'canonical-number': {
      // equal to SQLite's own text of its integer value: optional '-', digits, no leading
      // zero, no '+', no '-0', within 64 bits; or of its real value with a '.', no exponent
      // and no trailing zero ('44.51', '-0.5'; never 'Inf'). parseLocaleNumber returns both
      // as they are — except a 3-digit fraction in locale id, which it reads as thousands.
      const real = [
        `CAST(CAST(${x} AS REAL) AS TEXT) = ${x}`,
        `instr(${x}, '.') > 0`,
        `instr(${x}, 'e') = 0`,
        `substr(${x}, -1) <> '0'`,
      ];
      if (g.locale === 'id') real.push(`length(${x}) - instr(${x}, '.') <> 3`);
      return `(CAST(CAST(${x} AS INTEGER) AS TEXT) = ${x} OR (${real.join(' AND ')}))`;
    }
    case 'iso-date':
      // date() gives 'yyyy-mm-dd' and moves invalid days (02-30 → 03-02): equality means a
      // valid date written exactly so; the steps need a year from 1000
      return `(${x} >= '1000' AND date(${x}) = ${x})`;
    case 'not-in': {
      if (g.values.length === 0) return `(${x} IS NOT NULL)`;
      if (g.values.length > MAX_IN_VALUES || !sql.room(g.values.length)) return null;
      return `(${x} NOT IN (${g.values.map((v) => sql.param(v)).join(',')}))`;
    }
    case 'not-contains':
      // containment of valid Unicode text is the same in UTF-8 and UTF-16
      if (!sql.room(1)) return null;
      return `(instr(${x}, ${sql.param(g.text)}) = 0)`;
  }
}

/** The guard of a whole chain (every step must be a no-op), or null when there is none. */
function chainGuard(chain: readonly ChainLink[], x: string, sql: SqlBuilder): string | null {
  const mark = sql.params.length;
  const parts = chainGuardParts(chain, x, sql);
  // parameters of a guard that is not used must not stay bound
  if (parts === null) sql.params.length = mark;
  return parts;
}

function chainGuardParts(chain: readonly ChainLink[], x: string, sql: SqlBuilder): string | null {
  const parts: string[] = [];
  for (const { op } of chain) {
    if (!op.keep || op.keep.length === 0) return null;
    for (const g of op.keep) {
      const s = guardSql(g, x, sql);
      if (s === null) return null;
      parts.push(s);
    }
  }
  if (parts.length === 0 || parts.length > MAX_GUARDS) return null;
  return parts.join(' AND ');
}

function sourceSql(from: TableRef, index: number): string {
  if (index < 0 || index >= from.columns.length) throw new Error(`no column ${index}`);
  return `coalesce(${columnName(index)}, '')`;
}

/** The error of an apply stopped by its abort signal (nothing is applied). */
export function cancelled(): AppError {
  return new AppError({
    kind: 'cancelled',
    code: 'cancelled',
    message: 'Dibatalkan; tidak ada langkah yang diterapkan.',
    messageEn: 'Cancelled; no step was applied.',
  });
}

/**
 * Write the plan's output for every row of `from` into the (new, empty) work table `to`;
 * returns the number of rows. Counts of the steps fill as in the row pipeline.
 */
export function runCellPlan(
  db: Db,
  from: TableRef,
  to: string,
  plan: CellPlan,
  signal?: AbortSignal,
): number {
  if (!TABLE_NAME.test(from.name) || !/^work_\d+_\d+$/.test(to)) {
    throw new Error(`unexpected table name ${from.name} → ${to}`);
  }
  if (signal?.aborted) throw cancelled();
  const sql = new SqlBuilder();
  const chains: ChainLink[][] = [];
  const exprs = plan.columns.map((col) => {
    const x =
      typeof col.source === 'number' ? sourceSql(from, col.source) : sql.param(col.source.constant);
    if (col.chain.length === 0) return x;
    chains.push(col.chain);
    const call = `${CELLS_FUNCTION}(${chains.length - 1}, ${x})`;
    // guards test the bare column: a NULL (missing) cell fails them and goes to the function
    const bare = typeof col.source === 'number' ? columnName(col.source) : x;
    const guard = chainGuard(col.chain, bare, sql);
    const skipsEmpty = col.chain.every((l) => !l.op.includeEmpty);
    const whens: string[] = [];
    if (guard !== null) whens.push(`WHEN ${guard} THEN ${bare}`);
    if (skipsEmpty) whens.push(`WHEN ${x} = '' THEN ''`);
    return whens.length === 0 ? call : `CASE ${whens.join(' ')} ELSE ${call} END`;
  });
  let calls = 0;
  db.function(CELLS_FUNCTION, { deterministic: false }, (k: unknown, x: unknown): string => {
    if (++calls % SIGNAL_EVERY === 0 && signal?.aborted) throw cancelled();
    const chain = chains[k as number];
    if (!chain) throw new Error(`no cell chain ${String(k)}`);
    return runChain(chain, typeof x === 'string' ? x : '');
  });
  const names = ['line'];
  for (let i = 0; i < plan.columns.length; i++) names.push(columnName(i));
  const key = from.kind === 'raw' ? 'line' : 'ord';
  const info = db
    .prepare(
      `INSERT INTO ${to} (${names.join(',')}) SELECT ${['line', ...exprs].join(', ')} FROM ${from.name} ORDER BY ${key}`,
    )
    .run(sql.named());
  if (signal?.aborted) throw cancelled();
  const rows = info.changes;
  for (const p of plan.perRow) p.counts.cellsChanged += rows * p.cells;
  return rows;
}

/**
 * True when the plan would write the source table again cell for cell: every column stays in
 * place, every guard holds on every row (so no cell function would change or count anything)
 * and every cell is present (no ragged raw row, no NULL cell). The new version can then use
 * the source table itself — tables never change once written. The scan stops at the first row
 * that needs work, so a recipe that changes something early costs almost nothing extra.
 */
export function planKeepsTable(db: Db, from: TableRef, plan: CellPlan): boolean {
  const n = from.columns.length;
  if (!TABLE_NAME.test(from.name)) throw new Error(`unexpected table name ${from.name}`);
  if (plan.perRow.length > 0 || plan.columns.length !== n) return false;
  const sql = new SqlBuilder();
  const tests: string[] = from.kind === 'raw' ? [`ncells = ${n}`, 'extra IS NULL'] : [];
  for (let j = 0; j < n; j++) {
    const col = plan.columns[j];
    if (!col || col.source !== j) return false;
    if (col.chain.length === 0) {
      if (from.kind !== 'raw') tests.push(`${columnName(j)} IS NOT NULL`);
      continue;
    }
    const guard = chainGuard(col.chain, columnName(j), sql);
    if (guard === null) return false;
    tests.push(guard);
  }
  if (tests.length === 0) return true;
  const hit = db
    .prepare(`SELECT 1 FROM ${from.name} WHERE NOT coalesce(${tests.join(' AND ')}, 0) LIMIT 1`)
    .get(sql.named());
  return hit === undefined;
}
