/**
 * What kind of row this is: data, blank, a title/footnote row inside the data, or a
 * total/subtotal row ("Jumlah", "Total", or the parent area's name). Computed once per row by
 * the engine; most rules only look at data rows.
 */
import { ByteTable, IdTable } from './hash';
import type { RegionAnalysis } from './region-analysis';
import { LEVEL_RANK, strictRegionName } from './reference-lookup';
import { CellKind, type ColumnInfo, type RowKind } from './types';

export const TOTAL_RE =
  /^(?:jumlah|total|sub[\s-]?total|grand\s+total|jml\.?|jumlah\s+total|total\s+jumlah|jumlah\s+keseluruhan|total\s+keseluruhan|jumlah\/total)(?:\s+(?:kota|kabupaten|kab\.?|kecamatan|kec\.?|kelurahan|kel\.?|desa|provinsi|prov\.?|keseluruhan|semua|seluruhnya|umum)\b.*)?\s*:?$/i;

export const FOOTNOTE_RE =
  /^(?:sumber|source|catatan|keterangan|ket\.|note|notes|\*|\(\*|\d\)|[a-z]\))\s*[:.)]?/i;

/** The first two letters of a total word: ju(mlah), jm(l), to(tal), su(btotal), gr(and). */
function totalStart(a: number, b: number): boolean {
  const x = a | 32;
  const y = b | 32;
  return (
    (x === 106 && (y === 117 || y === 109)) ||
    (x === 116 && y === 111) ||
    (x === 115 && y === 117) ||
    (x === 103 && y === 114)
  );
}

export function isTotalWord(v: string): boolean {
  if (v.length < 3) return false;
  const c = v.charCodeAt(0);
  if (c <= 32 || c === 160) {
    const t = v.trim();
    return t.length >= 3 && totalStart(t.charCodeAt(0), t.charCodeAt(1)) && TOTAL_RE.test(t);
  }
  return totalStart(c, v.charCodeAt(1)) && TOTAL_RE.test(v.trimEnd());
}

/** The last character, lower-cased for ASCII letters; -1 when it is whitespace. */
function lastLetter(s: string): number {
  const c = s.charCodeAt(s.length - 1);
  if (c <= 32 || c === 160) return -1;
  return c >= 65 && c <= 90 ? c + 32 : c;
}

export class RowClassifier {
  /** columns that may carry a total label */
  private readonly labelCols: ColumnInfo[];
  /** region-name columns with their higher-level region-name columns */
  private readonly nameCols: { col: ColumnInfo; higher: ColumnInfo[] }[];
  private readonly freeText: Set<number>;
  private readonly strictMemo = new Map<string, string>();
  private readonly higherMemo = new Map<number, Map<string, boolean>>();
  /** per label column and dictionary id (InputRow.ids): 0 not judged, 1 no total, 2 total */
  private readonly labelById: IdTable;
  /** per nameCols entry: its verdict by the dictionary ids of its cells (see nameKey): 1 no
   *  total, 2 total */
  private readonly nameById: ByteTable[];
  /** per nameCols entry: its columns (name, then higher) and the id limit for nameKey */
  private readonly nameKeyCols: Int32Array[];
  private readonly nameKeyLimit: number[];

  constructor(
    columns: readonly ColumnInfo[],
    private readonly regions: RegionAnalysis,
  ) {
    this.labelCols = columns.filter(
      (c) =>
        c.role === 'region-name' ||
        c.role === 'category' ||
        c.role === 'text' ||
        c.role === 'region-code' ||
        c.role === 'identifier',
    );
    const names = columns.filter((c) => c.role === 'region-name' && c.regionLevel);
    this.nameCols = names.map((col) => ({
      col,
      higher: names.filter(
        (h) =>
          h !== col && LEVEL_RANK[h.regionLevel ?? 'desa'] < LEVEL_RANK[col.regionLevel ?? 'desa'],
      ),
    }));
    this.freeText = new Set(columns.filter((c) => c.role === 'free-text').map((c) => c.index));
    this.labelById = new IdTable(columns.length);
    this.nameById = this.nameCols.map(() => new ByteTable());
    this.nameKeyCols = this.nameCols.map(
      (e) => new Int32Array([e.col.index, ...e.higher.map((h) => h.index)]),
    );
    this.nameKeyLimit = this.nameCols.map((e) => 2 ** Math.floor(30 / (1 + e.higher.length)));
    for (let i = 0; i < columns.length; i++) {
      this.lastLabel.push('\u0000');
      this.lastLabelTotal.push(false);
      this.lastStrictIn.push('\u0000');
      this.lastStrictOut.push('');
    }
  }

  private readonly lastStrictIn: string[] = [];
  private readonly lastStrictOut: string[] = [];

  /** Strict region-name form of a cell of column `col` (memoised, last value first). */
  private strict(col: number, v: string): string {
    if (v === this.lastStrictIn[col]) return this.lastStrictOut[col] ?? '';
    let s = this.strictMemo.get(v);
    if (s === undefined) {
      if (this.strictMemo.size > 50_000) this.strictMemo.clear();
      s = strictRegionName(v);
      this.strictMemo.set(v, s);
    }
    this.lastStrictIn[col] = v;
    this.lastStrictOut[col] = s;
    return s;
  }

  private isHigher(
    index: number,
    v: string,
    level: NonNullable<ColumnInfo['regionLevel']>,
  ): boolean {
    let memo = this.higherMemo.get(index);
    if (!memo) {
      memo = new Map();
      this.higherMemo.set(index, memo);
    }
    let r = memo.get(v);
    if (r === undefined) {
      if (memo.size > 50_000) memo.clear();
      r = this.regions.isHigherLevelName(v, level);
      memo.set(v, r);
    }
    return r;
  }

  /** per column: the last label value and whether it was a total word */
  private readonly lastLabel: string[] = [];
  private readonly lastLabelTotal: boolean[] = [];

  /** isTotalWord for a label cell, remembering the last value per column. */
  private totalAt(col: number, v: string): boolean {
    if (v === this.lastLabel[col]) return this.lastLabelTotal[col] === true;
    const r = isTotalWord(v);
    this.lastLabel[col] = v;
    this.lastLabelTotal[col] = r;
    return r;
  }

  /**
   * A name cell that is the name of a higher level in the same row (or names a higher-level
   * area itself) makes the row a total. Depends on the cells of the entry's columns only.
   */
  private nameTotal(
    { col, higher }: { col: ColumnInfo; higher: ColumnInfo[] },
    cells: readonly string[],
  ): boolean {
    const v = cells[col.index] ?? '';
    if (v.trim() === '') return false;
    const sv = this.strict(col.index, v);
    const last = lastLetter(v);
    for (const h of higher) {
      const hv = cells[h.index] ?? '';
      if (hv === '') continue;
      if (hv === v) return true;
      // strict forms differ in their prefix only: a different last letter settles it
      const hl = lastLetter(hv);
      if (hl !== last && hl !== -1 && last !== -1) continue;
      if (this.strict(h.index, hv) === sv) return true;
    }
    return col.regionLevel !== undefined && this.isHigher(col.index, v, col.regionLevel);
  }

  /**
   * The row's kind. With the row's dictionary ids (InputRow.ids, at `at`), the verdicts on label
   * and name cells are remembered per distinct value (combination), not worked out per row.
   */
  classify(
    cells: readonly string[],
    kinds: Uint8Array,
    width: number,
    ids?: Int32Array,
    at = 0,
  ): RowKind {
    let nonEmpty = 0;
    let only = -1;
    for (let i = 0; i < width; i++) {
      const k = kinds[i];
      if (k !== CellKind.Empty && k !== CellKind.Blank) {
        nonEmpty++;
        only = i;
      }
    }
    for (let i = width; i < cells.length; i++) {
      if ((cells[i] ?? '').trim() !== '') nonEmpty++;
    }
    if (nonEmpty === 0) return 'blank';
    if (nonEmpty === 1 && only >= 0 && width >= 3 && kinds[only] === CellKind.Text) {
      const v = (cells[only] ?? '').trim();
      if (!this.freeText.has(only) && (FOOTNOTE_RE.test(v) || v.split(/\s+/).length >= 4)) {
        return 'note';
      }
    }
    for (const c of this.labelCols) {
      const id = ids ? (ids[at + c.index] ?? -1) : -1;
      if (id < 0) {
        if (this.totalAt(c.index, cells[c.index] ?? '')) return 'total';
        continue;
      }
      let m = this.labelById.get(c.index, id);
      if (m === 0) {
        m = this.totalAt(c.index, cells[c.index] ?? '') ? 2 : 1;
        this.labelById.set(c.index, id, m);
      }
      if (m === 2) return 'total';
    }
    for (let n = 0; n < this.nameCols.length; n++) {
      const entry = this.nameCols[n] as (typeof this.nameCols)[number];
      const key = ids
        ? nameKey(this.nameKeyCols[n] as Int32Array, this.nameKeyLimit[n] ?? 0, ids, at)
        : -1;
      if (key < 0) {
        if (this.nameTotal(entry, cells)) return 'total';
        continue;
      }
      const memo = this.nameById[n] as ByteTable;
      let r = memo.get(key);
      if (r === 0) {
        if (memo.size > 100_000) memo.clear();
        r = this.nameTotal(entry, cells) ? 2 : 1;
        memo.set(key, r);
      }
      if (r === 2) return 'total';
    }
    return 'data';
  }
}

/**
 * The dictionary ids of a name entry's columns packed into one small integer (at most 30 bits,
 * so that it stays a small integer as a Map key), or -1 when a cell has no id or an id does
 * not fit.
 */
function nameKey(cols: Int32Array, limit: number, ids: Int32Array, at: number): number {
  let key = 0;
  for (let k = 0; k < cols.length; k++) {
    const id = ids[at + (cols[k] ?? 0)] ?? -1;
    if (id < 0 || id >= limit) return -1;
    key = key * limit + id;
  }
  return key;
}
