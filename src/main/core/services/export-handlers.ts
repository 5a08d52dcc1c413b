/** Contract area: exports of a dataset in every format, written atomically. */
import type { ExportContract } from '../../../shared/api/export';
import { exportFormatInfo } from '../../../shared/model/export';
import { MetadataStore } from '../metadata';
import { recordAudit } from '../store/audit';
import { exportSourceFor } from './export-source';
import { checkPersonalDataGate } from './privacy-gate';
import type { AreaHandlers, ServiceContext } from './context';

type Req = ExportContract['export:dataset']['req'];

function fileNameFor(name: string, format: Req['format'], download: boolean): string {
  const info = exportFormatInfo(format);
  if (format === 'datapackage') return download ? `${name}-datapackage.zip` : `${name}-datapackage`;
  const suffix: Partial<Record<Req['format'], string>> = {
    ckan: '-ckan',
    dcat: '-dcat',
    'dcat-ttl': '-dcat',
    schemaorg: '-schemaorg',
    pod: '-data',
  };
  return `${name}${suffix[format] ?? ''}${info.extension}`;
}

export function createExportHandlers(ctx: ServiceContext): AreaHandlers<keyof ExportContract> {
  return {
    'export:dataset': (req) =>
      ctx.jobs.run('export', req.jobId, async (signal, progress) => {
        const allowed = await checkPersonalDataGate(
          ctx,
          req.id,
          req.options?.allowPersonalData,
          req.options?.reason,
          'export',
        );
        const source = exportSourceFor(ctx.db, req.id, signal);
        const current = new MetadataStore(ctx.db).current(req.id);
        if (current) source.metadata = current.doc;
        const download = !('path' in req.target);
        const fileName = fileNameFor(source.dataset.name, req.format, download);
        let target: string;
        let downloadId: string | undefined;
        if ('path' in req.target) target = req.target.path;
        else {
          const dl = ctx.transfers.newDownload(fileName);
          target = dl.path;
          downloadId = dl.downloadId;
        }
        // the exporters pull in ExcelJS, n3 and zip code: load them only when exporting
        const { exportDataset } = await import('../export/formats');
        const result = await exportDataset(req.format, source, target, {
          signal,
          onProgress: (rows) => progress({ rows, totalRows: source.dataset.rowCount }),
          lookupRegion: (code, system) =>
            system === 'kemendagri' ? ctx.reference().byCode(code) : undefined,
          csv: {
            delimiter: req.options?.delimiter ?? ',',
            bom: req.options?.bom ?? false,
            neutralizeFormulas: true,
          },
        });
        recordAudit(ctx.db, ctx.user, 'dataset.export', req.id, {
          format: req.format,
          target: downloadId ? 'download' : target,
          bytes: result.bytes,
          ...(result.sha256 ? { sha256: result.sha256 } : {}),
          ...(allowed.length > 0
            ? { allowPersonalData: allowed, reason: req.options?.reason }
            : {}),
        });
        return {
          format: req.format,
          fileName,
          bytes: result.bytes,
          rows: result.rows,
          warnings: result.warnings,
          ...(downloadId ? { downloadId } : { path: result.path }),
        };
      }),
  };
}
