/** Contract area: hand-over bundles — create, inspect (writes nothing), import (all or nothing). */
import type { BundleContract } from '../../../shared/api/bundle';
import { bundleFileName, createBundle } from '../bundle/create-bundle';
import { importBundle, inspectBundle } from '../bundle/import-bundle';
import { getDatasetRecord } from '../store/datasets';
import { resolveSource } from './dataset-handlers';
import type { AreaHandlers, ServiceContext } from './context';

export function createBundleHandlers(ctx: ServiceContext): AreaHandlers<keyof BundleContract> {
  return {
    'bundle:create': (req) =>
      ctx.jobs.run('bundle', req.jobId, async (signal, progress) => {
        const d = getDatasetRecord(ctx.db, req.id);
        const fileName =
          'path' in req.target
            ? (req.target.path.split(/[/\\]/).pop() ?? bundleFileName(d.name))
            : bundleFileName(d.name);
        let target: string;
        let downloadId: string | undefined;
        if ('path' in req.target) target = req.target.path;
        else {
          const dl = ctx.transfers.newDownload(fileName);
          target = dl.path;
          downloadId = dl.downloadId;
        }
        const made = await createBundle(ctx, d.id, target, {
          ...(req.options?.allowPersonalData
            ? { allowPersonalData: req.options.allowPersonalData }
            : {}),
          ...(req.options?.reason !== undefined ? { reason: req.options.reason } : {}),
          signal,
          onProgress: (rows, totalRows) => progress({ rows, totalRows }),
        });
        return {
          datasetId: d.id,
          version: made.version,
          fileName,
          bytes: made.bytes,
          sha256: made.sha256,
          files: made.files,
          ...(downloadId ? { downloadId } : { path: made.path }),
        };
      }),
    'bundle:inspect': (req) => {
      const src = resolveSource(ctx, req.source);
      return inspectBundle(ctx, src.path, src.name !== undefined ? { label: src.name } : {});
    },
    'bundle:import': (req) => {
      const src = resolveSource(ctx, req.source);
      return ctx.jobs.run('bundle', req.jobId, async (signal, progress) => {
        const res = await importBundle(ctx, src.path, {
          ...(src.name !== undefined ? { label: src.name } : {}),
          signal,
          onProgress: (p) => progress(p),
        });
        // the working table changed (as after steps): the app re-validates; the sender's report stays stored
        if (
          res.status === 'new' ||
          (res.status === 'changed' && res.version !== res.previousVersion)
        )
          await ctx.afterChange?.(res.id);
        return res;
      });
    },
  };
}
