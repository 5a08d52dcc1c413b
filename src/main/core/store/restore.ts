/**
 * Backups and restore. Backups are made with SQLite's backup API into `<files>/backups/`
 * (before every migration, and once a day when a workspace with data is opened). A corrupt or
 * truncated workspace is recognised from its file header without reading the whole file, and
 * can be replaced by its latest (or a named) backup; the damaged file is kept aside, never
 * deleted.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { filesDirFor } from './workspace';

const MAGIC = 'SQLite format 3\0';

export interface BackupInfo {
  path: string;
  name: string;
  bytes: number;
  modifiedAt: string;
}

/** null when the header looks sound; otherwise a short reason. */
export function headerProblem(dbPath: string): string | null {
  if (!existsSync(dbPath)) return null;
  const size = statSync(dbPath).size;
  if (size === 0) return null;
  if (size < 100) return 'file shorter than a SQLite header';
  const fd = openSync(dbPath, 'r');
  try {
    const h = Buffer.alloc(100);
    readSync(fd, h, 0, 100, 0);
    if (h.subarray(0, 16).toString('latin1') !== MAGIC) return 'not a SQLite database';
    const rawPageSize = h.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return 'invalid page size';
    const changeCounter = h.readUInt32BE(24);
    const pages = h.readUInt32BE(28);
    const validFor = h.readUInt32BE(92);
    if (pages > 0 && validFor === changeCounter && size < pages * pageSize) return 'file truncated';
    return null;
  } finally {
    closeSync(fd);
  }
}

export function listBackups(dbPath: string): BackupInfo[] {
  const dir = join(filesDirFor(dbPath), 'backups');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.db'))
    .map((name) => {
      const st = statSync(join(dir, name));
      return { path: join(dir, name), name, bytes: st.size, modifiedAt: st.mtime.toISOString() };
    })
    .sort((a, b) =>
      a.modifiedAt < b.modifiedAt ? 1 : a.modifiedAt > b.modifiedAt ? -1 : a.name < b.name ? 1 : -1,
    );
}

export function corruptWorkspaceError(dbPath: string, reason: string): AppError {
  const latest = listBackups(dbPath)[0];
  const offer = latest
    ? `Pulihkan cadangan terakhir (${latest.name}) dengan: satudata restore --workspace "${dbPath}"`
    : 'Belum ada cadangan otomatis untuk ruang kerja ini.';
  const offerEn = latest
    ? `Restore the latest backup (${latest.name}) with: satudata restore --workspace "${dbPath}"`
    : 'There is no automatic backup of this workspace yet.';
  return new AppError({
    kind: 'storage',
    code: 'workspace-corrupt',
    message: `Ruang kerja ${dbPath} rusak (${reason}). ${offer}`,
    messageEn: `The workspace ${dbPath} is damaged (${reason}). ${offerEn}`,
    file: dbPath,
    details: { backups: listBackups(dbPath).map((b) => b.name) },
  });
}

function checkBackup(path: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const r = db.pragma('integrity_check', { simple: true });
    if (r !== 'ok') throw new Error(String(r));
  } catch (err) {
    throw new AppError({
      kind: 'storage',
      code: 'backup-unusable',
      message: `Cadangan ${basename(path)} tidak dapat dipakai (${err instanceof Error ? err.message : String(err)}).`,
      messageEn: `Backup ${basename(path)} cannot be used (${err instanceof Error ? err.message : String(err)}).`,
      file: path,
    });
  } finally {
    db?.close();
  }
}

/**
 * Replace the workspace with a backup: the backup is checked, copied beside the workspace and
 * renamed over it; the current file (and its WAL) is kept as `<files>/damaged/…`.
 */
export function restoreWorkspace(
  dbPath: string,
  backupName?: string,
): { restoredFrom: string; keptAs: string | null } {
  const backups = listBackups(dbPath);
  const chosen = backupName
    ? backups.find((b) => b.name === backupName || b.path === backupName)
    : backups[0];
  if (!chosen) {
    throw new AppError({
      kind: 'not-found',
      code: 'backup-not-found',
      message: backupName
        ? `Cadangan ${backupName} tidak ada. Cadangan yang ada: ${backups.map((b) => b.name).join(', ') || '(tidak ada)'}.`
        : `Tidak ada cadangan untuk ruang kerja ${dbPath}.`,
      messageEn: backupName
        ? `Backup ${backupName} does not exist. Available: ${backups.map((b) => b.name).join(', ') || '(none)'}.`
        : `There is no backup of the workspace ${dbPath}.`,
    });
  }
  checkBackup(chosen.path);
  let keptAs: string | null = null;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  if (existsSync(dbPath)) {
    const damagedDir = join(filesDirFor(dbPath), 'damaged');
    mkdirSync(damagedDir, { recursive: true });
    keptAs = join(damagedDir, `${basename(dbPath)}.${stamp}`);
    copyFileSync(dbPath, keptAs + '.tmp', 0);
    renameSync(keptAs + '.tmp', keptAs);
  }
  const tmp = join(dirname(dbPath), `.${basename(dbPath)}.restore-${stamp}.tmp`);
  copyFileSync(chosen.path, tmp);
  for (const suffix of ['-wal', '-shm']) {
    const side = dbPath + suffix;
    if (existsSync(side)) {
      if (keptAs) copyFileSync(side, keptAs + suffix);
      rmSync(side, { force: true });
    }
  }
  renameSync(tmp, dbPath);
  return { restoredFrom: chosen.name, keptAs };
}
