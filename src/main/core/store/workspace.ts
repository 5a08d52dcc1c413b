/**
 * Opening a workspace: one SQLite file (WAL, foreign keys on), numbered migrations applied
 * in one transaction against PRAGMA user_version, a backup before every migration of an
 * existing workspace, and a refusal to touch a workspace newer than this code.
 * Files that belong to the workspace (original bytes, backups) live in `<db>.files/` beside it.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { homedir } from 'node:os';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { MIGRATIONS } from './migrations';
import { corruptWorkspaceError, headerProblem, listBackups } from './restore';

export type Db = Database.Database;

/** Page size of new workspaces (SQLite's default is 4096). */
export const PAGE_SIZE = 16_384;

export interface Workspace {
  readonly path: string;
  /** folder beside the database for blobs, backups and caches */
  readonly filesDir: string;
  readonly db: Db;
  close(): void;
}

export function defaultWorkspacePath(): string {
  return join(homedir(), '.satudata', 'workspace.db');
}

export function filesDirFor(dbPath: string): string {
  return join(dirname(dbPath), `${basename(dbPath)}.files`);
}

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

function storageError(code: string, message: string, messageEn: string, file: string): AppError {
  return new AppError({ kind: 'storage', code, message, messageEn, file });
}

/** Apply pending migrations in one transaction; returns the versions applied. */
export function migrate(db: Db): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw storageError(
      'workspace-too-new',
      `Ruang kerja ini dibuat oleh versi Satu Data Workbench yang lebih baru (skema ${current}, versi ini mengenal ${LATEST_VERSION}). Perbarui aplikasi; ruang kerja tidak diubah.`,
      `This workspace was created by a newer Satu Data Workbench (schema ${current}, this version knows ${LATEST_VERSION}). Update the application; the workspace was not changed.`,
      db.name,
    );
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  const apply = db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  apply();
  return pending.map((m) => m.version);
}

function pendingMigrations(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  return MIGRATIONS.filter((m) => m.version > current).length;
}

/** Copy the database with SQLite's backup API into `<files>/backups/`. */
export async function backupWorkspace(ws: Workspace, reason: string): Promise<string> {
  const dir = join(ws.filesDir, 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const version = ws.db.pragma('user_version', { simple: true }) as number;
  const target = join(dir, `workspace-${stamp}-v${version}-${reason}.db`);
  // Copy under a name listBackups ignores, then rename: a process killed mid-copy must not
  // leave an empty or partial file that `satudata restore` would take as the newest backup.
  const tmp = `${target}.tmp`;
  try {
    await ws.db.backup(tmp);
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}-journal`, { force: true });
  }
  return target;
}

/** Backups kept per workspace (the oldest beyond this are removed). */
export const KEEP_BACKUPS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Once a day, a workspace that holds datasets is backed up when it is opened. */
async function dailyBackup(ws: Workspace): Promise<void> {
  const hasData = ws.db.prepare('SELECT 1 FROM datasets LIMIT 1').get() !== undefined;
  if (!hasData) return;
  const backups = listBackups(ws.path);
  const latest = backups[0];
  if (latest && Date.now() - Date.parse(latest.modifiedAt) < DAY_MS) return;
  await backupWorkspace(ws, 'daily');
  for (const old of listBackups(ws.path).slice(KEEP_BACKUPS)) rmSync(old.path, { force: true });
}

/**
 * Open (creating if needed) and migrate a workspace. An existing workspace is backed up
 * before a migration changes it.
 */
export async function openWorkspace(path: string): Promise<Workspace> {
  const dbPath = resolve(path);
  if (existsSync(dbPath) && statSync(dbPath).isDirectory()) {
    throw storageError(
      'workspace-is-directory',
      `Lokasi ruang kerja ${dbPath} adalah folder, bukan berkas. Pilih nama berkas, misalnya ${join(dbPath, 'workspace.db')}.`,
      `The workspace location ${dbPath} is a folder, not a file. Choose a file name, e.g. ${join(dbPath, 'workspace.db')}.`,
      dbPath,
    );
  }
  const existed = existsSync(dbPath) && statSync(dbPath).size > 0;
  const damage = headerProblem(dbPath);
  if (damage) throw corruptWorkspaceError(dbPath, damage);
  mkdirSync(dirname(dbPath), { recursive: true });
  let db: Db | null = null;
  try {
    db = new Database(dbPath);
    // 16 KiB pages for a new workspace (tables of a million rows insert and scan faster);
    // an existing file keeps its page size.
    if (!existed) db.pragma(`page_size = ${PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // Touch the schema so that a corrupt or foreign file fails here, not later.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    // never leave the damaged file open: a restore must be able to replace it
    if (db?.open) db.close();
    const text = err instanceof Error ? err.message : String(err);
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB')
      throw corruptWorkspaceError(dbPath, text);
    throw storageError(
      'workspace-unreadable',
      `Ruang kerja ${dbPath} tidak dapat dibuka (${text}). Berkas mungkin rusak atau bukan ruang kerja; pulihkan cadangan terakhir dengan "satudata restore".`,
      `The workspace ${dbPath} cannot be opened (${text}). The file may be corrupt or not a workspace; restore the latest backup with "satudata restore".`,
      dbPath,
    );
  }
  const ws: Workspace = {
    path: dbPath,
    filesDir: filesDirFor(dbPath),
    db,
    close: () => {
      if (db.open) db.close();
    },
  };
  try {
    if (existed && pendingMigrations(db) > 0) await backupWorkspace(ws, 'before-migration');
    migrate(db);
    if (existed) await dailyBackup(ws);
  } catch (err) {
    ws.close();
    if (err instanceof AppError) throw err;
    const text = err instanceof Error ? err.message : String(err);
    throw storageError(
      'workspace-migration-failed',
      `Ruang kerja ${dbPath} tidak dapat diperbarui (${text}). Ruang kerja tidak diubah.`,
      `The workspace ${dbPath} could not be upgraded (${text}). The workspace was not changed.`,
      dbPath,
    );
  }
  return ws;
}
