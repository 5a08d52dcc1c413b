/**
 * A workspace's state, reduced to what a crash could leave half-done and made comparable
 * between two workspaces that went through the same actions (dataset UUIDs and timestamps
 * differ from run to run, so datasets are named by their `seq`, never by their id).
 *
 * Used by the crash harness (after a SIGKILL the state must equal the state before the action
 * or the state after it) and by the hostile-input tests (a refused input writes nothing).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

export interface WorkspaceFingerprint {
  /** every table in the database with its row count, sorted by name */
  tables: Record<string, number>;
  datasets: {
    seq: number;
    name: string;
    file: string;
    version: number;
    rows: number;
    columns: number;
  }[];
  versions: {
    seq: number;
    version: number;
    parent: number | null;
    table: string;
    rows: number;
    steps: number;
  }[];
  /** sha256 of the current working table of each dataset (by seq), row by row in order */
  content: Record<string, string>;
  metadata: { seq: number; version: number; profile: string; valid: number; problems: number }[];
  validationRuns: {
    seq: number;
    version: number;
    valid: number;
    errors: number;
    warnings: number;
    infos: number;
  }[];
  /** the audit actions in order */
  audit: string[];
}

interface Row {
  [key: string]: unknown;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function tableHash(db: Database.Database, table: string): string {
  const hash = createHash('sha256');
  for (const row of db.prepare(`SELECT * FROM ${quoteIdent(table)} ORDER BY rowid`).iterate()) {
    hash.update(JSON.stringify(Object.values(row as Row)));
    hash.update('\n');
  }
  return hash.digest('hex');
}

function has(db: Database.Database, table: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !==
    undefined
  );
}

/** Read the fingerprint of the workspace database at `dbPath` (which must exist). */
export function fingerprint(dbPath: string): WorkspaceFingerprint {
  if (!existsSync(dbPath)) throw new Error(`no workspace at ${dbPath}`);
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    const names = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    const tables: Record<string, number> = {};
    for (const n of names) {
      tables[n] = (
        db.prepare(`SELECT count(*) AS c FROM ${quoteIdent(n)}`).get() as { c: number }
      ).c;
    }
    const fp: WorkspaceFingerprint = {
      tables,
      datasets: [],
      versions: [],
      content: {},
      metadata: [],
      validationRuns: [],
      audit: [],
    };
    if (!has(db, 'datasets')) return fp;
    fp.datasets = db
      .prepare(
        `SELECT seq, name, file_name AS file, version, row_count AS rows, column_count AS columns
           FROM datasets ORDER BY seq`,
      )
      .all() as WorkspaceFingerprint['datasets'];
    if (has(db, 'dataset_versions')) {
      const versions = db
        .prepare(
          `SELECT d.seq AS seq, v.version AS version, v.parent_version AS parent,
                  v.table_name AS 'table', v.row_count AS rows, v.steps AS steps
             FROM dataset_versions v JOIN datasets d ON d.id = v.dataset_id
            ORDER BY d.seq, v.version`,
        )
        .all() as (Omit<WorkspaceFingerprint['versions'][number], 'steps'> & { steps: string })[];
      fp.versions = versions.map((v) => ({
        ...v,
        steps: (JSON.parse(v.steps) as unknown[]).length,
      }));
      for (const d of fp.datasets) {
        const cur = versions.find((v) => v.seq === d.seq && v.version === d.version);
        fp.content[String(d.seq)] =
          cur && has(db, cur.table) ? tableHash(db, cur.table) : 'missing';
      }
    }
    if (has(db, 'metadata_versions')) {
      fp.metadata = db
        .prepare(
          `SELECT d.seq AS seq, m.version AS version, m.profile AS profile, m.valid AS valid,
                  m.problem_count AS problems
             FROM metadata_versions m JOIN datasets d ON d.id = m.dataset_id
            ORDER BY d.seq, m.version`,
        )
        .all() as WorkspaceFingerprint['metadata'];
    }
    if (has(db, 'validation_runs')) {
      fp.validationRuns = db
        .prepare(
          `SELECT d.seq AS seq, r.dataset_version AS version, r.valid AS valid,
                  r.errors AS errors, r.warnings AS warnings, r.infos AS infos
             FROM validation_runs r JOIN datasets d ON d.id = r.dataset_id
            ORDER BY r.id`,
        )
        .all() as WorkspaceFingerprint['validationRuns'];
    }
    fp.audit = (db.prepare('SELECT action FROM audit_log ORDER BY id').all() as Row[]).map((r) =>
      String(r['action']),
    );
    return fp;
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check` of the workspace: 'ok' when the file is sound. */
export function integrityCheck(dbPath: string): string {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

/** A fingerprint as one comparable string. */
export function fingerprintKey(fp: WorkspaceFingerprint): string {
  return JSON.stringify(fp);
}

/** A short description of how two fingerprints differ (for failure messages). */
export function fingerprintDiff(a: WorkspaceFingerprint, b: WorkspaceFingerprint): string {
  const out: string[] = [];
  for (const key of Object.keys(a) as (keyof WorkspaceFingerprint)[]) {
    const x = JSON.stringify(a[key]);
    const y = JSON.stringify(b[key]);
    if (x !== y) out.push(`${key}: ${x.slice(0, 300)} ≠ ${y.slice(0, 300)}`);
  }
  return out.join('\n') || '(equal)';
}
