// Workspace storage: numbered migrations against user_version, refusal of a newer workspace,
// lossless raw cells, keyset pages, and the append-only audit log.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LATEST_VERSION,
  migrate,
  openWorkspace,
  type Workspace,
} from '../../../src/main/core/store/workspace';
import { MIGRATIONS } from '../../../src/main/core/store/migrations';
import { ImportWriter } from '../../../src/main/core/ingest/import-writer';
import { pageRows } from '../../../src/main/core/store/rows';
import { currentTable, iterateTable } from '../../../src/main/core/store/working-table';
import { listAudit, recordAudit } from '../../../src/main/core/store/audit';
import { AppError } from '../../../src/shared/errors';

const opened: Workspace[] = [];
afterEach(() => {
  for (const w of opened.splice(0)) w.close();
});

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'sdw-ws-')), 'workspace.db');
}

async function open(path = tempDb()): Promise<Workspace> {
  const ws = await openWorkspace(path);
  opened.push(ws);
  return ws;
}

const TRICKY_ROWS = [
  { line: 2, cells: ['a "quoted" value', 'line one\nline two', '', 'Balikpapan Selatan'] },
  { line: 4, cells: ['ꦧꦭꦶꦏ꧀ꦥꦥꦤ꧀ (Jawa)', 'Ñandú, “kutip”', '  spasi  ', '日本語'] },
  { line: 5, cells: ['only two', ''] },
  { line: 6, cells: ['x', 'y', 'z', 'w', 'extra 1', 'extra 2'] },
];

function importRows(ws: Workspace, columns: number, rows = TRICKY_ROWS): number {
  const w = new ImportWriter(ws.db);
  const seq = w.begin(columns);
  w.write(rows);
  w.finish({
    record: {
      id: 'ds-1',
      name: 'uji',
      fileName: 'uji.csv',
      format: 'csv',
      sheet: null,
      size: 10,
      sha256: 'a'.repeat(64),
      encoding: 'utf-8',
      delimiter: ',',
      quoteChar: '"',
      lineTerminator: '\n',
      headerRow: 1,
      title: null,
      notes: [],
      rowCount: rows.length,
      columnCount: columns,
      version: 1,
      importedAt: new Date().toISOString(),
      importedBy: 'penguji',
      options: {},
    },
    columns: Array.from({ length: columns }, (_, i) => ({
      index: i,
      label: `K${i}`,
      name: `k${i}`,
    })),
    user: 'penguji',
  });
  return seq;
}

describe('migrations', () => {
  it('applies every numbered migration on a new workspace and sets user_version', async () => {
    const ws = await open();
    expect(ws.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const tables = ws.db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['datasets', 'dataset_columns', 'blobs', 'audit_log']),
    );
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('is idempotent: a second open applies nothing', async () => {
    const path = tempDb();
    (await open(path)).close();
    const again = await open(path);
    expect(migrate(again.db)).toEqual([]);
  });

  it('refuses a workspace from a newer version and leaves it untouched', async () => {
    const path = tempDb();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    await expect(openWorkspace(path)).rejects.toMatchObject({
      kind: 'storage',
      code: 'workspace-too-new',
    });
    const check = new Database(path);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 5);
    expect(
      check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get(),
    ).toEqual({ n: 0 });
    check.close();
  });

  it('backs up an existing workspace before migrating it', async () => {
    const path = tempDb();
    const db = new Database(path);
    db.exec('CREATE TABLE keep_me (x TEXT)');
    db.close();
    const ws = await open(path);
    const backups = readdirSync(join(ws.filesDir, 'backups'));
    expect(backups.length).toBe(1);
    const b = new Database(join(ws.filesDir, 'backups', backups[0] as string));
    expect(b.pragma('user_version', { simple: true })).toBe(0);
    expect(b.prepare("SELECT name FROM sqlite_master WHERE name='keep_me'").get()).toBeTruthy();
    b.close();
  });

  it('gives a clear storage error for a file that is not a workspace', async () => {
    const path = tempDb();
    writeFileSync(
      path,
      'ini bukan basis data SQLite, hanya teks biasa yang cukup panjang untuk header',
    );
    const err = await openWorkspace(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).kind).toBe('storage');
    expect((err as AppError).code).toBe('workspace-corrupt');
    expect((err as AppError).message).toContain('rusak');
  });
});

describe('raw cells', () => {
  it('round-trips quotes, embedded newlines, empty strings, non-Latin text and ragged rows', async () => {
    const ws = await open();
    importRows(ws, 4);
    const page = pageRows(ws.db, currentTable(ws.db, 'ds-1'), { limit: 10 });
    expect(page.rows).toEqual(TRICKY_ROWS);
    expect(page.nextAfter).toBeNull();
  });

  it('keeps an empty string apart from a missing cell', async () => {
    const ws = await open();
    const seq = importRows(ws, 4);
    const raw = ws.db.prepare(`SELECT ncells, c1, c2 FROM raw_${seq} WHERE line = 5`).get();
    expect(raw).toEqual({ ncells: 2, c1: '', c2: null });
  });

  it('pages by keyset and jumps to a row number', async () => {
    const ws = await open();
    const rows = Array.from({ length: 250 }, (_, i) => ({
      line: i + 2,
      cells: [`r${i + 2}`, String(i)],
    }));
    importRows(ws, 2, rows);
    const first = pageRows(ws.db, currentTable(ws.db, 'ds-1'), { limit: 100 });
    expect(first.rows[0]?.line).toBe(2);
    expect(first.nextAfter).toBe(101);
    const second = pageRows(ws.db, currentTable(ws.db, 'ds-1'), {
      limit: 100,
      after: first.nextAfter ?? 0,
    });
    expect(second.rows[0]?.line).toBe(102);
    const jump = pageRows(ws.db, currentTable(ws.db, 'ds-1'), { limit: 5, from: 200 });
    expect(jump.rows.map((r) => r.line)).toEqual([200, 201, 202, 203, 204]);
    const filtered = pageRows(ws.db, currentTable(ws.db, 'ds-1'), {
      limit: 10,
      filters: [{ column: 0, op: 'contains', value: 'r1_' }],
      withTotal: true,
    });
    expect(filtered.total).toBe(0);
    const all = [...iterateTable(ws.db, currentTable(ws.db, 'ds-1'), 64)].flat();
    expect(all).toHaveLength(250);
  });

  it('treats LIKE wildcards in a filter as plain text', async () => {
    const ws = await open();
    importRows(ws, 1, [
      { line: 2, cells: ['100%'] },
      { line: 3, cells: ['1000'] },
    ]);
    const page = pageRows(ws.db, currentTable(ws.db, 'ds-1'), {
      limit: 10,
      filters: [{ column: 0, op: 'contains', value: '0%' }],
    });
    expect(page.rows.map((r) => r.cells[0])).toEqual(['100%']);
  });

  it('rolls back a failed import completely', async () => {
    const ws = await open();
    const w = new ImportWriter(ws.db);
    const seq = w.begin(2);
    w.write([{ line: 2, cells: ['a', 'b'] }]);
    w.abort();
    const t = ws.db.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(`raw_${seq}`);
    expect(t).toBeUndefined();
    expect(ws.db.prepare('SELECT count(*) AS n FROM datasets').get()).toEqual({ n: 0 });
  });
});

describe('audit log', () => {
  it('records actions with who and when, and refuses updates and deletes', async () => {
    const ws = await open();
    recordAudit(ws.db, 'walidata', 'dataset.export', null, { format: 'csv' });
    const entries = listAudit(ws.db);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      user: 'walidata',
      action: 'dataset.export',
      details: { format: 'csv' },
    });
    expect(() => ws.db.prepare("UPDATE audit_log SET user = 'x'").run()).toThrow(/append-only/);
    expect(() => ws.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});

describe('damage and restore', () => {
  it('recognises a truncated workspace from its header and restores the latest backup', async () => {
    const { truncateSync, statSync: st } = await import('node:fs');
    const { restoreWorkspace, listBackups } = await import('../../../src/main/core/store/restore');
    const { backupWorkspace } = await import('../../../src/main/core/store/workspace');
    const path = tempDb();
    const ws = await openWorkspace(path);
    importRows(ws, 4);
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    await backupWorkspace(ws, 'test');
    ws.close();
    truncateSync(path, Math.floor(st(path).size / 2));
    const err = await openWorkspace(path).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'storage', code: 'workspace-corrupt' });
    expect((err as AppError).message).toContain('satudata restore');
    expect(listBackups(path)).toHaveLength(1);
    const r = restoreWorkspace(path);
    expect(r.keptAs).toBeTruthy();
    const again = await open(path);
    expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(again.db.prepare('SELECT count(*) AS n FROM datasets').get()).toEqual({ n: 1 });
  });

  it('refuses to restore when there is no backup', async () => {
    const { restoreWorkspace } = await import('../../../src/main/core/store/restore');
    expect(() => restoreWorkspace(tempDb())).toThrow(/Tidak ada cadangan/);
  });
});
