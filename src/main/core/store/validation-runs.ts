/** Stored validation runs: the grouped report, and per-cell detail for browsing in the app. */
import type {
  CellDetail,
  ValidationDiff,
  ValidationRun,
  ValidationRunInfo,
} from '../../../shared/api/validation';
import type { Report } from '../../../shared/model/finding';
import { cellAt, type PackedCells } from './cell-columns';
import { AppError } from '../../../shared/errors';
import type { Db } from './workspace';

interface RunRowDb {
  id: number;
  dataset_id: string;
  dataset_version: number;
  profile: string | null;
  at: string;
  by: string;
  valid: number;
  errors: number;
  warnings: number;
  infos: number;
  report?: string;
}

function info(r: RunRowDb): ValidationRunInfo {
  return {
    runId: r.id,
    datasetId: r.dataset_id,
    datasetVersion: r.dataset_version,
    profile: r.profile,
    at: r.at,
    by: r.by,
    valid: r.valid === 1,
    errors: r.errors,
    warnings: r.warnings,
    infos: r.infos,
  };
}

/**
 * Per-cell detail kept per run (for browsing in the app and marking cells). Bounded so that a file
 * with millions of problems keeps memory and the workspace small: the grouped report always has
 * every count; beyond this many cells only the first ones are kept (`dropped` counts the rest).
 */
export const MAX_STORED_CELLS = 100_000;

const CELL_FIELDS = 8;
/** cells per INSERT statement: one statement per 200 cells binds 1600 values (limit 32766) */
const CELLS_PER_INSERT = 200;

function insertCellsSql(rows: number): string {
  const one = `(${new Array<string>(CELL_FIELDS).fill('?').join(',')})`;
  return `INSERT INTO validation_cells (run_id, seq, code, severity, row, column_index, value, suggestion) VALUES ${new Array<string>(rows).fill(one).join(',')}`;
}

/** The run's per-cell findings, many rows per statement (a million binds cost less so). */
function insertCells(db: Db, runId: number, cells: PackedCells): void {
  const full = db.prepare(insertCellsSql(CELLS_PER_INSERT));
  const values: unknown[] = [];
  for (let start = 0; start < cells.count; start += CELLS_PER_INSERT) {
    const end = Math.min(cells.count, start + CELLS_PER_INSERT);
    values.length = 0;
    for (let i = start; i < end; i++) {
      const c = cellAt(cells, i);
      values.push(runId, i, c.code, c.severity, c.row, c.columnIndex, c.value, c.suggestion);
    }
    (end - start === CELLS_PER_INSERT ? full : db.prepare(insertCellsSql(end - start))).run(values);
  }
}

export function saveRun(
  db: Db,
  r: {
    datasetId: string;
    datasetVersion: number;
    profile: string | null;
    by: string;
    report: Report;
    cells: PackedCells;
  },
): number {
  return db
    .transaction((): number => {
      const s = r.report.summary;
      const res = db
        .prepare(
          `INSERT INTO validation_runs (dataset_id, dataset_version, profile, at, by, valid, errors, warnings, infos, report)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          r.datasetId,
          r.datasetVersion,
          r.profile,
          new Date().toISOString(),
          r.by,
          r.report.valid ? 1 : 0,
          s.errors,
          s.warnings,
          s.infos,
          JSON.stringify(r.report),
        );
      const runId = Number(res.lastInsertRowid);
      insertCells(db, runId, r.cells);
      return runId;
    })
    .immediate();
}

export function getRun(db: Db, runId: number): ValidationRun {
  const r = db.prepare('SELECT * FROM validation_runs WHERE id = ?').get(runId) as
    RunRowDb | undefined;
  if (!r) {
    throw new AppError({
      kind: 'not-found',
      code: 'validation-run-not-found',
      message: `Hasil validasi ${runId} tidak ada.`,
      messageEn: `Validation run ${runId} does not exist.`,
    });
  }
  return { ...info(r), report: JSON.parse(r.report ?? '{}') as Report };
}

export function latestRun(db: Db, datasetId: string): ValidationRun | null {
  const r = db
    .prepare('SELECT id FROM validation_runs WHERE dataset_id = ? ORDER BY id DESC LIMIT 1')
    .get(datasetId) as { id: number } | undefined;
  return r ? getRun(db, r.id) : null;
}

export function listRuns(db: Db, datasetId: string): ValidationRunInfo[] {
  return (
    db
      .prepare(
        'SELECT id, dataset_id, dataset_version, profile, at, by, valid, errors, warnings, infos FROM validation_runs WHERE dataset_id = ? ORDER BY id DESC',
      )
      .all(datasetId) as RunRowDb[]
  ).map(info);
}

export function cellPage(
  db: Db,
  q: {
    runId: number;
    code?: string;
    columnIndex?: number;
    row?: number;
    after?: number;
    limit: number;
  },
): { cells: (CellDetail & { seq: number })[]; nextAfter: number | null } {
  const where = ['run_id = ?', 'seq > ?'];
  const params: unknown[] = [q.runId, q.after ?? -1];
  if (q.code !== undefined) {
    where.push('code = ?');
    params.push(q.code);
  }
  if (q.columnIndex !== undefined) {
    where.push('column_index = ?');
    params.push(q.columnIndex);
  }
  if (q.row !== undefined) {
    where.push('row = ?');
    params.push(q.row);
  }
  const rows = db
    .prepare(
      `SELECT seq, code, severity, row, column_index AS columnIndex, value, suggestion FROM validation_cells WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`,
    )
    .all(...params, q.limit + 1) as (CellDetail & { seq: number })[];
  const cells = rows.slice(0, q.limit);
  return {
    cells,
    nextAfter: rows.length > q.limit ? (cells[cells.length - 1]?.seq ?? null) : null,
  };
}

export function problemRows(
  db: Db,
  runId: number,
  after: number,
  limit: number,
): { rows: number[]; nextAfter: number | null } {
  const rows = (
    db
      .prepare(
        'SELECT DISTINCT row FROM validation_cells WHERE run_id = ? AND row IS NOT NULL AND row > ? ORDER BY row LIMIT ?',
      )
      .all(runId, after, limit + 1) as { row: number }[]
  ).map((r) => r.row);
  const page = rows.slice(0, limit);
  return { rows: page, nextAfter: rows.length > limit ? (page[page.length - 1] ?? null) : null };
}

function groups(
  report: Report,
): Map<string, { code: string; column: string | null; count: number }> {
  const m = new Map<string, { code: string; column: string | null; count: number }>();
  for (const f of report.findings) {
    const key = `${f.code}\u0000${f.column ?? ''}`;
    const g = m.get(key) ?? { code: f.code, column: f.column, count: 0 };
    g.count += f.count ?? (f.rows?.length || 1);
    m.set(key, g);
  }
  return m;
}

export function diffRuns(db: Db, runId: number): ValidationDiff {
  const run = getRun(db, runId);
  const prev = db
    .prepare(
      'SELECT id FROM validation_runs WHERE dataset_id = ? AND id < ? ORDER BY id DESC LIMIT 1',
    )
    .get(run.datasetId, runId) as { id: number } | undefined;
  const after = groups(run.report);
  if (!prev) return { previousRunId: null, added: [...after.values()], resolved: [], changed: [] };
  const before = groups(getRun(db, prev.id).report);
  const diff: ValidationDiff = { previousRunId: prev.id, added: [], resolved: [], changed: [] };
  for (const [k, g] of after) {
    const b = before.get(k);
    if (!b) diff.added.push(g);
    else if (b.count !== g.count)
      diff.changed.push({ code: g.code, column: g.column, before: b.count, after: g.count });
  }
  for (const [k, g] of before) if (!after.has(k)) diff.resolved.push(g);
  return diff;
}
