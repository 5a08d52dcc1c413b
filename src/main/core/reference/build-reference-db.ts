/**
 * Builds the reference store: one SQLite file with every Kemendagri region, its normalised
 * name and a trigram index for fuzzy search. Written to a temporary file and renamed into
 * place, so a build killed half-way never leaves a half store behind.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { RegionLevel } from '../../../shared/model/reference';
import { REGION_LEVELS } from '../../../shared/model/reference';
import type { AreaSource } from './idn-area-source';
import { villageKind } from './kemendagri-code';
import { NORMALISER_SIGNATURE, normaliseOfficialName, trigrams } from './normalise-name';

/** Bump when the file layout changes; part of the file name, so old files are never misread. */
export const REFERENCE_DB_FORMAT = 1;

export const LEVEL_NUMBER: Record<RegionLevel, number> = {
  provinsi: 1,
  kabupaten_kota: 2,
  kecamatan: 3,
  desa: 4,
};

export interface LevelRange {
  first: number;
  last: number;
}

export interface ReferenceDbMeta {
  format: number;
  signature: string;
  edition: AreaSource['edition'];
  counts: Record<RegionLevel, number>;
  ranges: Record<RegionLevel, LevelRange>;
  villageKinds: { kelurahan: number; desa: number; desaAdat: number };
  builtAt: string;
}

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE regions (
  rid INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  level INTEGER NOT NULL,
  parent TEXT,
  norm TEXT NOT NULL
) STRICT;
CREATE TABLE trigrams (gram TEXT PRIMARY KEY, rids BLOB NOT NULL) STRICT, WITHOUT ROWID;
CREATE TABLE blobs (key TEXT PRIMARY KEY, data BLOB NOT NULL) STRICT;
`;

const INDEXES = `
CREATE INDEX regions_by_parent ON regions (parent, code);
CREATE INDEX regions_by_norm ON regions (norm);
`;

/** Builds the store for `source` at `targetPath` (atomically). */
export function buildReferenceDb(targetPath: string, source: AreaSource): ReferenceDbMeta {
  const tmp = `${targetPath}.tmp-${process.pid}-${Date.now()}`;
  rmSync(tmp, { force: true });
  const db = new Database(tmp);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SCHEMA);
    const meta = fill(db, source);
    db.exec(INDEXES);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('meta', JSON.stringify(meta));
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('complete', '1');
    db.close();
    try {
      renameSync(tmp, targetPath);
    } catch (err) {
      // another process finished the same build first (Windows refuses to replace an open file)
      if (!existsSync(targetPath)) throw err;
    }
    return meta;
  } finally {
    if (db.open) db.close();
    if (existsSync(tmp)) rmSync(tmp, { force: true });
  }
}

function fill(db: Database.Database, source: AreaSource): ReferenceDbMeta {
  const insert = db.prepare(
    'INSERT INTO regions (rid, code, name, level, parent, norm) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const postings = new Map<string, number[]>();
  const ntri: number[] = [0];
  const counts = { provinsi: 0, kabupaten_kota: 0, kecamatan: 0, desa: 0 };
  const ranges = {} as Record<RegionLevel, LevelRange>;
  const villageKinds = { kelurahan: 0, desa: 0, desaAdat: 0 };
  const tx = db.transaction(() => {
    let rid = 0;
    for (const row of source.rows) {
      rid++;
      const norm = normaliseOfficialName(row.name, row.level);
      insert.run(rid, row.code, row.name, LEVEL_NUMBER[row.level], row.parent, norm);
      const grams = trigrams(norm);
      ntri.push(Math.min(255, grams.size));
      for (const g of grams) {
        let list = postings.get(g);
        if (!list) postings.set(g, (list = []));
        list.push(rid);
      }
      counts[row.level]++;
      const range = ranges[row.level];
      if (range) range.last = rid;
      else ranges[row.level] = { first: rid, last: rid };
      if (row.level === 'desa') {
        const kind = villageKind(row.code);
        if (kind === 'kelurahan') villageKinds.kelurahan++;
        else if (kind === 'desa') villageKinds.desa++;
        else if (kind === 'desa-adat') villageKinds.desaAdat++;
      }
    }
    const insertGram = db.prepare('INSERT INTO trigrams (gram, rids) VALUES (?, ?)');
    for (const [gram, rids] of postings) {
      insertGram.run(gram, Buffer.from(Int32Array.from(rids).buffer));
    }
    db.prepare('INSERT INTO blobs (key, data) VALUES (?, ?)').run(
      'ntri',
      Buffer.from(Uint8Array.from(ntri)),
    );
  });
  tx();
  for (const level of REGION_LEVELS) {
    if (!ranges[level]) ranges[level] = { first: 0, last: -1 };
  }
  return {
    format: REFERENCE_DB_FORMAT,
    signature: NORMALISER_SIGNATURE,
    edition: source.edition,
    counts,
    ranges,
    villageKinds,
    builtAt: new Date().toISOString(),
  };
}
