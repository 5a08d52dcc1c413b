// The workspace area: status and restore in the open app, and the recovery state a session
// enters when the workspace file is truncated (the same path the desktop shell and browser
// mode serve). The workspace is made damaged as tests/unit/store/workspace.test.ts does it:
// a backup is taken, then the file is cut in half.
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContractKey, Res, Result } from '../../../src/shared/contract';
import type { AppErrorData } from '../../../src/shared/errors';
import { createWorkbench } from '../../../src/main/core/workbench';
import {
  openWorkspaceSession,
  type WorkspaceSession,
} from '../../../src/main/core/workspace-session';
import { listBackups } from '../../../src/main/core/store/restore';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup.splice(0).reverse()) f();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdw-recovery-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function session(path: string): Promise<WorkspaceSession> {
  const s = await openWorkspaceSession({ workspacePath: path, host: 'browser', user: 'uji' });
  cleanup.push(() => s.close());
  return s;
}

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`call failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

function error(r: Result<unknown>): AppErrorData {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return r.error;
}

async function call<K extends ContractKey>(
  s: WorkspaceSession,
  key: K,
  req: unknown,
): Promise<Result<Res<K>>> {
  return s.call(key, req);
}

/** A workspace with one dataset of `rows` rows and its daily backup (taken on the second open). */
async function workspaceWithData(dir: string, rows: number): Promise<string> {
  const path = join(dir, 'ws.db');
  const csv = join(dir, 'penduduk.csv');
  writeFileSync(
    csv,
    'kecamatan,jumlah\n' +
      Array.from({ length: rows }, (_, i) => `Kec ${i + 1},${i * 10}`).join('\n') +
      '\n',
  );
  const wb = await createWorkbench({ workspacePath: path, host: 'cli', user: 'uji' });
  await wb.invoke('datasets:import', { source: { path: csv } });
  wb.close();
  // opening a workspace with data and no backup takes the daily backup
  (await createWorkbench({ workspacePath: path, host: 'cli', user: 'uji' })).close();
  expect(listBackups(path)).toHaveLength(1);
  return path;
}

function truncateHalf(path: string): number {
  const size = Math.floor(statSync(path).size / 2);
  truncateSync(path, size);
  return size;
}

/** Damages page 1 behind an intact header (a torn write): only opening the schema finds it. */
function damageFirstPage(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(4000, 0x5a), 0, 4000, 100);
  } finally {
    closeSync(fd);
  }
}

/** Files under `prefix` this process holds open (Linux: /proc/self/fd). */
function openFilesUnder(prefix: string): string[] {
  const out: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(prefix)) out.push(target);
    } catch {
      // the fd of the directory listing itself is gone by now
    }
  }
  return out;
}

describe('workspace:status and workspace:restore in the open app', () => {
  it('reports ok with the backups, and refuses to restore over the open workspace', async () => {
    const dir = tempDir();
    const path = await workspaceWithData(dir, 3);
    const s = await session(path);
    expect(s.state).toBe('ok');
    const status = value(await call(s, 'workspace:status', {}));
    expect(status).toMatchObject({ state: 'ok', path });
    expect(status.message).toBeUndefined();
    expect(status.backups).toHaveLength(1);
    expect(status.backups[0]?.name).toMatch(/^workspace-.*-daily\.db$/);
    expect(status.restoreCommand).toBe(`satudata restore --workspace "${path}"`);

    expect(error(await call(s, 'workspace:restore', {}))).toMatchObject({
      kind: 'refused',
      code: 'workspace-in-use',
    });
    expect(value(await call(s, 'datasets:list', {}))).toHaveLength(1);
  });
});

describe('recovery from a truncated workspace', () => {
  it('serves status with the damage and the backups, and refuses every other call', async () => {
    const dir = tempDir();
    const path = await workspaceWithData(dir, 5);
    truncateHalf(path);
    const s = await session(path);
    expect(s.state).toBe('corrupt');
    expect(s.workbench).toBeNull();
    expect(s.transfers).toBeNull();

    const status = value(await call(s, 'workspace:status', {}));
    expect(status.state).toBe('corrupt');
    expect(status.path).toBe(path);
    expect(status.message).toMatch(/rusak/);
    expect(status.messageEn).toMatch(/damaged/);
    expect(status.backups).toHaveLength(1);
    const [backup] = status.backups;
    expect(backup?.bytes).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(backup?.modifiedAt ?? ''))).toBe(false);
    expect(status.restoreCommand).toContain('satudata restore --workspace');

    for (const key of ['datasets:list', 'app:info'] as const) {
      expect(error(await call(s, key, {}))).toMatchObject({
        kind: 'storage',
        code: 'workspace-corrupt',
      });
    }
    // the contract's schemas still apply in recovery
    expect(error(await call(s, 'workspace:status', { verbose: true }))).toMatchObject({
      code: 'invalid-argument',
    });
    for (const bad of [{ backup: '../ws.db' }, { backup: '/etc/passwd' }, { path: path }]) {
      expect(error(await call(s, 'workspace:restore', bad)), JSON.stringify(bad)).toMatchObject({
        code: 'invalid-argument',
      });
    }
    expect(s.state).toBe('corrupt');
  });

  it('restores the latest backup, keeps the damaged file, and opens the workspace', async () => {
    const dir = tempDir();
    const path = await workspaceWithData(dir, 7);
    const damagedSize = truncateHalf(path);
    const s = await session(path);
    const opened: string[] = [];
    s.onOpened((wb) => opened.push(wb.workspacePath));

    const r = value(await call(s, 'workspace:restore', {}));
    expect(r.restoredFrom).toBe(listBackups(path)[0]?.name);
    expect(r.keptAs).not.toBeNull();
    expect(statSync(r.keptAs ?? '').size).toBe(damagedSize);
    expect(r.status).toMatchObject({ state: 'ok', path });

    expect(s.state).toBe('ok');
    expect(s.damage).toBeNull();
    expect(s.transfers).not.toBeNull();
    expect(opened).toEqual([path]);
    const datasets = value(await call(s, 'datasets:list', {}));
    expect(datasets).toHaveLength(1);
    expect(datasets[0]?.rows).toBe(7);
    expect(value(await call(s, 'workspace:status', {})).state).toBe('ok');
    // once open, a second restore is refused (the file is in use)
    expect(error(await call(s, 'workspace:restore', {}))).toMatchObject({
      code: 'workspace-in-use',
    });
  });

  it('runs one restore at a time', async () => {
    const dir = tempDir();
    const path = await workspaceWithData(dir, 2);
    truncateHalf(path);
    const s = await session(path);
    const [a, b] = await Promise.all([
      call(s, 'workspace:restore', {}),
      call(s, 'workspace:restore', {}),
    ]);
    expect(a.ok).toBe(true);
    expect(error(b)).toMatchObject({ kind: 'refused', code: 'restore-in-progress' });
    expect(s.state).toBe('ok');
  });

  it('names an unusable backup, and restores a chosen older one', async () => {
    const dir = tempDir();
    const path = await workspaceWithData(dir, 4);
    const [older] = listBackups(path);
    // a newer backup that is itself damaged
    const newer = join(dir, 'ws.db.files', 'backups', 'workspace-zz-newer-daily.db');
    writeFileSync(newer, readFileSync(older?.path ?? '').subarray(0, 2048));
    const later = new Date(Date.now() + 60_000);
    utimesSync(newer, later, later);
    truncateHalf(path);

    const s = await session(path);
    const names = value(await call(s, 'workspace:status', {})).backups.map((b) => b.name);
    expect(names).toEqual(['workspace-zz-newer-daily.db', older?.name]);
    expect(error(await call(s, 'workspace:restore', {}))).toMatchObject({
      code: 'backup-unusable',
    });
    expect(s.state).toBe('corrupt');
    expect(error(await call(s, 'workspace:restore', { backup: 'nope.db' }))).toMatchObject({
      kind: 'not-found',
      code: 'backup-not-found',
    });
    const r = value(await call(s, 'workspace:restore', { backup: older?.name ?? '' }));
    expect(r.restoredFrom).toBe(older?.name);
    expect(value(await call(s, 'datasets:list', {}))[0]?.rows).toBe(4);
  });

  it('does not hold a damaged file open while in recovery (its header intact, page 1 not)', async () => {
    const dir = tempDir();
    const path = await workspaceWithData(dir, 3);
    damageFirstPage(path);
    const s = await session(path);
    expect(s.state).toBe('corrupt');
    expect(s.damage?.message).toMatch(/malformed/);
    // a connection left open on it would keep the file (and its -wal, -shm) busy: Windows
    // then refuses to replace it, and the restore below could not put the backup in place
    expect(openFilesUnder(path)).toEqual([]);
    value(await call(s, 'workspace:restore', {}));
    expect(s.state).toBe('ok');
    expect(value(await call(s, 'datasets:list', {}))[0]?.rows).toBe(3);
    expect(openFilesUnder(path).filter((f) => f.endsWith('(deleted)'))).toEqual([]);
  });

  it('stays in recovery when there is no backup to restore', async () => {
    const dir = tempDir();
    const path = join(dir, 'ws.db');
    writeFileSync(path, 'SQLite format 3\0' + 'x'.repeat(200));
    const s = await session(path);
    const status = value(await call(s, 'workspace:status', {}));
    expect(status).toMatchObject({ state: 'corrupt', backups: [] });
    expect(error(await call(s, 'workspace:restore', {}))).toMatchObject({
      code: 'backup-not-found',
    });
    expect(s.state).toBe('corrupt');
    expect(existsSync(join(dir, 'ws.db.files', 'damaged'))).toBe(false);
  });

  it('still fails outright when the workspace cannot be opened for another reason', async () => {
    const dir = tempDir();
    await expect(
      openWorkspaceSession({ workspacePath: dir, host: 'browser', user: 'uji' }),
    ).rejects.toMatchObject({ code: 'workspace-is-directory' });
  });
});
