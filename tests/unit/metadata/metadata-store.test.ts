import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { MetadataStore } from '../../../src/main/core/metadata/metadata-store';
import { insertDataset, openTestWorkspace } from './workspace-db';

const valid = JSON.parse(
  readFileSync(new URL('../../fixtures/metadata/sdi-dataset.valid.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

function counts(db: ReturnType<typeof openTestWorkspace>): unknown[] {
  return ['metadata_versions', 'audit_log'].map((t) =>
    db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(),
  );
}

describe('metadata versions in the workspace', () => {
  test('every save is a new version and keeps the previous one', () => {
    const db = openTestWorkspace();
    insertDataset(db, 'ds-penduduk');
    const store = new MetadataStore(db);
    const draft = store.save(
      'ds-penduduk',
      'sdi-dataset',
      { judul: 'Jumlah Penduduk per Kecamatan' },
      'produsen',
    );
    expect(draft).toMatchObject({
      version: 1,
      profile: 'sdi-dataset',
      valid: false,
      savedBy: 'produsen',
    });
    expect(draft.problemCount).toBeGreaterThan(5);
    expect(draft.doc).toEqual({ judul: 'Jumlah Penduduk per Kecamatan', profil: 'sdi-dataset' });
    const full = store.save('ds-penduduk', 'sdi-dataset', valid, 'walidata');
    expect(full).toMatchObject({ version: 2, valid: true, problemCount: 0 });
    expect(full.completeness).toBeGreaterThan(draft.completeness);
    expect(store.current('ds-penduduk')?.version).toBe(2);
    expect(store.current('ds-penduduk')?.doc['judul']).toBe(valid['judul']);
    expect(store.get('ds-penduduk', 1)?.doc['judul']).toBe('Jumlah Penduduk per Kecamatan');
    expect(store.history('ds-penduduk').map((v) => [v.version, v.savedBy])).toEqual([
      [2, 'walidata'],
      [1, 'produsen'],
    ]);
    const audit = db
      .prepare("SELECT dataset_id, user FROM audit_log WHERE action = 'metadata:save' ORDER BY id")
      .all();
    expect(audit).toEqual([
      { dataset_id: 'ds-penduduk', user: 'produsen' },
      { dataset_id: 'ds-penduduk', user: 'walidata' },
    ]);
  });

  test('a dataset without metadata has no current version', () => {
    const db = openTestWorkspace();
    insertDataset(db, 'ds');
    const store = new MetadataStore(db);
    expect(store.current('ds')).toBeUndefined();
    expect(store.history('ds')).toEqual([]);
  });

  test('refusals write nothing: unknown dataset, forbidden keys, another profile, unknown profile', () => {
    const db = openTestWorkspace();
    insertDataset(db, 'ds');
    const store = new MetadataStore(db);
    const before = counts(db);
    const codeOf = (fn: () => unknown): string => {
      try {
        fn();
      } catch (err) {
        if (err instanceof AppError) return err.code;
        throw err;
      }
      return 'no error';
    };
    expect(codeOf(() => store.save('nope', 'sdi-dataset', valid, 'u'))).toBe('dataset-unknown');
    expect(
      codeOf(() => store.save('ds', 'sdi-dataset', JSON.parse('{"__proto__":{"x":1}}'), 'u')),
    ).toBe('metadata-forbidden-key');
    expect(codeOf(() => store.save('ds', 'bps-ms-var', valid, 'u'))).toBe(
      'metadata-profile-mismatch',
    );
    expect(codeOf(() => store.save('ds', 'ckan', valid, 'u'))).toBe('metadata-profile-unknown');
    expect(counts(db)).toEqual(before);
  });

  test('versions go with their dataset when it is deleted', () => {
    const db = openTestWorkspace();
    insertDataset(db, 'ds');
    new MetadataStore(db).save('ds', 'sdi-dataset', valid, 'u');
    db.prepare('DELETE FROM datasets WHERE id = ?').run('ds');
    expect(db.prepare('SELECT count(*) FROM metadata_versions').pluck().get()).toBe(0);
  });
});

describe('migration 0002', () => {
  test('creates STRICT tables', () => {
    const db = openTestWorkspace();
    for (const t of [
      'metadata_versions',
      'reference_lists',
      'reference_list_versions',
      'reference_list_entries',
    ]) {
      const sql = db
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
        .pluck()
        .get(t) as string;
      expect(sql, t).toMatch(/STRICT\s*$/);
    }
  });

  test('the database itself refuses bad rows', () => {
    const db = openTestWorkspace();
    insertDataset(db, 'ds');
    const insert = db.prepare(
      `INSERT INTO metadata_versions (dataset_id, version, profile, doc, saved_at, saved_by, valid, problem_count, completeness)
       VALUES (?, 1, 'sdi-dataset', ?, 'now', 'u', 1, 0, 1)`,
    );
    expect(() => insert.run('ds', '{not json')).toThrow();
    expect(() => insert.run('no-such-dataset', '{}')).toThrow(/FOREIGN KEY/);
    insert.run('ds', '{}');
    expect(() => insert.run('ds', '{}')).toThrow(/UNIQUE|PRIMARY/);
  });

  test('the hot queries use the primary keys', () => {
    const db = openTestWorkspace();
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT * FROM metadata_versions WHERE dataset_id = ? ORDER BY version DESC LIMIT 1',
      )
      .all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(
      /USING (PRIMARY KEY|INDEX sqlite_autoindex_metadata_versions)/,
    );
    const entries = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT * FROM reference_list_entries WHERE list_id = ? AND version = ? ORDER BY position',
      )
      .all('x', 1) as { detail: string }[];
    expect(entries.map((p) => p.detail).join(' ')).toContain('reference_list_entries_by_position');
  });
});
