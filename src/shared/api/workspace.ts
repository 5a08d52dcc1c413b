/**
 * Contract part: the workspace file itself — whether it opened, its automatic backups, and
 * restoring one when the file is damaged. When the workspace cannot be opened (corrupt or
 * truncated) the hosts still serve these two calls ("recovery"), and every other call answers
 * with the `workspace-corrupt` error.
 */

export interface WorkspaceBackup {
  /** file name inside `<workspace>.files/backups/` */
  name: string;
  bytes: number;
  /** ISO time the backup was written */
  modifiedAt: string;
}

export interface WorkspaceStatus {
  /** 'corrupt': the file could not be opened; only the workspace:* calls work */
  state: 'ok' | 'corrupt';
  path: string;
  /** why it could not be opened (state 'corrupt'), Indonesian and English */
  message?: string;
  messageEn?: string;
  /** newest first */
  backups: WorkspaceBackup[];
  /** the same restore from a terminal */
  restoreCommand: string;
}

export interface WorkspaceRestoreResult {
  /** name of the backup that now is the workspace */
  restoredFrom: string;
  /** where the damaged file was kept (never deleted) */
  keptAs: string | null;
  status: WorkspaceStatus;
}

export interface WorkspaceContract {
  'workspace:status': { req: Record<string, never>; res: WorkspaceStatus };
  /** only while the workspace is damaged: the latest (or the named) backup replaces it */
  'workspace:restore': { req: { backup?: string }; res: WorkspaceRestoreResult };
}

export const WORKSPACE_SCHEMAS: Record<keyof WorkspaceContract, object> = {
  'workspace:status': { type: 'object', additionalProperties: false, properties: {} },
  'workspace:restore': {
    type: 'object',
    additionalProperties: false,
    properties: {
      // a backup's file name as listed by workspace:status, never a path
      backup: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[^/\\\\]+$' },
    },
  },
};
