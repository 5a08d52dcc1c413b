/**
 * Steps inside the workspace: the current working table is streamed through the compiled step
 * pipeline into a new `work_<seq>_<v>` table, and the new version (with its steps and report)
 * becomes current — all in ONE transaction, so a crash never leaves half-applied steps and the
 * whole recipe undoes as one. Undo/redo move the `datasets.version` pointer (nothing is deleted).
 * Recipes that keep every row (cell-wise steps, column moves) are written by one SQL statement
 * instead (cellwise-sql.ts), with the same table and report as a result; when such a recipe
 * would change no cell, the new version shares its parent's table (tables never change).
 */
import type { Row, Step, StepReport, TableShape } from '../../../shared/model/step';
import { AppError } from '../../../shared/errors';
import { compilePipeline, type CompiledPipeline } from '../clean/pipeline';
import type { StepContext } from '../clean/types';
import { recordAudit } from './audit';
import { cancelled, planKeepsTable, runCellPlan } from './cellwise-sql';
import { getDatasetRecord } from './datasets';
import {
  createWorkTable,
  currentTable,
  insertVersion,
  insertWorkSql,
  iterateTable,
  listVersions,
  maxVersion,
  workTableName,
  type TableRef,
} from './working-table';
import type { Db } from './workspace';

const ROWS_PER_STATEMENT = 64;

export interface ApplyOutcome {
  /** the new current version, or the unchanged one when no step applied */
  version: number;
  created: boolean;
  report: StepReport;
  shape: TableShape;
  rowCount: number;
}

/** The general path: every row through the pipeline, in multi-row INSERTs; returns the rows. */
function streamRows(
  db: Db,
  from: TableRef,
  name: string,
  width: number,
  pipeline: CompiledPipeline,
  signal: AbortSignal | undefined,
): number {
  const bulk = db.prepare(insertWorkSql(name, width, ROWS_PER_STATEMENT));
  const single = db.prepare(insertWorkSql(name, width, 1));
  let pending: unknown[] = [];
  let pendingRows = 0;
  let ord = 0;
  const emit = (r: Row): void => {
    pending.push(++ord, r.line);
    for (let i = 0; i < width; i++) pending.push(r.cells[i] ?? '');
    if (++pendingRows === ROWS_PER_STATEMENT) {
      bulk.run(pending);
      pending = [];
      pendingRows = 0;
    }
  };
  for (const batch of iterateTable(db, from)) {
    if (signal?.aborted) throw cancelled();
    for (const r of batch) pipeline.push({ line: r.line, cells: r.cells }, emit);
  }
  pipeline.end(emit);
  const rowWidth = width + 2;
  for (let i = 0; i < pendingRows; i++) single.run(pending.slice(i * rowWidth, (i + 1) * rowWidth));
  return ord;
}

export function applyStepsToDataset(
  db: Db,
  datasetId: string,
  steps: readonly Step[],
  opts: {
    user: string;
    action?: string;
    context?: StepContext;
    signal?: AbortSignal;
    /** false = always stream rows through the pipeline (tests compare both paths) */
    sqlFastPath?: boolean;
  },
): ApplyOutcome {
  const d = getDatasetRecord(db, datasetId);
  const run = db.transaction((): ApplyOutcome => {
    const from = currentTable(db, d.id);
    const pipeline = compilePipeline({ columns: from.columns }, steps, {
      ...opts.context,
      user: opts.user,
    });
    const applied = pipeline.report.steps.some((s) => s.status === 'applied');
    if (!applied) {
      return {
        version: from.version,
        created: false,
        report: pipeline.report,
        shape: { columns: from.columns },
        rowCount: from.rowCount,
      };
    }
    const version = maxVersion(db, d.id) + 1;
    const width = pipeline.shape.columns.length;
    const plan = opts.sqlFastPath === false ? null : pipeline.cellPlan();
    let name = workTableName(d.seq, version);
    let ord: number;
    if (plan && planKeepsTable(db, from, plan)) {
      // no cell would change: the new version shares its parent's (immutable) table
      name = from.name;
      ord = from.rowCount;
      pipeline.end(() => undefined);
    } else if (plan) {
      createWorkTable(db, name, width);
      ord = runCellPlan(db, from, name, plan, opts.signal);
      // no step holds rows, so nothing is emitted; this fills the report details
      pipeline.end(() => undefined);
    } else {
      createWorkTable(db, name, width);
      ord = streamRows(db, from, name, width, pipeline, opts.signal);
    }
    if (opts.signal?.aborted) throw cancelled();
    insertVersion(db, {
      datasetId: d.id,
      version,
      parentVersion: from.version,
      tableName: name,
      columns: pipeline.shape.columns.map((c) => ({ name: c.name, label: c.label })),
      rowCount: ord,
      // only the steps that applied make up the recipe of this version; the report keeps all
      steps: steps.filter((_, i) => pipeline.report.steps[i]?.status === 'applied'),
      report: pipeline.report,
      user: opts.user,
    });
    db.prepare('UPDATE datasets SET version = ? WHERE id = ?').run(version, d.id);
    recordAudit(db, opts.user, opts.action ?? 'steps.apply', d.id, {
      from: from.version,
      to: version,
      steps: steps.map((s) => s.op),
      rows: ord,
    });
    return {
      version,
      created: true,
      report: pipeline.report,
      shape: pipeline.shape,
      rowCount: ord,
    };
  });
  return run.immediate();
}

function nothingTo(what: 'undo' | 'redo'): AppError {
  return new AppError({
    kind: 'user-input',
    code: what === 'undo' ? 'nothing-to-undo' : 'nothing-to-redo',
    message:
      what === 'undo'
        ? 'Tidak ada langkah untuk dibatalkan: dataset sudah pada hasil impor asli.'
        : 'Tidak ada langkah untuk diulang.',
    messageEn:
      what === 'undo'
        ? 'Nothing to undo: the dataset is at its original import.'
        : 'Nothing to redo.',
  });
}

/** Move the current version to its parent. */
export function undoLastStep(db: Db, datasetId: string, user: string): number {
  return db
    .transaction((): number => {
      const cur = currentTable(db, datasetId);
      const info = listVersions(db, datasetId).find((v) => v.version === cur.version);
      const parent = info?.parentVersion ?? null;
      if (parent === null) throw nothingTo('undo');
      db.prepare('UPDATE datasets SET version = ? WHERE id = ?').run(parent, datasetId);
      recordAudit(db, user, 'steps.undo', datasetId, { from: cur.version, to: parent });
      return parent;
    })
    .immediate();
}

/** Move the current version to its newest child. */
export function redoStep(db: Db, datasetId: string, user: string): number {
  return db
    .transaction((): number => {
      const cur = currentTable(db, datasetId);
      const child = listVersions(db, datasetId)
        .filter((v) => v.parentVersion === cur.version)
        .pop();
      if (!child) throw nothingTo('redo');
      db.prepare('UPDATE datasets SET version = ? WHERE id = ?').run(child.version, datasetId);
      recordAudit(db, user, 'steps.redo', datasetId, { from: cur.version, to: child.version });
      return child.version;
    })
    .immediate();
}

/** The steps from the import to the current version, in order (the dataset's recipe). */
export function stepsToCurrent(db: Db, datasetId: string): Step[] {
  const versions = new Map(listVersions(db, datasetId).map((v) => [v.version, v]));
  const chain: Step[][] = [];
  let v = versions.get(currentTable(db, datasetId).version);
  while (v && v.parentVersion !== null) {
    chain.unshift(v.steps as Step[]);
    v = versions.get(v.parentVersion);
  }
  return chain.flat();
}
