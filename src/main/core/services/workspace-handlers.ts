/**
 * Contract area: the workspace file — its state, its automatic backups, and restoring one.
 *
 * Two sets of handlers. In the open app (`createWorkspaceHandlers`) `workspace:status` answers
 * 'ok' with the backups and `workspace:restore` is refused: the file is in use, and
 * `satudata restore` does it with the app closed. When opening failed because the file is
 * corrupt or truncated, the recovery handlers (`createRecoveryHandlers`, served by
 * ../workspace-session.ts) explain the damage, list the backups and put the latest (or a
 * chosen) backup in place through `restoreWorkspace`, after which the session opens the
 * workspace normally.
 */
import type {
  WorkspaceContract,
  WorkspaceRestoreResult,
  WorkspaceStatus,
} from '../../../shared/api/workspace';
import { AppError, type AppErrorData } from '../../../shared/errors';
import { listBackups, restoreWorkspace } from '../store/restore';
import type { AreaHandlers, ServiceContext } from './context';

/** The terminal command that does the same restore (shown in the app beside the button). */
export function restoreCommandFor(workspacePath: string): string {
  return `satudata restore --workspace "${workspacePath}"`;
}

export function workspaceStatus(
  workspacePath: string,
  damage: AppErrorData | null,
): WorkspaceStatus {
  return {
    state: damage ? 'corrupt' : 'ok',
    path: workspacePath,
    ...(damage ? { message: damage.message, messageEn: damage.messageEn } : {}),
    backups: listBackups(workspacePath).map((b) => ({
      name: b.name,
      bytes: b.bytes,
      modifiedAt: b.modifiedAt,
    })),
    restoreCommand: restoreCommandFor(workspacePath),
  };
}

/** True for the error openWorkspace gives a corrupt or truncated file (a restore can help). */
export function isCorruptWorkspace(err: unknown): boolean {
  return err instanceof AppError && err.code === 'workspace-corrupt';
}

/** The open workspace's handlers (merged into the workbench like every other area). */
export function createWorkspaceHandlers(
  ctx: ServiceContext,
): AreaHandlers<keyof WorkspaceContract> {
  return {
    'workspace:status': () => Promise.resolve(workspaceStatus(ctx.ws.path, null)),
    'workspace:restore': () =>
      Promise.reject(
        new AppError({
          kind: 'refused',
          code: 'workspace-in-use',
          message: `Ruang kerja ${ctx.ws.path} terbuka dan tidak rusak, jadi tidak dipulihkan dari cadangan. Untuk kembali ke cadangan, tutup aplikasi lalu jalankan: ${restoreCommandFor(ctx.ws.path)}`,
          messageEn: `The workspace ${ctx.ws.path} is open and not damaged, so it is not restored from a backup. To go back to a backup, close the app and run: ${restoreCommandFor(ctx.ws.path)}`,
        }),
      ),
  };
}

export interface RecoveryTarget {
  /** the damaged workspace file (absolute) */
  workspacePath: string;
  /** the error opening it gave */
  damage: AppErrorData;
  /** open the workspace after the restore; throws when it still cannot be opened */
  reopen(): Promise<void>;
}

/** The handlers served while the workspace is damaged. */
export function createRecoveryHandlers(
  target: RecoveryTarget,
): AreaHandlers<keyof WorkspaceContract> {
  let restoring = false;
  return {
    'workspace:status': () => Promise.resolve(workspaceStatus(target.workspacePath, target.damage)),
    'workspace:restore': async (req): Promise<WorkspaceRestoreResult> => {
      if (restoring) {
        throw new AppError({
          kind: 'refused',
          code: 'restore-in-progress',
          message: 'Pemulihan sedang berjalan; tunggu sampai selesai.',
          messageEn: 'A restore is already running; wait until it finishes.',
        });
      }
      restoring = true;
      try {
        const r = restoreWorkspace(target.workspacePath, req.backup);
        await target.reopen();
        return { ...r, status: workspaceStatus(target.workspacePath, null) };
      } finally {
        restoring = false;
      }
    },
  };
}
