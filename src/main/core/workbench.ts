/**
 * createWorkbench builds the core services once and returns an object that implements the
 * contract. Hosts (Electron IPC, HTTP server, CLI) only call `call()` / `invoke()`; no service
 * knows which host it runs under.
 */
import { userInfo } from 'node:os';
import type { ContractKey, JobProgress, Req, Res, Result } from '../../shared/contract';
import { AppError, toAppErrorData } from '../../shared/errors';
import type { FileRef } from '../../shared/api/core';
import { checkRequest } from './boundary';
import { APP_VERSION } from './version';
import { Jobs } from './jobs/jobs';
import { openWorkspace, type Db, type Workspace } from './store/workspace';
import {
  getColumns,
  getDatasetRecord,
  listDatasetRecords,
  toDataset,
  toSummary,
} from './store/datasets';
import { iterateRows, pageRows } from './store/rows';
import { dropRawTable } from './store/raw-table';
import { recordAudit } from './store/audit';
import { importFile, inspectFile } from './ingest/import-file';
import { Transfers } from './services/transfers';
import { writeCsvFile } from './services/export-csv';

export interface Workbench {
  /** Validate `req` against the contract schema, run the handler, wrap the result. */
  call<K extends ContractKey>(key: K, req: unknown): Promise<Result<Res<K>>>;
  /** Same as call, but throws AppError on failure (for the CLI and tests). */
  invoke<K extends ContractKey>(key: K, req: Req<K>): Promise<Res<K>>;
  onProgress(listener: (p: JobProgress) => void): () => void;
  readonly workspacePath: string;
  /** the workspace connection (for stores of other areas: metadata, validation runs…) */
  readonly db: Db;
  /** folder beside the workspace for blobs, backups and caches */
  readonly filesDir: string;
  /** where the reference store is cached */
  readonly referenceDir: string;
  readonly user: string;
  readonly transfers: Transfers;
  close(): void;
}

export interface WorkbenchOptions {
  workspacePath: string;
  host: 'desktop' | 'browser' | 'cli';
  /** the user profile recorded in the audit log; default: the OS user name */
  user?: string;
  /** where the reference store is cached; default: `<files>/reference` */
  referenceDir?: string;
}

type Handlers = { [K in ContractKey]: (req: Req<K>) => Promise<Res<K>> };

function defaultUser(): string {
  try {
    return userInfo().username || 'pengguna';
  } catch {
    return 'pengguna';
  }
}

export async function createWorkbench(opts: WorkbenchOptions): Promise<Workbench> {
  const ws: Workspace = await openWorkspace(opts.workspacePath);
  const user = opts.user ?? defaultUser();
  const jobs = new Jobs();
  const transfers = new Transfers(ws.filesDir);
  const referenceDir = opts.referenceDir ?? `${ws.filesDir}/reference`;

  const resolveSource = (ref: FileRef): { path: string; name?: string } => {
    if ('path' in ref) return { path: ref.path };
    const f = transfers.upload(ref.uploadId);
    return { path: f.path, name: f.name };
  };

  const handlers: Handlers = {
    'app:info': () =>
      Promise.resolve({ version: APP_VERSION, workspacePath: ws.path, user, host: opts.host }),
    'datasets:list': () => Promise.resolve(listDatasetRecords(ws.db).map(toSummary)),
    'datasets:get': (req) => {
      const d = getDatasetRecord(ws.db, req.id);
      return Promise.resolve(toDataset(d, getColumns(ws.db, d.id)));
    },
    'datasets:inspect': (req) => {
      const src = resolveSource(req.source);
      return inspectFile(src.path, src.name, req.options ?? {}, req.rows ?? 20);
    },
    'datasets:import': (req) => {
      const src = resolveSource(req.source);
      return jobs.run('import', req.jobId, (signal, progress) =>
        importFile(ws, src.path, src.name, req.options ?? {}, {
          signal,
          user,
          onProgress: (p) => progress({ bytes: p.bytes, totalBytes: p.totalBytes, rows: p.rows }),
        }),
      );
    },
    'datasets:rows': (req) => {
      const d = getDatasetRecord(ws.db, req.id);
      return Promise.resolve(pageRows(ws.db, d.seq, d.columnCount, req));
    },
    'datasets:delete': (req) => {
      const d = getDatasetRecord(ws.db, req.id);
      ws.db.transaction(() => {
        ws.db.prepare('DELETE FROM datasets WHERE id = ?').run(d.id);
        dropRawTable(ws.db, d.seq);
        recordAudit(ws.db, user, 'dataset.delete', d.id, { name: d.name, file: d.fileName });
      })();
      return Promise.resolve({ deleted: true });
    },
    'export:csv': (req) =>
      jobs.run('export', req.jobId, async () => {
        const d = getDatasetRecord(ws.db, req.id);
        const columns = getColumns(ws.db, d.id);
        const fileName = `${d.name}.csv`;
        let target: string;
        let downloadId: string | undefined;
        if ('path' in req.target) target = req.target.path;
        else {
          const dl = transfers.newDownload(fileName);
          target = dl.path;
          downloadId = dl.downloadId;
        }
        const bytes = await writeCsvFile(
          target,
          columns,
          iterateRows(ws.db, d.seq, d.columnCount),
          { ...req.options, neutralize: true, fileLabel: fileName },
        );
        recordAudit(ws.db, user, 'dataset.export', d.id, {
          format: 'csv',
          target: downloadId ? 'download' : target,
          bytes,
        });
        return downloadId ? { downloadId, fileName, bytes } : { path: target, fileName, bytes };
      }),
    'jobs:cancel': (req) => Promise.resolve({ cancelled: jobs.cancel(req.jobId) }),
  };

  async function invoke<K extends ContractKey>(key: K, req: Req<K>): Promise<Res<K>> {
    checkRequest(key, req);
    const handler = handlers[key] as (r: Req<K>) => Promise<Res<K>>;
    return handler(req);
  }

  return {
    async call<K extends ContractKey>(key: K, req: unknown): Promise<Result<Res<K>>> {
      try {
        return { ok: true, value: await invoke(key, req as Req<K>) };
      } catch (err) {
        return { ok: false, error: toAppErrorData(err) };
      }
    },
    invoke,
    onProgress: (l) => jobs.subscribe(l),
    workspacePath: ws.path,
    db: ws.db,
    filesDir: ws.filesDir,
    referenceDir,
    user,
    transfers,
    close: () => {
      transfers.clear();
      ws.close();
    },
  };
}

export { AppError };
