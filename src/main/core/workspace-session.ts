/**
 * What the app hosts (desktop IPC, browser mode) serve: the open workbench, or — when the
 * workspace file is corrupt or truncated — a recovery state in front of it. In recovery only
 * `workspace:status` and `workspace:restore` work (services/workspace-handlers.ts); every
 * other call answers with the `workspace-corrupt` error. A successful restore opens the
 * workspace, and from then on every call goes to the workbench as usual.
 */
import { resolve } from 'node:path';
import type { ContractKey, JobProgress, Req, Res, Result } from '../../shared/contract';
import { AppError, toAppErrorData, type AppErrorData } from '../../shared/errors';
import { checkRequest } from './boundary';
import type { Transfers } from './services/transfers';
import { createRecoveryHandlers, isCorruptWorkspace } from './services/workspace-handlers';
import { createWorkbench, type Workbench, type WorkbenchOptions } from './workbench';

export interface WorkspaceSession {
  readonly state: 'ok' | 'corrupt';
  readonly workspacePath: string;
  /** null while the workspace is damaged */
  readonly workbench: Workbench | null;
  /** the open workbench's uploads and downloads (browser mode); null in recovery */
  readonly transfers: Transfers | null;
  /** why the workspace could not be opened; null once it is open */
  readonly damage: AppErrorData | null;
  /** validate, run, wrap — like Workbench.call, in either state */
  call<K extends ContractKey>(key: K, req: unknown): Promise<Result<Res<K>>>;
  /** job progress of whichever workbench is open (also one opened after a restore) */
  onProgress(listener: (p: JobProgress) => void): () => void;
  /** called when the workspace opens after a restore */
  onOpened(listener: (wb: Workbench) => void): () => void;
  close(): void;
}

export interface SessionOptions extends WorkbenchOptions {
  /** how to open the workspace (tests); default createWorkbench */
  open?: (opts: WorkbenchOptions) => Promise<Workbench>;
}

/**
 * Open the workspace. A corrupt or truncated file gives a session in recovery instead of an
 * error; any other failure (a folder, a workspace newer than this app…) is thrown as before.
 */
export async function openWorkspaceSession(opts: SessionOptions): Promise<WorkspaceSession> {
  const { open = createWorkbench, ...wbOptions } = opts;
  const workspacePath = resolve(opts.workspacePath);
  let workbench: Workbench | null = null;
  let damage: AppErrorData | null = null;
  let offProgress: (() => void) | null = null;
  const progressListeners = new Set<(p: JobProgress) => void>();
  const openedListeners = new Set<(wb: Workbench) => void>();

  function adopt(wb: Workbench): void {
    workbench = wb;
    damage = null;
    offProgress = wb.onProgress((p) => {
      for (const l of progressListeners) l(p);
    });
  }

  try {
    adopt(await open(wbOptions));
  } catch (err) {
    if (!isCorruptWorkspace(err)) throw err;
    damage = toAppErrorData(err);
  }

  const recovery = createRecoveryHandlers({
    workspacePath,
    get damage(): AppErrorData {
      return damage ?? toAppErrorData(new Error('workspace open'));
    },
    async reopen() {
      let wb: Workbench;
      try {
        wb = await open(wbOptions);
      } catch (err) {
        // the backup passed its integrity check, so this is rare: stay in recovery
        if (isCorruptWorkspace(err)) damage = toAppErrorData(err);
        throw err;
      }
      adopt(wb);
      for (const l of openedListeners) l(wb);
    },
  });

  async function recoveryCall(key: ContractKey, req: unknown): Promise<unknown> {
    checkRequest(key, req);
    if (key === 'workspace:status') return recovery['workspace:status'](req as Req<typeof key>);
    if (key === 'workspace:restore') return recovery['workspace:restore'](req as Req<typeof key>);
    throw new AppError(
      damage ?? {
        kind: 'storage',
        code: 'workspace-corrupt',
        message: `Ruang kerja ${workspacePath} rusak.`,
        messageEn: `The workspace ${workspacePath} is damaged.`,
      },
    );
  }

  return {
    get state() {
      return workbench ? 'ok' : 'corrupt';
    },
    workspacePath,
    get workbench() {
      return workbench;
    },
    get transfers() {
      return workbench?.transfers ?? null;
    },
    get damage() {
      return damage;
    },
    async call<K extends ContractKey>(key: K, req: unknown): Promise<Result<Res<K>>> {
      if (workbench) return workbench.call(key, req);
      try {
        return { ok: true, value: (await recoveryCall(key, req)) as Res<K> };
      } catch (err) {
        return { ok: false, error: toAppErrorData(err) };
      }
    },
    onProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    onOpened(listener) {
      openedListeners.add(listener);
      return () => openedListeners.delete(listener);
    },
    close() {
      offProgress?.();
      offProgress = null;
      workbench?.close();
      workbench = null;
    },
  };
}
