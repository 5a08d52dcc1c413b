/** A throw-away workspace database with migrations 0001 and 0002 applied (for store tests). */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

const MIGRATIONS = ['0001-create-workspace.sql', '0002-metadata-and-reference-lists.sql'];

export function openTestWorkspace(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const file of MIGRATIONS) {
    db.exec(
      readFileSync(
        new URL(`../../../src/main/core/store/migrations/${file}`, import.meta.url),
        'utf8',
      ),
    );
  }
  return db;
}

export function insertDataset(db: Database.Database, id: string): void {
  const sha = 'a'.repeat(64);
  db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, stored_at) VALUES (?, 1, ?)').run(
    sha,
    '2025-01-01T00:00:00Z',
  );
  const seq =
    (db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM datasets').pluck().get() as number) ?? 1;
  db.prepare(
    `INSERT INTO datasets (id, seq, name, file_name, format, size, sha256, encoding, delimiter, quote_char,
       line_terminator, header_row, row_count, column_count, imported_at, imported_by)
     VALUES (?, ?, ?, ?, 'csv', 1, ?, 'utf-8', ',', '"', '\n', 1, 0, 0, ?, 'test')`,
  ).run(id, seq, id, `${id}.csv`, sha, '2025-01-01T00:00:00Z');
}
