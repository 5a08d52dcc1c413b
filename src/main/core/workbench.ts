/**
 * createWorkbench builds the core services once and returns an object that implements the
 * contract. Hosts (Electron IPC, HTTP server, CLI) only call `call()` / `invoke()`; no service
 * knows which host it runs under. Each contract area contributes its handlers
 * (services/<area>-handlers.ts); this file only merges them.
 */
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { ContractKey, JobProgress, Req, Res, Result } from '../../shared/contract';
import { toAppErrorData } from '../../shared/errors';
import { checkRequest } from './boundary';
import { Jobs } from './jobs/jobs';
import { openWorkspace, type Db } from './store/workspace';
import { Transfers } from './services/transfers';
import type { ServiceContext } from './services/context';
import { createDatasetHandlers } from './services/dataset-handlers';
import { createMetadataHandlers } from './services/metadata-handlers';
import { createReferenceHandlers } from './services/reference-handlers';
import { createExportHandlers } from './services/export-handlers';
import { createValidationHandlers, validateDatasetJob } from './services/validation-handlers';
import { createCatalogHandlers } from './services/catalog-handlers';
import { regionsForSteps } from './services/region-adapters';
import { createCleanHandlers } from './services/clean-handlers';
import { createBundleHandlers } from './services/bundle-handlers';
import { createWorkspaceHandlers } from './services/workspace-handlers';
import { openReferenceStore, type ReferenceStore } from './reference/reference-store';

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
  /** the Kemendagri reference store, opened on first use and shared by every area */
  readonly referenceStore: ReferenceStore;
  /** the services' shared context (for CLI commands that work below the contract) */
  readonly context: ServiceContext;
  close(): void;
}

export interface WorkbenchOptions {
  workspacePath: string;
  host: 'desktop' | 'browser' | 'cli';
  /** the user profile recorded in the audit log; default: the OS user name */
  user?: string;
  /** where the reference store is cached; default: `~/.satudata/reference` (shared) */
  referenceDir?: string;
}

type Handlers = { [K in ContractKey]: (req: Req<K>) => Promise<Res<K>> };

/** The reference store is shared by every workspace of the user: built once, not per workspace. */
export function defaultReferenceDir(): string {
  return process.env['SATUDATA_REFERENCE_DIR'] ?? join(homedir(), '.satudata', 'reference');
}

function defaultUser(): string {
  try {
    return userInfo().username || 'pengguna';
  } catch {
    return 'pengguna';
  }
}

export async function createWorkbench(opts: WorkbenchOptions): Promise<Workbench> {
  const ws = await openWorkspace(opts.workspacePath);
  const referenceDir = opts.referenceDir ?? defaultReferenceDir();
  let referenceStore: ReferenceStore | null = null;
  const ctx: ServiceContext = {
    ws,
    db: ws.db,
    user: opts.user ?? defaultUser(),
    jobs: new Jobs(),
    transfers: new Transfers(ws.filesDir),
    referenceDir,
    reference: () => (referenceStore ??= openReferenceStore({ dir: referenceDir })),
    host: opts.host,
    get regions() {
      return regionsForSteps(ctx.reference());
    },
  };
  if (opts.host !== 'cli') {
    // in the app, validation re-runs after every change of the working table, as a job in a
    // worker thread (progress on the jobs stream, cancel by job id)
    ctx.afterChange = async (datasetId) => {
      await validateDatasetJob(ctx, datasetId);
    };
  }

  const handlers: Handlers = {
    ...createDatasetHandlers(ctx),
    ...createMetadataHandlers(ctx),
    ...createReferenceHandlers(ctx),
    ...createExportHandlers(ctx),
    ...createValidationHandlers(ctx),
    ...createCatalogHandlers(ctx),
    ...createCleanHandlers(ctx),
    ...createBundleHandlers(ctx),
    ...createWorkspaceHandlers(ctx),
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
    get referenceStore() {
      return ctx.reference();
    },
    context: ctx,
    close: () => {
      ctx.transfers.clear();
      referenceStore?.close();
      ws.close();
    },
  };
}
