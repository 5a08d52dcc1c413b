/** Contract area: app info, datasets (inspect, import, grid pages, profiles, delete), CSV export, jobs. */
import type { CoreContract } from '../../../shared/api/core';
import type { FileRef } from '../../../shared/api/core';
import { APP_VERSION } from '../version';
import {
  getColumns,
  getDatasetRecord,
  listDatasetRecords,
  toDataset,
  toSummary,
} from '../store/datasets';
import { columnTypesOf, needsColumnTypes, pageRows, profileColumn } from '../store/rows';
import { dropRawTable } from '../store/raw-table';
import { currentTable, dropTable, listVersions, tableAt } from '../store/working-table';
import { recordAudit } from '../store/audit';
import { importFile, inspectFile } from '../ingest/import-file';
import type { AreaHandlers, ServiceContext } from './context';

export function resolveSource(ctx: ServiceContext, ref: FileRef): { path: string; name?: string } {
  if ('path' in ref) return { path: ref.path };
  const f = ctx.transfers.upload(ref.uploadId);
  return { path: f.path, name: f.name };
}

export function createDatasetHandlers(ctx: ServiceContext): AreaHandlers<keyof CoreContract> {
  const { db, user, jobs } = ctx;
  return {
    'app:info': () =>
      Promise.resolve({ version: APP_VERSION, workspacePath: ctx.ws.path, user, host: ctx.host }),
    'datasets:list': () =>
      Promise.resolve(
        listDatasetRecords(db).map((d) => {
          // rows and columns of the working table (after steps), not of the import
          const t = currentTable(db, d.id);
          return { ...toSummary(d), rows: t.rowCount, columns: t.columns.length };
        }),
      ),
    'datasets:get': (req) => {
      const d = getDatasetRecord(db, req.id);
      const ds = toDataset(d, getColumns(db, d.id));
      const t = currentTable(db, d.id);
      if (t.version !== 1) {
        // after steps the grid shows the working table's columns and rows
        ds.rows = t.rowCount;
        ds.columns = t.columns.length;
        ds.columnList = t.columns.map((c, index) => ({ index, label: c.label, name: c.name }));
      }
      return Promise.resolve(ds);
    },
    'datasets:inspect': (req) => {
      const src = resolveSource(ctx, req.source);
      return inspectFile(src.path, src.name, req.options ?? {}, req.rows ?? 20);
    },
    'datasets:import': (req) => {
      const src = resolveSource(ctx, req.source);
      return jobs.run('import', req.jobId, (signal, progress) =>
        importFile(ctx.ws, src.path, src.name, req.options ?? {}, {
          signal,
          user,
          onProgress: (p) => progress({ bytes: p.bytes, totalBytes: p.totalBytes, rows: p.rows }),
        }),
      );
    },
    'datasets:rows': (req) => {
      const t = currentTable(db, req.id);
      return Promise.resolve(
        pageRows(db, t, req, needsColumnTypes(req) ? columnTypesOf(db, t) : []),
      );
    },
    'datasets:profile': (req) => {
      const t = currentTable(db, req.id);
      return Promise.resolve(profileColumn(db, t, req.column, columnTypesOf(db, t)));
    },
    'datasets:delete': (req) => {
      const d = getDatasetRecord(db, req.id);
      const tables = listVersions(db, d.id).map((v) => tableAt(db, d.id, v.version));
      db.transaction(() => {
        db.prepare('DELETE FROM datasets WHERE id = ?').run(d.id);
        for (const t of tables) dropTable(db, t);
        dropRawTable(db, d.seq);
        recordAudit(db, user, 'dataset.delete', d.id, { name: d.name, file: d.fileName });
      })();
      return Promise.resolve({ deleted: true });
    },
    'jobs:cancel': (req) => Promise.resolve({ cancelled: jobs.cancel(req.jobId) }),
  };
}
