/** Shared set-up of the bundle tests: workbenches in temp folders and a workspace fingerprint. */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createWorkbench, type Workbench } from '../../../src/main/core/workbench';
import type { ContractKey, Res } from '../../../src/shared/contract';
import type { AppErrorData } from '../../../src/shared/errors';

export const HOSTILE = resolve(__dirname, '..', '..', 'fixtures', 'hostile');

export function tempDir(prefix = 'sdw-bundle-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function openWorkbench(dir: string, user = 'produsen'): Promise<Workbench> {
  return createWorkbench({ workspacePath: join(dir, 'ws.db'), host: 'cli', user });
}

export async function ok<K extends ContractKey>(
  wb: Workbench,
  key: K,
  req: unknown,
): Promise<Res<K>> {
  const r = await wb.call(key, req);
  if (!r.ok) throw new Error(`${key} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

export async function failure(
  wb: Workbench,
  key: ContractKey,
  req: unknown,
): Promise<AppErrorData> {
  const r = await wb.call(key, req);
  if (r.ok) throw new Error(`${key} should have failed, got ${JSON.stringify(r.value)}`);
  return r.error;
}

export async function importCsv(
  wb: Workbench,
  dir: string,
  name: string,
  text: string,
): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, text);
  return (await ok(wb, 'datasets:import', { source: { path } })).id;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Everything an import could change: the schema (tables), every row of the bookkeeping tables,
 * the audit log and the blob files beside the workspace.
 */
export function fingerprint(wsPath: string): string {
  const db = new Database(wsPath, { readonly: true });
  try {
    const all = (sql: string): unknown[] => db.prepare(sql).all();
    return JSON.stringify({
      tables: all('SELECT type, name, sql FROM sqlite_master ORDER BY name'),
      datasets: all('SELECT * FROM datasets ORDER BY id'),
      columns: all('SELECT * FROM dataset_columns ORDER BY dataset_id, idx'),
      versions: all('SELECT * FROM dataset_versions ORDER BY dataset_id, version'),
      metadata: all('SELECT * FROM metadata_versions ORDER BY dataset_id, version'),
      runs: all('SELECT * FROM validation_runs ORDER BY id'),
      blobs: all('SELECT * FROM blobs ORDER BY sha256'),
      audit: all('SELECT * FROM audit_log ORDER BY id'),
      files: listFiles(join(`${wsPath}.files`, 'blobs')),
    });
  } finally {
    db.close();
  }
}

/** Every row of a dataset's current version (line and cells). */
export async function allRows(
  wb: Workbench,
  id: string,
): Promise<{ line: number; cells: string[] }[]> {
  const rows: { line: number; cells: string[] }[] = [];
  let after: number | undefined;
  for (;;) {
    const page = await ok(wb, 'datasets:rows', {
      id,
      limit: 5000,
      ...(after !== undefined ? { after } : {}),
    });
    rows.push(...page.rows);
    if (page.nextAfter === null) return rows;
    after = page.nextAfter;
  }
}
