/** Contract area: validation runs (stored), per-cell detail and what changed since last time. */
import type { ValidationContract, ValidationRun } from '../../../shared/api/validation';
import { runValidation } from '../validate/engine';
import { currentTable } from '../store/working-table';
import {
  CellBuffer,
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
import type { AreaHandlers, ServiceContext } from './context';

/** Validate a dataset's current working table and store the run. */
export async function validateDataset(
  ctx: ServiceContext,
  datasetId: string,
  opts: {
    profile?: string;
    lang?: 'id' | 'en';
    signal?: AbortSignal;
    onProgress?: (rows: number, total?: number) => void;
  } = {},
): Promise<ValidationRun> {
  let metadata: { profile: string; doc: Record<string, unknown> } | undefined;
  const current = new MetadataStore(ctx.db).current(datasetId);
  if (opts.profile) {
    getProfile(opts.profile); // unknown profile → a clear error listing the known ones
    metadata = { profile: opts.profile, doc: current?.doc ?? {} };
  } else if (current) metadata = { profile: current.profile, doc: current.doc };
  const input = validationInputFor(ctx, datasetId, {
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(metadata ? { metadata } : {}),
  });
  const cells = new CellBuffer();
  const report = await runValidation(input, {
    onCell: cells.push,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: (p) => opts.onProgress?.(p.rows, p.totalRows) } : {}),
  });
  const version = currentTable(ctx.db, datasetId).version;
  const runId = saveRun(ctx.db, {
    datasetId,
    datasetVersion: version,
    profile: metadata?.profile ?? null,
    by: ctx.user,
    report,
    cells: cells.cells,
  });
  return getRun(ctx.db, runId);
}

export function createValidationHandlers(
  ctx: ServiceContext,
): AreaHandlers<keyof ValidationContract> {
  return {
    'validation:run': (req) =>
      ctx.jobs.run('validate', req.jobId, (signal, progress) =>
        validateDataset(ctx, req.id, {
          ...(req.profile ? { profile: req.profile } : {}),
          ...(req.lang ? { lang: req.lang } : {}),
          signal,
          onProgress: (rows, totalRows) =>
            progress({ rows, ...(totalRows !== undefined ? { totalRows } : {}) }),
        }),
      ),
    'validation:latest': (req) => Promise.resolve(latestRun(ctx.db, req.id)),
    'validation:runs': (req) => Promise.resolve(listRuns(ctx.db, req.id)),
    'validation:cells': (req) => Promise.resolve(cellPage(ctx.db, req)),
    'validation:rows': (req) =>
      Promise.resolve(problemRows(ctx.db, req.runId, req.after ?? -1, req.limit)),
    'validation:diff': (req) => Promise.resolve(diffRuns(ctx.db, req.runId)),
  };
}
