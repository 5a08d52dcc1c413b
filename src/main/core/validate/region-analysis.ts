/**
 * Shared, memoised analysis of region codes and names for one validation run. The reference
 * rules (unknown code, mixed systems, code↔name, parent, obsolete) all read from it, so each
 * distinct code is looked up once however many rows repeat it.
 */
import {
  BPS_DIGITS,
  compactRegionName,
  dotKemendagri,
  isDottedKemendagri,
  KEMENDAGRI_DIGITS,
  LEVEL_RANK,
  levelOfDotted,
  parentOfDotted,
  REGION_LEVELS,
  strictRegionName,
  type ObsoleteCode,
  type RegionCandidate,
  type RegionEntry,
  type RegionLevel,
  type RegionLookup,
} from './reference-lookup';
import type { CodeSystem, ColumnInfo, RowView, RuleContext } from './types';

export type CodeStatus =
  'ok' | 'unknown' | 'malformed' | 'wrong-level' | 'other-system' | 'obsolete' | 'unchecked';

export interface CodeAnalysis {
  status: CodeStatus;
  /** trimmed value */
  raw: string;
  /** dotted Kemendagri form, when the value has one */
  code?: string;
  level?: RegionLevel;
  entry?: RegionEntry;
  obsolete?: ObsoleteCode;
  style: 'dotted' | 'undotted' | 'other';
  /** for `other-system`: the system the value looks like */
  looksLike?: CodeSystem;
  /** the last name compared with this code and the result (consecutive rows repeat) */
  lastName?: string;
  lastMatch?: NameMatch;
}

export type NameMatch = 'ok' | 'variant' | 'mismatch';

const MEMO_LIMIT = 100_000;

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

export class RegionAnalysis {
  private readonly codeMemo: Map<string, CodeAnalysis>[];
  private readonly nameMemo = new Map<string, Map<string, NameMatch>>();
  private curLine = Number.NaN;
  private curCells: readonly string[] | null = null;
  private gen = 0;
  private readonly genOf: Int32Array;
  private readonly rowCache: (CodeAnalysis | undefined)[];
  /** the last raw value per column and its analysis: consecutive rows often repeat codes */
  private readonly lastRaw: string[];
  private readonly lastResult: (CodeAnalysis | undefined)[];
  /** per column: the analysis by dictionary id (RowView.ids); null for an empty cell */
  private readonly byId: (CodeAnalysis | null | undefined)[][];
  private readonly suggestMemo = new Map<string, RegionCandidate | null>();
  private readonly higherMemo = new Map<string, boolean>();

  constructor(
    readonly regions: RegionLookup | undefined,
    readonly columns: readonly ColumnInfo[],
  ) {
    this.codeMemo = columns.map(() => new Map());
    this.genOf = new Int32Array(columns.length);
    this.rowCache = columns.map(() => undefined);
    this.lastRaw = columns.map(() => '\u0000');
    this.lastResult = columns.map(() => undefined);
    this.byId = columns.map(() => []);
  }

  /** The analysis of a code cell of the current row (computed once per row and column). */
  rowCode(col: ColumnInfo, row: RowView): CodeAnalysis | undefined {
    if (row.line !== this.curLine || row.cells !== this.curCells) {
      this.curLine = row.line;
      this.curCells = row.cells;
      this.gen++;
    }
    const i = col.index;
    if (this.genOf[i] === this.gen) return this.rowCache[i];
    // by the cell's dictionary id when it has one (null: an empty cell)
    const id = row.ids ? (row.ids[(row.idAt ?? 0) + i] ?? -1) : -1;
    const byId = this.byId[i];
    let a: CodeAnalysis | undefined | null = id >= 0 && byId ? byId[id] : undefined;
    if (a === undefined) {
      const v = row.cells[i] ?? '';
      if (v === this.lastRaw[i]) a = this.lastResult[i];
      else {
        a = this.code(col, v);
        this.lastRaw[i] = v;
        this.lastResult[i] = a;
      }
      if (id >= 0 && byId) byId[id] = a ?? null;
    }
    const result = a ?? undefined;
    this.genOf[i] = this.gen;
    this.rowCache[i] = result;
    return result;
  }

  get edition(): string {
    return this.regions?.edition ?? 'Kemendagri';
  }

  codeColumns(): ColumnInfo[] {
    return this.columns.filter((c) => c.role === 'region-code');
  }

  nameColumnFor(level: RegionLevel | undefined): ColumnInfo | undefined {
    if (!level) return undefined;
    return this.columns.find((c) => c.role === 'region-name' && c.regionLevel === level);
  }

  codeColumnFor(level: RegionLevel | undefined): ColumnInfo | undefined {
    if (!level) return undefined;
    return this.columns.find((c) => c.role === 'region-code' && c.regionLevel === level);
  }

  /** Analyse a code cell of a region-code column (memoised per column). */
  code(col: ColumnInfo, value: string): CodeAnalysis | undefined {
    const n = value.length;
    const raw =
      n > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(n - 1) > 32 ? value : value.trim();
    if (raw === '') return undefined;
    const memo = this.codeMemo[col.index];
    const hit = memo?.get(raw);
    if (hit) return hit;
    const result = this.analyse(col, raw);
    return memo ? remember(memo, raw, result) : result;
  }

  private analyse(col: ColumnInfo, raw: string): CodeAnalysis {
    const system: CodeSystem = col.codeSystem ?? 'kemendagri';
    const dotted = raw.includes('.');
    const digitsOnly = /^\d+$/.test(raw);
    const style = dotted ? 'dotted' : digitsOnly ? 'undotted' : 'other';
    const level = col.regionLevel ?? (dotted ? levelOfDotted(raw) : levelOfDigits(raw.length));
    if (!level) return { status: 'malformed', raw, style };

    if (system === 'bps') {
      if (dotted) return { status: 'other-system', raw, style, level, looksLike: 'kemendagri' };
      if (!digitsOnly || raw.length !== BPS_DIGITS[level])
        return { status: 'malformed', raw, style, level };
      if (level === 'kecamatan' || level === 'desa')
        return { status: 'unchecked', raw, style, level };
      return this.lookup(raw, dotKemendagri(raw) ?? raw, level, style);
    }
    if (dotted) {
      if (isDottedKemendagri(raw, level)) return this.lookup(raw, raw, level, style);
      const other = levelOfDotted(raw);
      if (other && other !== level) return { status: 'wrong-level', raw, style, level, code: raw };
      return { status: 'malformed', raw, style, level };
    }
    if (digitsOnly) {
      if (raw.length === KEMENDAGRI_DIGITS[level]) {
        return this.lookup(raw, dotKemendagri(raw) ?? raw, level, style);
      }
      if (raw.length === BPS_DIGITS[level]) {
        return { status: 'other-system', raw, style, level, looksLike: 'bps' };
      }
      for (const l of REGION_LEVELS) {
        if (l !== level && raw.length === KEMENDAGRI_DIGITS[l]) {
          return { status: 'wrong-level', raw, style, level, code: dotKemendagri(raw) ?? raw };
        }
      }
    }
    return { status: 'malformed', raw, style, level };
  }

  private lookup(
    raw: string,
    code: string,
    level: RegionLevel,
    style: CodeAnalysis['style'],
  ): CodeAnalysis {
    const base = { raw, code, level, style };
    if (!this.regions) return { status: 'unchecked', ...base };
    const entry = this.regions.byCode(code);
    if (entry && entry.level === level) return { status: 'ok', ...base, entry };
    if (!entry) {
      const obsolete = this.regions.obsolete(code);
      if (obsolete) return { status: 'obsolete', ...base, obsolete };
    }
    return { status: 'unknown', ...base };
  }

  /**
   * An unknown code whose row names a child that moved to another parent (e.g. Damai under
   * 64.71.05 before 2012): the obsolete code and its current replacement.
   */
  movedByName(a: CodeAnalysis, name: string): ObsoleteCode | undefined {
    if (a.status !== 'unknown' || !a.code || !this.regions?.moved || name.trim() === '') {
      return undefined;
    }
    const parent = parentOfDotted(a.code);
    return parent ? this.regions.moved(name, parent) : undefined;
  }

  /** nameMatch for an analysed code (`a.entry` must be set), remembering the last name. */
  nameMatchFor(a: CodeAnalysis, name: string): NameMatch {
    if (a.lastName === name && a.lastMatch !== undefined) return a.lastMatch;
    const match = a.entry ? this.nameMatch(a.entry, name) : 'mismatch';
    a.lastName = name;
    a.lastMatch = match;
    return match;
  }

  /** Does `name` equal the official name of `entry`? (memoised) */
  nameMatch(entry: RegionEntry, name: string): NameMatch {
    let memo = this.nameMemo.get(entry.code);
    if (!memo) {
      if (this.nameMemo.size >= MEMO_LIMIT) this.nameMemo.clear();
      memo = new Map();
      this.nameMemo.set(entry.code, memo);
    }
    const hit = memo.get(name);
    if (hit) return hit;
    let result: NameMatch;
    if (strictRegionName(name) === strictRegionName(entry.name)) result = 'ok';
    else if (
      compactRegionName(name) === compactRegionName(entry.name) ||
      (this.regions && this.regions.normalizeName(name) === this.regions.normalizeName(entry.name))
    )
      result = 'variant';
    else {
      const top = this.regions?.findByName(name, {
        level: entry.level,
        ...(entry.parent ? { parentCode: entry.parent } : {}),
      })[0];
      result = top && top.code === entry.code && top.score >= 0.8 ? 'variant' : 'mismatch';
    }
    return remember(memo, name, result);
  }

  /** The best official region for a name (score ≥ 0.8), memoised. */
  suggest(name: string, level?: RegionLevel, parentCode?: string): RegionCandidate | undefined {
    if (!this.regions || name.trim() === '') return undefined;
    const key = `${level ?? ''}\u0000${parentCode ?? ''}\u0000${name}`;
    if (this.suggestMemo.has(key)) return this.suggestMemo.get(key) ?? undefined;
    const opts: { level?: RegionLevel; parentCode?: string } = {};
    if (level) opts.level = level;
    if (parentCode) opts.parentCode = parentCode;
    const top = this.regions.findByName(name, opts)[0];
    const result = top && top.score >= 0.8 ? top : null;
    remember(this.suggestMemo, key, result);
    return result ?? undefined;
  }

  /**
   * Is `name` (in a column of `level`) the name of a higher-level area and of no area at its
   * own level? Marks rows like "Kota Balikpapan" in a kecamatan column as totals.
   */
  isHigherLevelName(name: string, level: RegionLevel): boolean {
    if (!this.regions) return false;
    const key = `${level}\u0000${name}`;
    const hit = this.higherMemo.get(key);
    if (hit !== undefined) return hit;
    const strict = strictRegionName(name);
    let result = false;
    if (strict !== '') {
      const own = this.regions
        .findByName(name, { level })
        .some((c) => strictRegionName(c.name) === strict);
      if (!own) {
        result = this.regions
          .findByName(name)
          .some(
            (c) =>
              LEVEL_RANK[c.level] < LEVEL_RANK[level] &&
              strictRegionName(c.name) === strict &&
              c.score >= 0.95,
          );
      }
    }
    return remember(this.higherMemo, key, result);
  }
}

function levelOfDigits(n: number): RegionLevel | undefined {
  return REGION_LEVELS.find((l) => KEMENDAGRI_DIGITS[l] === n);
}

export function regionAnalysis(ctx: RuleContext): RegionAnalysis {
  return ctx.shared('region-analysis', () => new RegionAnalysis(ctx.regions, ctx.columns));
}
