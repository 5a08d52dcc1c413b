/**
 * createWorkbench builds the core services once and returns an object that implements the
 * contract. Hosts (Electron IPC, HTTP server, CLI) only call `call()` / `invoke()`; no service
 * knows which host it runs under. Each contract area contributes its handlers
 * (services/<area>-handlers.ts); this file only merges them.
 */
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { ContractKey, JobProgress, Req, Res, Result } from '../../shared/contract';
import { toAppErrorData } from '../../shared/errors';
import { checkRequest } from './boundary';
import { Jobs } from './jobs/jobs';
import { openWorkspace, type Db } from './store/workspace';
import { Transfers } from './services/transfers';
import type { ServiceContext } from './services/context';
import { createDatasetHandlers } from './services/dataset-handlers';

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
  /** the services' shared context (for CLI commands that work below the contract) */
  readonly context: ServiceContext;
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
  const ws = await openWorkspace(opts.workspacePath);
  const ctx: ServiceContext = {
    ws,
    db: ws.db,
    user: opts.user ?? defaultUser(),
    jobs: new Jobs(),
    transfers: new Transfers(ws.filesDir),
    referenceDir: opts.referenceDir ?? join(ws.filesDir, 'reference'),
    host: opts.host,
  };

  const handlers: Handlers = {
    ...createDatasetHandlers(ctx),
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
    onProgress: (l) => ctx.jobs.subscribe(l),
    workspacePath: ws.path,
    db: ws.db,
    filesDir: ws.filesDir,
    referenceDir: ctx.referenceDir,
    user: ctx.user,
    transfers: ctx.transfers,
    context: ctx,
    close: () => {
      ctx.transfers.clear();
      ws.close();
    },
  };
}
