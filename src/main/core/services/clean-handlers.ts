/**
 * Contract area: cleaning (issue: cleaning). Thin handlers over the cleaning core
 * (core/clean) and the working-table store (store/apply-steps, store/working-table):
 * the import never changes; every apply is one transaction and one new version, undone and
 * redone as a whole; every step in a request is checked with the core's `validateStep` before
 * anything runs, and one invalid step refuses the whole request.
 */
import type {
  ApplyStepsResult,
  CleanContract,
  ClusterResult,
  HistoryStep,
  HistoryVersion,
  QuickFixFinding,
  StepHistory,
} from '../../../shared/api/clean';
import { AppError } from '../../../shared/errors';
import type { Step, StepReport, StepReportEntry } from '../../../shared/model/step';
import { clusterValues } from '../clean/cluster';
import { resolveColumn } from '../clean/columns';
import { describeStep } from '../clean/describe-step';
import { summarizeReport } from '../clean/pipeline';
import { previewStep } from '../clean/preview';
import { quickFixFor, type FixableFinding } from '../clean/quick-fix';
import { parseRecipe, recipeFromSteps, validateStep } from '../clean/recipe';
import { STEP_REGISTRY, listSteps } from '../clean/registry';
import type { StepContext } from '../clean/types';
import { newCounts } from '../clean/types';
import { applyStepsToDataset, redoStep, stepsToCurrent, undoLastStep } from '../store/apply-steps';
import { columnName } from '../store/raw-table';
import {
  currentTable,
  iterateTable,
  listVersions,
  type TableRef,
  type VersionInfo,
} from '../store/working-table';
import type { AreaHandlers, ServiceContext } from './context';

/** Rows of the current table a preview runs on. */
export const PREVIEW_ROWS = 200;
/** Distinct values clustered by default (most frequent first). */
export const CLUSTER_LIMIT = 20_000;

/** Table names come from dataset_versions and are built from integers; checked once more here. */
const TABLE_NAME = /^(?:raw_\d+|work_\d+_\d+)$/;

function tableIdent(t: TableRef): string {
  if (!TABLE_NAME.test(t.name)) throw new Error(`unexpected table name ${t.name}`);
  return t.name;
}

/** Check every step of a request; the first invalid one refuses the whole request. */
function checkedSteps(steps: readonly unknown[]): Step[] {
  return steps.map((s, i) => validateStep(s, i));
}

function firstRows(
  ctx: ServiceContext,
  t: TableRef,
  n: number,
): { line: number; cells: string[] }[] {
  const it = iterateTable(ctx.db, t, n);
  try {
    const first = it.next();
    return first.done ? [] : first.value.map((r) => ({ line: r.line, cells: r.cells }));
  } finally {
    it.return(undefined);
  }
}

function isReport(v: unknown): v is StepReport {
  return typeof v === 'object' && v !== null && Array.isArray((v as { steps?: unknown }).steps);
}

/** One version as the history list shows it: applied steps with their counts, skipped steps. */
function historyVersion(v: VersionInfo, current: number, active: Set<number>): HistoryVersion {
  const report = isReport(v.report) ? v.report : { steps: [] };
  const applied = report.steps.filter((e) => e.status === 'applied');
  const skipped = report.steps.filter((e) => e.status === 'skipped');
  const steps: HistoryStep[] = (v.steps as Step[]).map((step, i) => ({
    step,
    description: describeStep(step),
    counts: applied[i]?.counts ?? newCounts(),
  }));
  return {
    version: v.version,
    parentVersion: v.parentVersion,
    createdAt: v.createdAt,
    createdBy: v.createdBy,
    rowCount: v.rowCount,
    columnCount: v.columns.length,
    current: v.version === current,
    active: active.has(v.version),
    steps,
    skipped,
    totals: summarizeReport({ steps: applied }).counts,
  };
}

export function stepHistory(ctx: ServiceContext, datasetId: string): StepHistory {
  const current = currentTable(ctx.db, datasetId).version;
  const versions = listVersions(ctx.db, datasetId);
  const byVersion = new Map(versions.map((v) => [v.version, v]));
  const active = new Set<number>();
  for (let v = byVersion.get(current); v;) {
    active.add(v.version);
    v = v.parentVersion === null ? undefined : byVersion.get(v.parentVersion);
  }
  return {
    datasetId,
    currentVersion: current,
    canUndo: byVersion.get(current)?.parentVersion != null,
    canRedo: versions.some((v) => v.parentVersion === current),
    versions: versions.map((v) => historyVersion(v, current, active)),
  };
}

function columnNotFound(column: string): AppError {
  return new AppError({
    kind: 'user-input',
    code: 'column-not-found',
    message: `Kolom "${column}" tidak ada pada tabel kerja dataset ini.`,
    messageEn: `Column "${column}" does not exist in this dataset's working table.`,
    column,
  });
}

/** Value counts of one column over the whole current table (SQL GROUP BY), then clustering. */
export function clusterColumn(
  ctx: ServiceContext,
  req: CleanContract['clean:cluster']['req'],
): ClusterResult {
  const t = currentTable(ctx.db, req.id);
  const index = resolveColumn({ columns: t.columns }, req.column);
  const col = t.columns[index];
  if (index < 0 || !col) throw columnNotFound(req.column);
  const c = columnName(index);
  const from = tableIdent(t);
  const limit = req.limit ?? CLUSTER_LIMIT;
  const rows = ctx.db
    .prepare(
      `SELECT ${c} AS v, count(*) AS n FROM ${from} WHERE ${c} IS NOT NULL AND ${c} <> '' GROUP BY ${c} ORDER BY n DESC, ${c} LIMIT ?`,
    )
    .raw(true)
    .all(limit + 1) as [string, number][];
  const truncated = rows.length > limit;
  if (truncated) rows.length = limit;
  const distinctValues = truncated
    ? (
        ctx.db
          .prepare(
            `SELECT count(DISTINCT ${c}) AS n FROM ${from} WHERE ${c} IS NOT NULL AND ${c} <> ''`,
          )
          .get() as { n: number }
      ).n
    : rows.length;
  const counts = new Map<string, number>(rows);
  const clusters = clusterValues(counts, {
    method: req.method,
    ...(req.ngram !== undefined ? { ngram: req.ngram } : {}),
    ...(req.maxDistance !== undefined ? { maxDistance: req.maxDistance } : {}),
  });
  return { column: col.name, method: req.method, distinctValues, truncated, clusters };
}

function fixable(f: QuickFixFinding): FixableFinding {
  return {
    code: f.code,
    column: f.column ?? null,
    columnIndex: f.columnIndex ?? null,
    row: f.row ?? null,
    ...(f.rows ? { rows: f.rows } : {}),
    value: f.value ?? null,
    suggestion: f.suggestion ?? null,
    ...(f.params ? { params: f.params } : {}),
  };
}

export function createCleanHandlers(ctx: ServiceContext): AreaHandlers<keyof CleanContract> {
  const { db, user, jobs } = ctx;
  const stepContext = (): StepContext => (ctx.regions ? { regions: ctx.regions } : {});

  async function apply(
    id: string,
    steps: Step[],
    jobId: string | undefined,
    action: string,
  ): Promise<ApplyStepsResult> {
    const out = await jobs.run('clean', jobId, (signal, progress) => {
      const totalRows = currentTable(db, id).rowCount;
      progress({ rows: 0, totalRows });
      // synchronous, one transaction; the signal is checked between batches of rows
      const r = applyStepsToDataset(db, id, steps, {
        user,
        action,
        context: stepContext(),
        signal,
      });
      progress({ rows: totalRows, totalRows });
      return Promise.resolve(r);
    });
    if (out.created) await ctx.afterChange?.(id);
    return {
      version: out.version,
      created: out.created,
      report: out.report,
      rowCount: out.rowCount,
    };
  }

  return {
    'steps:list-ops': () =>
      Promise.resolve(
        listSteps().map((s) => ({
          ...s,
          available: !(STEP_REGISTRY[s.op].needsRegions && !ctx.regions),
        })),
      ),
    'steps:preview': (req) => {
      const step = validateStep(req.step, 0);
      const t = currentTable(db, req.id);
      const sample = firstRows(ctx, t, PREVIEW_ROWS);
      const p = previewStep({ columns: t.columns }, sample, step, stepContext());
      const entry: StepReportEntry = p.entry;
      return Promise.resolve({
        status: p.status,
        ...(p.reason ? { reason: p.reason } : {}),
        shape: p.shape,
        before: p.before,
        after: p.after,
        changedCells: p.changedCells,
        removedLines: p.removedLines,
        counts: p.counts,
        entry,
        sampleRows: sample.length,
        totalRows: t.rowCount,
      });
    },
    'steps:apply': (req) => apply(req.id, checkedSteps(req.steps), req.jobId, 'steps.apply'),
    'recipe:apply': (req) =>
      apply(req.id, parseRecipe(req.recipe).steps, req.jobId, 'recipe.apply'),
    'steps:undo': async (req) => {
      const version = undoLastStep(db, req.id, user);
      await ctx.afterChange?.(req.id);
      return { version };
    },
    'steps:redo': async (req) => {
      const version = redoStep(db, req.id, user);
      await ctx.afterChange?.(req.id);
      return { version };
    },
    'steps:history': (req) => Promise.resolve(stepHistory(ctx, req.id)),
    'recipe:export': (req) => Promise.resolve(recipeFromSteps(stepsToCurrent(db, req.id))),
    'clean:cluster': (req) => Promise.resolve(clusterColumn(ctx, req)),
    'clean:quick-fix': (req) => {
      const t = currentTable(db, req.id);
      return Promise.resolve(quickFixFor(fixable(req.finding), req.scope, { columns: t.columns }));
    },
  };
}
