/**
 * The reference store: Kemendagri region codes in their own SQLite file, built once from the
 * idn-area-data package into a cache folder and reused on later starts. Lookups by code,
 * parent/children, name search with normalisation and fuzzy ranking, obsolete codes, and the
 * shipped BPS list with its mapping to Kemendagri codes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import aliasData from '../../../../resources/reference/nama-wilayah-alias.json';
import { AppError } from '../../../shared/errors';
import type {
  FindOptions,
  NameCheck,
  ObsoleteCode,
  ReferenceEdition,
  ReferenceListInfo,
  ReferenceStats,
  Region,
  RegionLevel,
  RegionMatch,
} from '../../../shared/model/reference';
import { REGION_LEVELS } from '../../../shared/model/reference';
import {
  LEVEL_NUMBER,
  REFERENCE_DB_FORMAT,
  buildReferenceDb,
  type LevelRange,
  type ReferenceDbMeta,
} from './build-reference-db';
import { builtinLists } from './builtin-lists';
import { defaultAreaDataDir, readAreaEdition, readAreaSource } from './idn-area-source';
import { isKemendagriCode, isWithin, regencyKind, villageKind } from './kemendagri-code';
import {
  NORMALISER_SIGNATURE,
  compact,
  hintLevel,
  normaliseName,
  queryVariants,
  trigrams,
  type QueryVariant,
} from './normalise-name';
import { movedEntry, obsoleteEntry } from './obsolete-codes';
import type { ReferenceListIndex } from './reference-list-index';
import { nameSimilarity } from './similarity';

export interface OpenReferenceStoreOptions {
  /** cache folder for the built store (created when missing) */
  dir: string;
  /** the idn-area-data `data` folder; default: the installed package */
  sourceDir?: string;
}

const LEVEL_BY_NUMBER: readonly RegionLevel[] = [
  'provinsi',
  'provinsi',
  'kabupaten_kota',
  'kecamatan',
  'desa',
];

interface RegionRow {
  rid: number;
  code: string;
  name: string;
  level: number;
  parent: string | null;
  norm: string;
}

interface AliasEntry {
  code: string;
  alias: string;
  norm: string;
}

/** Where the store for the installed data lives (the file name names edition and format). */
export function referenceStorePath(options: OpenReferenceStoreOptions): string {
  const dataDir = options.sourceDir ?? defaultAreaDataDir();
  const { packageVersion, edition } = readAreaEdition(dataDir);
  const hash = createHash('sha256')
    .update(`${REFERENCE_DB_FORMAT}|${packageVersion}|${NORMALISER_SIGNATURE}`)
    .digest('hex')
    .slice(0, 10);
  return join(options.dir, `reference-${edition.id}-${hash}.db`);
}

/** Opens the store, building it first when it does not exist yet (or is unusable). */
export function openReferenceStore(options: OpenReferenceStoreOptions): ReferenceStore {
  const dataDir = options.sourceDir ?? defaultAreaDataDir();
  try {
    mkdirSync(options.dir, { recursive: true });
  } catch (err) {
    throw new AppError({
      kind: 'storage',
      code: 'reference-dir-unusable',
      message: `Folder penyimpanan kode referensi ${options.dir} tidak bisa dibuat: ${String(err)}`,
      messageEn: `The reference store folder ${options.dir} cannot be created: ${String(err)}`,
      file: options.dir,
    });
  }
  const path = referenceStorePath({ dir: options.dir, sourceDir: dataDir });
  if (existsSync(path)) {
    const store = tryOpen(path);
    if (store) return store;
    rmSync(path, { force: true });
  }
  buildReferenceDb(path, readAreaSource(dataDir));
  const store = tryOpen(path);
  if (!store) {
    throw new AppError({
      kind: 'storage',
      code: 'reference-store-corrupt',
      message: `Penyimpanan kode referensi ${path} tidak bisa dibuka setelah dibangun.`,
      messageEn: `The reference store ${path} cannot be opened after it was built.`,
      file: path,
    });
  }
  return store;
}

function tryOpen(path: string): ReferenceStore | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const complete = db.prepare("SELECT value FROM meta WHERE key = 'complete'").pluck().get();
    const metaText = db.prepare("SELECT value FROM meta WHERE key = 'meta'").pluck().get();
    if (complete !== '1' || typeof metaText !== 'string') throw new Error('incomplete');
    const meta = JSON.parse(metaText) as ReferenceDbMeta;
    if (meta.format !== REFERENCE_DB_FORMAT || meta.signature !== NORMALISER_SIGNATURE) {
      throw new Error('stale');
    }
    return new ReferenceStore(db, meta, path);
  } catch {
    db?.close();
    return undefined;
  }
}

export class ReferenceStore {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly meta: ReferenceDbMeta;
  private readonly ntri: Uint8Array;
  private readonly maxRid: number;
  private readonly gramCache = new Map<string, Int32Array>();
  private readonly aliases: AliasEntry[];
  private readonly stmt: {
    byCode: Database.Statement<[string], RegionRow>;
    byRid: Database.Statement<[number], RegionRow>;
    children: Database.Statement<[string], RegionRow>;
    provinces: Database.Statement<[], RegionRow>;
    byNorm: Database.Statement<[string], { rid: number }>;
    gram: Database.Statement<[string], { rids: Buffer }>;
    descendantRange: Database.Statement<
      [string, string, number],
      { lo: number | null; hi: number | null }
    >;
  };

  constructor(db: Database.Database, meta: ReferenceDbMeta, path: string) {
    this.db = db;
    this.meta = meta;
    this.path = path;
    const ntri = db.prepare("SELECT data FROM blobs WHERE key = 'ntri'").pluck().get() as Buffer;
    this.ntri = new Uint8Array(ntri);
    this.maxRid = this.ntri.length - 1;
    const cols = 'rid, code, name, level, parent, norm';
    this.stmt = {
      byCode: db.prepare(`SELECT ${cols} FROM regions WHERE code = ?`),
      byRid: db.prepare(`SELECT ${cols} FROM regions WHERE rid = ?`),
      children: db.prepare(`SELECT ${cols} FROM regions WHERE parent = ? ORDER BY code`),
      provinces: db.prepare(`SELECT ${cols} FROM regions WHERE level = 1 ORDER BY code`),
      byNorm: db.prepare('SELECT rid FROM regions WHERE norm = ?'),
      gram: db.prepare('SELECT rids FROM trigrams WHERE gram = ?'),
      descendantRange: db.prepare(
        'SELECT min(rid) AS lo, max(rid) AS hi FROM regions WHERE code > ? AND code < ? AND level = ?',
      ),
    };
    this.aliases = (aliasData.names as { code: string; alias: string }[]).map((a) => ({
      code: a.code,
      alias: a.alias,
      norm: normaliseName(a.alias),
    }));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  edition(): ReferenceEdition {
    return this.meta.edition;
  }

  stats(): ReferenceStats {
    return {
      edition: this.meta.edition.id,
      editionLabel: this.meta.edition.label,
      source: this.meta.edition.source,
      counts: { ...this.meta.counts },
      villageKinds: { ...this.meta.villageKinds },
    };
  }

  /** A region by its dotted Kemendagri code (surrounding spaces ignored; no other rewriting). */
  byCode(code: string): Region | undefined {
    const c = code.trim();
    if (!isKemendagriCode(c)) return undefined;
    const row = this.stmt.byCode.get(c);
    return row ? toRegion(row) : undefined;
  }

  /** Children of a code, or the provinces for null. */
  children(code: string | null): Region[] {
    const rows = code === null ? this.stmt.provinces.all() : this.stmt.children.all(code.trim());
    return rows.map(toRegion);
  }

  parent(code: string): Region | undefined {
    const r = this.byCode(code);
    return r?.parent ? this.byCode(r.parent) : undefined;
  }

  /** Province first, down to the region's parent. */
  ancestors(code: string): Region[] {
    const out: Region[] = [];
    let cur = this.parent(code);
    while (cur) {
      out.unshift(cur);
      cur = cur.parent ? this.byCode(cur.parent) : undefined;
    }
    return out;
  }

  /** Name search, best first. Any case and spacing, level prefixes, abbreviations, aliases. */
  find(name: string, options: FindOptions = {}): RegionMatch[] {
    const limit = Math.max(1, Math.min(200, Math.floor(options.limit ?? 10)));
    const minScore = options.minScore ?? 0.3;
    const variants = queryVariants(name).filter((v) => v.norm !== '');
    if (variants.length === 0) return [];
    const ranges = this.allowedRanges(options.level, options.parentCode);
    if (ranges.length === 0) return [];
    const best = new Map<string, RegionMatch & { levelNo: number }>();
    const offer = (row: RegionRow, score: number, alias?: string): void => {
      if (score < minScore) return;
      const prev = best.get(row.code);
      if (prev && prev.score >= score) return;
      best.set(row.code, {
        code: row.code,
        name: row.name,
        level: LEVEL_BY_NUMBER[row.level] ?? 'desa',
        score: round(score),
        levelNo: row.level,
        ...(alias !== undefined ? { alias } : {}),
      });
    };
    const keep = Math.max(100, limit * 10);
    for (const v of variants) {
      const qGrams = trigrams(v.norm);
      // the literal reading of a prefixed name ("Kota Baru") is the second guess: fewer candidates
      const k = v.literal ? Math.max(30, limit * 3) : keep;
      for (const rid of this.candidates(v.norm, qGrams, ranges, k)) {
        const row = this.stmt.byRid.get(rid);
        if (row) offer(row, nameSimilarity(v.norm, row.norm, qGrams) * levelFit(v, row));
      }
      for (const a of this.aliases) {
        const s = nameSimilarity(v.norm, a.norm) * 0.98;
        if (s < minScore) continue;
        const row = this.stmt.byCode.get(a.code);
        if (row && inRanges(row.rid, ranges)) offer(row, s * levelFit(v, row), a.alias);
      }
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score || a.levelNo - b.levelNo || (a.code < b.code ? -1 : 1))
      .slice(0, limit)
      .map(({ levelNo: _levelNo, ...m }) => m);
  }

  /** How a name written in data relates to the official name of `code` (undefined: unknown code). */
  checkName(code: string, given: string): NameCheck | undefined {
    const row = this.stmt.byCode.get(code.trim());
    if (!row) return undefined;
    const base = { code: row.code, official: row.name, given };
    if (given.trim() === row.name) return { ...base, match: 'exact' };
    // readings whose prefix (if any) fits this region: "Kabupaten Balikpapan" is not Kota Balikpapan
    const variants = queryVariants(given).filter((v) => v.literal || levelFit(v, row) === 1);
    if (variants.some((v) => v.norm === row.norm)) return { ...base, match: 'normalized' };
    const norms = variants.map((v) => v.norm);
    const alias = this.aliases.some((a) => a.code === row.code && norms.includes(a.norm));
    if (alias || norms.some((n) => compact(n) === compact(row.norm)))
      return { ...base, match: 'alias' };
    return { ...base, match: 'different' };
  }

  /** The change record when `code` is not in this edition but is a known obsolete code. */
  isObsolete(code: string): ObsoleteCode | undefined {
    const c = code.trim();
    if (this.stmt.byCode.get(c)) return undefined;
    return obsoleteEntry(c);
  }

  /**
   * A region written under its old parent (e.g. "Damai" under Balikpapan Selatan 64.71.05):
   * the change record, unless a current child of that parent carries the name.
   */
  movedFrom(name: string, oldParent: string): ObsoleteCode | undefined {
    const entry = movedEntry(name, oldParent);
    if (!entry) return undefined;
    const norm = normaliseName(name);
    if (this.children(oldParent).some((c) => normaliseName(c.name) === norm)) return undefined;
    return entry;
  }

  /** The shipped reference lists (BPS codes with their Kemendagri mapping). */
  lists(): ReferenceListInfo[] {
    return [...builtinLists().values()].map((l) => l.info);
  }

  list(id: string): ReferenceListIndex | undefined {
    return builtinLists().get(id);
  }

  /** The Kemendagri code of a BPS code, from the shipped BPS lists. */
  bpsToKemendagri(bpsCode: string): string | undefined {
    for (const l of builtinLists().values()) {
      if (l.info.system !== 'bps') continue;
      const m = l.mappedCode(bpsCode);
      if (m) return m;
    }
    return undefined;
  }

  /** The BPS code of a Kemendagri code, from the shipped BPS lists. */
  kemendagriToBps(code: string): string | undefined {
    for (const l of builtinLists().values()) {
      if (l.info.system !== 'bps') continue;
      const e = l.byMappedCode(code);
      if (e) return e.code;
    }
    return undefined;
  }

  private allowedRanges(
    level: RegionLevel | undefined,
    parentCode: string | undefined,
  ): LevelRange[] {
    const levels = level ? [level] : [...REGION_LEVELS];
    const out: LevelRange[] = [];
    for (const l of levels) {
      const r = this.meta.ranges[l];
      if (parentCode === undefined) {
        if (r.last >= r.first) out.push(r);
        continue;
      }
      const p = parentCode.trim();
      const sub = this.stmt.descendantRange.get(`${p}.`, `${p}/`, LEVEL_NUMBER[l]);
      if (sub && sub.lo !== null && sub.hi !== null) out.push({ first: sub.lo, last: sub.hi });
    }
    return out;
  }

  private postings(gram: string): Int32Array {
    let p = this.gramCache.get(gram);
    if (p) return p;
    const row = this.stmt.gram.get(gram);
    p = row ? new Int32Array(new Uint8Array(row.rids).buffer) : new Int32Array(0);
    if (this.gramCache.size > 20000) this.gramCache.clear();
    this.gramCache.set(gram, p);
    return p;
  }

  /** Row ids worth scoring: exact normalised matches plus the best `keep` by trigram Dice. */
  private candidates(
    norm: string,
    qGrams: Set<string>,
    ranges: LevelRange[],
    keep: number,
  ): number[] {
    const counts = new Uint16Array(this.maxRid + 1);
    const touched: number[] = [];
    const single = ranges.length === 1 ? ranges[0] : undefined;
    const lo = single?.first ?? 0;
    const hi = single?.last ?? this.maxRid;
    for (const g of qGrams) {
      const list = this.postings(g);
      for (let i = 0; i < list.length; i++) {
        const rid = list[i] ?? 0;
        if (rid < lo || rid > hi || (!single && !inRanges(rid, ranges))) continue;
        if (counts[rid] === 0) touched.push(rid);
        counts[rid] = (counts[rid] ?? 0) + 1;
      }
    }
    // bucket by Dice (0..100) instead of sorting every touched row
    const q = qGrams.size;
    const buckets: number[][] = Array.from({ length: 101 }, () => []);
    for (const rid of touched) {
      const d = (2 * (counts[rid] ?? 0)) / (q + (this.ntri[rid] ?? 0));
      buckets[Math.min(100, Math.floor(d * 100))]?.push(rid);
    }
    const out = new Set<number>();
    for (const { rid } of this.stmt.byNorm.all(norm)) if (inRanges(rid, ranges)) out.add(rid);
    for (let b = 100; b >= 0 && out.size < keep; b--) {
      for (const rid of buckets[b] ?? []) {
        out.add(rid);
        if (out.size >= keep) break;
      }
    }
    return [...out];
  }
}

function toRegion(row: RegionRow): Region {
  return {
    code: row.code,
    name: row.name,
    level: LEVEL_BY_NUMBER[row.level] ?? 'desa',
    parent: row.parent,
  };
}

function inRanges(rid: number, ranges: readonly LevelRange[]): boolean {
  for (const r of ranges) if (rid >= r.first && rid <= r.last) return true;
  return false;
}

/** 1 when the region fits the level the query's prefix names; less when it does not. */
function levelFit(v: QueryVariant, row: RegionRow): number {
  if (v.literal) return 0.97;
  if (!v.hint) return 1;
  const level = LEVEL_BY_NUMBER[row.level];
  if (level !== hintLevel(v.hint)) return 0.85;
  switch (v.hint) {
    case 'kota':
    case 'kabupaten':
      return regencyKind(row.code) === v.hint ? 1 : 0.95;
    case 'kelurahan':
      return villageKind(row.code) === 'kelurahan' ? 1 : 0.95;
    case 'desa':
      return villageKind(row.code) === 'kelurahan' ? 0.95 : 1;
    default:
      return 1;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** True when `code` lies within one of `cakupan` (a dataset's declared coverage). */
export function withinCoverage(code: string, cakupan: readonly string[]): boolean {
  return cakupan.some((c) => isWithin(code, c));
}
