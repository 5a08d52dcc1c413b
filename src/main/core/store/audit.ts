/** The append-only audit log: every action that changes the workspace (what, when, who). */
import type { Db } from './workspace';

export interface AuditEntry {
  id: number;
  at: string;
  user: string;
  action: string;
  datasetId: string | null;
  details: Record<string, unknown>;
}

export function recordAudit(
  db: Db,
  user: string,
  action: string,
  datasetId: string | null,
  details: Record<string, unknown> = {},
): void {
  db.prepare(
    'INSERT INTO audit_log (at, user, action, dataset_id, details) VALUES (?, ?, ?, ?, ?)',
  ).run(new Date().toISOString(), user, action, datasetId, JSON.stringify(details));
}

export function listAudit(db: Db, datasetId?: string): AuditEntry[] {
  const rows = (
    datasetId === undefined
      ? db.prepare('SELECT * FROM audit_log ORDER BY id').all()
      : db.prepare('SELECT * FROM audit_log WHERE dataset_id = ? ORDER BY id').all(datasetId)
  ) as {
    id: number;
    at: string;
    user: string;
    action: string;
    dataset_id: string | null;
    details: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    user: r.user,
    action: r.action,
    datasetId: r.dataset_id,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}
