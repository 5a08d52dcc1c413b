/**
 * Contract area: validation runs (stored), per-cell detail and what changed since last time.
 * Built hosts run the rules in a worker thread (validation-worker-client.ts); without built
 * workers (unit tests on the sources) they run inline.
 */
import type { ValidationContract, ValidationRun } from '../../../shared/api/validation';
import type { Report } from '../../../shared/model/finding';
import { CellColumns, type PackedCells } from '../store/cell-columns';
import { runValidation } from '../validate/engine';
import { currentTable } from '../store/working-table';
import { readRowBatches } from '../store/row-text-batches';
import { workerScript } from '../jobs/worker-scripts';
import {
  MAX_STORED_CELLS,
  cellPage,
  diffRuns,
  getRun,
  latestRun,
  listRuns,
  problemRows,
  saveRun,
} from '../store/validation-runs';
import { getProfile } from '../metadata';
import { MetadataStore } from '../metadata';
import { validationInputFor } from './validation-input';
import { runValidationInWorker } from './validation-worker-client';
import type { AreaHandlers, ServiceContext } from './context';

/** Validate a dataset's current working table and store the run. */
export async function validateDataset(
  ctx: ServiceContext,
  datasetId: string,
  opts: {
    profile?: string;
    /** a metadata document to check instead of the stored one (`validate --metadata FILE`) */
    metadata?: { profile: string; doc: Record<string, unknown> };
    lang?: 'id' | 'en';
    signal?: AbortSignal;
    onProgress?: (rows: number, total?: number) => void;
  } = {},
): Promise<ValidationRun> {
  let metadata = opts.metadata;
  const current = new MetadataStore(ctx.db).current(datasetId);
  if (metadata) getProfile(metadata.profile);
  else if (opts.profile) {
    getProfile(opts.profile); // unknown profile → a clear error listing the known ones
    metadata = { profile: opts.profile, doc: current?.doc ?? {} };
  } else if (current) metadata = { profile: current.profile, doc: current.doc };
  const input = validationInputFor(ctx, datasetId, {
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(metadata ? { metadata } : {}),
  });
  const table = currentTable(ctx.db, datasetId);
  const onProgress = opts.onProgress
    ? (p: { rows: number; totalRows?: number }) => opts.onProgress?.(p.rows, p.totalRows)
    : undefined;
  const script = workerScript('validation-worker');
  let report: Report;
  let cells: PackedCells;
  if (script) {
    const rows = { width: table.columns.length, batches: () => readRowBatches(ctx.db, table) };
    ({ report, cells } = await runValidationInWorker(script, rows, input, {
      referenceDir: ctx.referenceDir,
      maxCells: MAX_STORED_CELLS,
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    }));
  } else {
    const buffer = new CellColumns(MAX_STORED_CELLS);
    report = await runValidation(input, {
      onCell: buffer.push,
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    cells = buffer.pack().packed;
  }
  const version = table.version;
  const runId = saveRun(ctx.db, {
    datasetId,
    datasetVersion: version,
    profile: metadata?.profile ?? null,
    by: ctx.user,
    report,
    cells,
  });
  return getRun(ctx.db, runId);
}

/**
 * Validate a dataset as a job: progress events on the jobs stream and cancel by job id (the
 * app re-validates this way after every change of a working table).
 */
export function validateDatasetJob(
  ctx: ServiceContext,
  datasetId: string,
  opts: { jobId?: string; profile?: string; lang?: 'id' | 'en' } = {},
): Promise<ValidationRun> {
  return ctx.jobs.run('validate', opts.jobId, (signal, progress) =>
    validateDataset(ctx, datasetId, {
      ...(opts.profile ? { profile: opts.profile } : {}),
      ...(opts.lang ? { lang: opts.lang } : {}),
      signal,
      onProgress: (rows, totalRows) =>
        progress({ rows, ...(totalRows !== undefined ? { totalRows } : {}) }),
    }),
  );
}

export function createValidationHandlers(
  ctx: ServiceContext,
): AreaHandlers<keyof ValidationContract> {
  return {
    'validation:run': (req) =>
      validateDatasetJob(ctx, req.id, {
        ...(req.jobId ? { jobId: req.jobId } : {}),
        ...(req.profile ? { profile: req.profile } : {}),
        ...(req.lang ? { lang: req.lang } : {}),
      }),
    'validation:latest': (req) => Promise.resolve(latestRun(ctx.db, req.id)),
    'validation:runs': (req) => Promise.resolve(listRuns(ctx.db, req.id)),
    'validation:cells': (req) => Promise.resolve(cellPage(ctx.db, req)),
    'validation:rows': (req) =>
      Promise.resolve(problemRows(ctx.db, req.runId, req.after ?? -1, req.limit)),
    'validation:diff': (req) => Promise.resolve(diffRuns(ctx.db, req.runId)),
  };
}
