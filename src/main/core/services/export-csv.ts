/** The CSV export of the contract (`export:csv`): the working table, for spreadsheets. */
import type { CoreContract } from '../../../shared/api/core';
import { writeCsvFile } from '../export/csv-writer';
import { recordAudit } from '../store/audit';
import { exportSourceFor } from './export-source';
import type { ServiceContext } from './context';

type Req = CoreContract['export:csv']['req'];
type Res = CoreContract['export:csv']['res'];

export async function exportCsv(ctx: ServiceContext, req: Req, signal: AbortSignal): Promise<Res> {
  const source = exportSourceFor(ctx.db, req.id, signal);
  const fileName = `${source.dataset.name}.csv`;
  let target: string;
  let downloadId: string | undefined;
  if ('path' in req.target) target = req.target.path;
  else {
    const dl = ctx.transfers.newDownload(fileName);
    target = dl.path;
    downloadId = dl.downloadId;
  }
  const summary = await writeCsvFile(
    source,
    target,
    {
      delimiter: req.options?.delimiter ?? ',',
      bom: req.options?.bom ?? false,
      neutralizeFormulas: true,
    },
    { signal },
  );
  recordAudit(ctx.db, ctx.user, 'dataset.export', req.id, {
    format: 'csv',
    target: downloadId ? 'download' : target,
    bytes: summary.bytes,
    sha256: summary.sha256,
  });
  return downloadId
    ? { downloadId, fileName, bytes: summary.bytes }
    : { path: target, fileName, bytes: summary.bytes };
}
