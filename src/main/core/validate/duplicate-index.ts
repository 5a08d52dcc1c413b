/**
 * One index of row keys shared by the duplicate rules.
 *
 * The key is the declared primary key, or else every key column (codes, names, categories,
 * period — see ColumnInfo.isKey), or else every column. For each data row the index appends
 * three 64-bit hashes — of the key, of the values (measures and satuan) and of the whole row
 * (every column but row counters) — and its line to typed arrays (28 bytes a row, written in
 * order), and marks the key in a bit set (4 bits a row, small enough to stay in cache). A row whose bit was
 * already set may repeat a key; only those keys are looked at again at the end, so no large
 * random-access hash table is touched while streaming.
 *
 * The chance that two different keys share a 64-bit hash is about n² / 2⁶⁵ (≈ 3e-8 for a
 * million rows).
 *
 * For messages, the key as text is kept once per repeated key (at most MAX_KEY_TEXTS keys; the
 * collector names only the first few dozen groups anyway). The repeats are computed once, into
 * typed arrays (21 bytes per repeated row), so a million repeated rows hold no per-row objects.
 */
import { combineSets, rowHashes, type RowHashes } from './hash';
import { HashTable64 } from './hash-table';
import { truncate } from './rule-helpers';
import type { RowView, RuleContext } from './types';

/** Every row whose key occurred before (file order), as parallel typed arrays. */
export interface DuplicateRepeats {
  /** number of repeated rows */
  readonly size: number;
  /** the row's line */
  readonly line: Uint32Array;
  /** line of the first row with this key */
  readonly first: Uint32Array;
  /** 1 when the row's values (measures, satuan) equal those of the key's first row */
  readonly sameValues: Uint8Array;
  /** an earlier row with the same key is identical to this one (its line), or 0 */
  readonly identicalTo: Uint32Array;
  /** the repeated key, numbered 0… in order of its first repeat */
  readonly key: Uint32Array;
  /** number of repeated keys */
  readonly keys: number;
}

const FIELDS = 7; // key hi, key lo, values hi, lo, full hi, lo, line
/** distinct repeated keys whose text is kept for messages */
export const MAX_KEY_TEXTS = 100_000;

export class DuplicateIndex {
  readonly keyCols: number[];
  readonly valueCols: number[];
  readonly fullCols: number[];
  readonly usesPrimaryKey: boolean;
  /** full row plus key columns (a declared key may include a row counter) */
  private readonly identityCols: number[];
  private readonly hashes: RowHashes;
  private data: Uint32Array;
  private n = 0;
  private line = Number.NaN;
  private cells: readonly string[] | null = null;
  private repeats: DuplicateRepeats | null = null;
  /** per repeated key (DuplicateRepeats.key): 1 + index of its text in `texts`, or 0 */
  private keyTexts: Uint32Array | null = null;
  /** the columns of the three hashes (key, values, whole row) for combineSets */
  private readonly hashCols: Int32Array;
  private readonly hashSets: Uint8Array;
  private readonly keys = new Uint32Array(6);
  private readonly seen: Uint32Array;
  private readonly seenMask: number;
  private readonly texts: string[] = [];
  private readonly textIndex = new HashTable64(1024);
  /** rows whose key bit was already set when they arrived */
  private candidates = new Uint32Array(1024);
  private candidateCount = 0;

  constructor(ctx: RuleContext) {
    const pk = (ctx.input.primaryKey ?? []).filter((i) => i >= 0 && i < ctx.width);
    const fullCols = ctx.columns.filter((c) => c.role !== 'row-number').map((c) => c.index);
    const keyCols = ctx.columns.filter((c) => c.isKey).map((c) => c.index);
    this.usesPrimaryKey = pk.length > 0;
    this.keyCols = pk.length > 0 ? pk : keyCols.length > 0 ? keyCols : fullCols;
    this.valueCols = ctx.columns
      .filter((c) => c.isMeasure || c.role === 'unit')
      .map((c) => c.index);
    this.fullCols = fullCols;
    const full = new Set(fullCols);
    this.identityCols = this.keyCols.some((i) => !full.has(i))
      ? [...new Set([...fullCols, ...this.keyCols])].sort((a, b) => a - b)
      : fullCols;
    this.hashes = rowHashes(ctx);
    const sets = new Map<number, number>();
    const mark = (cols: readonly number[], bit: number): void => {
      for (const c of cols) sets.set(c, (sets.get(c) ?? 0) | bit);
    };
    mark(this.keyCols, 1);
    mark(this.valueCols, 2);
    mark(this.identityCols, 4);
    const cols = [...sets.keys()].sort((a, b) => a - b);
    this.hashCols = Int32Array.from(cols);
    this.hashSets = Uint8Array.from(cols.map((c) => sets.get(c) ?? 0));
    const expected = Math.max(16, Math.min((ctx.input.rowCount ?? 1024) + 1, 4_000_000));
    this.data = new Uint32Array(expected * FIELDS);
    let bits = 1 << 16;
    while (bits < expected * 4 && bits < 1 << 28) bits *= 2;
    this.seen = new Uint32Array(bits >>> 5);
    this.seenMask = bits - 1;
  }

  /** Record a data row (once per row, however many rules call it). */
  add(row: RowView): void {
    if (row.kind !== 'data') return;
    if (row.line === this.line && row.cells === this.cells) return;
    this.line = row.line;
    this.cells = row.cells;
    if ((this.n + 1) * FIELDS > this.data.length) {
      const d = new Uint32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.hashes.update(row);
    // key, values and whole row hashed in one pass over the cells
    const keys = this.keys;
    combineSets(this.hashes, this.hashCols, this.hashSets, keys);
    const d = this.data;
    const p = this.n * FIELDS;
    const kHi = keys[0] ?? 0;
    const kLo = keys[1] ?? 0;
    d[p] = kHi;
    d[p + 1] = kLo;
    const bit = (kHi ^ kLo) & this.seenMask;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if (((this.seen[word] ?? 0) & mask) !== 0) {
      this.addCandidate(this.n);
      if (this.texts.length < MAX_KEY_TEXTS && this.textIndex.get(kHi, kLo) === 0) {
        this.texts.push(
          truncate(this.keyCols.map((i) => (row.cells[i] ?? '').trim()).join(', '), 100),
        );
        this.textIndex.getOrSet(kHi, kLo, this.texts.length);
      }
    } else this.seen[word] = (this.seen[word] ?? 0) | mask;
    d[p + 2] = keys[2] ?? 0;
    d[p + 3] = keys[3] ?? 0;
    d[p + 4] = keys[4] ?? 0;
    d[p + 5] = keys[5] ?? 0;
    d[p + 6] = row.line;
    this.n++;
  }

  private addCandidate(i: number): void {
    if (this.candidateCount === this.candidates.length) {
      const c = new Uint32Array(this.candidates.length * 2);
      c.set(this.candidates);
      this.candidates = c;
    }
    this.candidates[this.candidateCount++] = i;
  }

  /** The key of the `i`-th repeated row as text (for messages), when kept. */
  keyText(i: number): string | undefined {
    const k = this.repeats?.key[i] ?? 0;
    const t = this.keyTexts?.[k] ?? 0;
    return t === 0 ? undefined : this.texts[t - 1];
  }

  /**
   * Every row whose key occurred before (in file order), with what it shares with earlier rows.
   * Computed once, after all rows were added: only keys whose bit was already set when a row
   * arrived (true repeats and a few false positives) are looked at again. Two passes over the
   * rows, each touching only small tables:
   * 1. each row of such a key finds its key's first row; a bit set over whole-row hashes keeps
   *    the hashes met more than once (true repeats and a few bit collisions) in `maybeSame`;
   * 2. only rows whose whole-row hash is in `maybeSame` go into the table that finds the first
   *    identical row — any other row has no identical row at all, so no table of every row's
   *    hash is needed.
   */
  repeatedRows(): DuplicateRepeats {
    if (this.repeats) return this.repeats;
    const cand = this.candidates;
    const m = this.candidateCount;
    const line = new Uint32Array(m);
    const first = new Uint32Array(m);
    const sameValues = new Uint8Array(m);
    const identicalTo = new Uint32Array(m);
    const key = new Uint32Array(m);
    let keyTexts = new Uint32Array(0);
    let keys = 0;
    let size = 0;
    if (m > 0) {
      const d = this.data;
      const n = this.n;
      // keys that may repeat → 1, then (in the pass over all rows) → index + 2 of their first row
      // starts small and grows: sized by the distinct keys it ends up holding (not by the
      // candidates), it stays in cache when keys repeat a lot
      const firstOf = new HashTable64();
      for (let c = 0; c < m; c++) {
        const p = (cand[c] ?? 0) * FIELDS;
        firstOf.getOrSet(d[p] ?? 0, d[p + 1] ?? 0, 1);
      }
      // firstOf no longer grows, so its slots number the keys: 1 + key number per slot
      const keyOfSlot = new Uint32Array(firstOf.capacity);
      keyTexts = new Uint32Array(firstOf.size);
      /** per row: 0 its key does not repeat, 1 first row of a repeated key, 2 a repeat */
      const role = new Uint8Array(n);
      let bits = 1 << 16;
      while (bits < m * 16 && bits < 1 << 28) bits *= 2;
      const fullSeen = new Uint32Array(bits >>> 5);
      const fullMask = bits - 1;
      const maybeSame = new HashTable64();
      for (let i = 0; i < n; i++) {
        const p = i * FIELDS;
        const kHi = d[p] ?? 0;
        const kLo = d[p + 1] ?? 0;
        const slot = firstOf.slot(kHi, kLo);
        if (slot < 0) continue;
        const fHi = d[p + 4] ?? 0;
        const fLo = d[p + 5] ?? 0;
        const bit = (fHi ^ fLo) & fullMask;
        const word = bit >>> 5;
        const mask = 1 << (bit & 31);
        if (((fullSeen[word] ?? 0) & mask) !== 0) maybeSame.getOrSet(fHi, fLo, 1);
        else fullSeen[word] = (fullSeen[word] ?? 0) | mask;
        const f = firstOf.valueAt(slot);
        if (f === 1) {
          firstOf.setValueAt(slot, i + 2);
          role[i] = 1;
          continue;
        }
        role[i] = 2;
        let k = keyOfSlot[slot] ?? 0;
        if (k === 0) {
          k = ++keys;
          keyOfSlot[slot] = k;
          keyTexts[k - 1] = this.textIndex.get(kHi, kLo);
        }
        const a = (f - 2) * FIELDS;
        line[size] = d[p + 6] ?? 0;
        first[size] = d[a + 6] ?? 0;
        sameValues[size] = d[p + 2] === d[a + 2] && d[p + 3] === d[a + 3] ? 1 : 0;
        key[size] = k - 1;
        size++;
      }
      if (maybeSame.size > 0) {
        /** whole row → line of its first occurrence (rows of repeated keys only) */
        const firstSame = new HashTable64(maybeSame.size);
        let r = 0;
        for (let i = 0; i < n; i++) {
          const kind = role[i];
          if (kind === 0) continue;
          const p = i * FIELDS;
          const fHi = d[p + 4] ?? 0;
          const fLo = d[p + 5] ?? 0;
          const same =
            maybeSame.get(fHi, fLo) === 0 ? 0 : firstSame.getOrSet(fHi, fLo, d[p + 6] ?? 0);
          if (kind === 2) identicalTo[r++] = same;
        }
      }
    }
    // the rows' hashes are not needed any more
    this.candidates = new Uint32Array(0);
    this.data = new Uint32Array(0);
    this.keyTexts = keyTexts;
    this.repeats = { size, line, first, sameValues, identicalTo, key, keys };
    return this.repeats;
  }
}

export function duplicateIndex(ctx: RuleContext): DuplicateIndex {
  return ctx.shared('duplicate-index', () => new DuplicateIndex(ctx));
}
