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
 * typed arrays (17 bytes per repeated row), so a million repeated rows hold no per-row objects.
 */
import { rowHashes, type RowHashes } from './hash';
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
  /** per repeat: 1 + index of its key's text in `texts`, or 0 */
  private repeatTexts: Uint32Array | null = null;
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
    const h = this.hashes.update(row);
    const d = this.data;
    const p = this.n * FIELDS;
    h.combine(this.keyCols);
    const kHi = h.hi;
    const kLo = h.lo;
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
    h.combine(this.valueCols);
    d[p + 2] = h.hi;
    d[p + 3] = h.lo;
    h.combine(this.identityCols);
    d[p + 4] = h.hi;
    d[p + 5] = h.lo;
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
    const t = this.repeatTexts?.[i] ?? 0;
    return t === 0 ? undefined : this.texts[t - 1];
  }

  /**
   * Every row whose key occurred before (in file order), with what it shares with earlier rows.
   * Computed once, after all rows were added: only keys whose bit was already set when a row
   * arrived (true repeats and a few false positives) are looked at again, in two tables.
   */
  repeatedRows(): DuplicateRepeats {
    if (this.repeats) return this.repeats;
    const cand = this.candidates;
    const m = this.candidateCount;
    const line = new Uint32Array(m);
    const first = new Uint32Array(m);
    const sameValues = new Uint8Array(m);
    const identicalTo = new Uint32Array(m);
    const texts = new Uint32Array(m);
    let size = 0;
    if (m > 0) {
      const d = this.data;
      // keys that may repeat → 1, then (in the pass over all rows) → index + 2 of their first row
      // starts small and grows: sized by the distinct keys it ends up holding (not by the
      // candidates), it stays in cache when keys repeat a lot
      const firstOf = new HashTable64();
      for (let c = 0; c < m; c++) {
        const p = (cand[c] ?? 0) * FIELDS;
        firstOf.getOrSet(d[p] ?? 0, d[p + 1] ?? 0, 1);
      }
      /** whole row → line of its first occurrence (rows of repeated keys only) */
      const firstSame = new HashTable64(m);
      for (let i = 0; i < this.n; i++) {
        const p = i * FIELDS;
        const kHi = d[p] ?? 0;
        const kLo = d[p + 1] ?? 0;
        const f = firstOf.get(kHi, kLo);
        if (f === 0) continue;
        const same = firstSame.getOrSet(d[p + 4] ?? 0, d[p + 5] ?? 0, d[p + 6] ?? 0);
        if (f === 1) {
          firstOf.replace(kHi, kLo, i + 2);
          continue;
        }
        const a = (f - 2) * FIELDS;
        line[size] = d[p + 6] ?? 0;
        first[size] = d[a + 6] ?? 0;
        sameValues[size] = d[p + 2] === d[a + 2] && d[p + 3] === d[a + 3] ? 1 : 0;
        identicalTo[size] = same;
        texts[size] = this.textIndex.get(kHi, kLo);
        size++;
      }
    }
    // the rows' hashes are not needed any more
    this.candidates = new Uint32Array(0);
    this.data = new Uint32Array(0);
    this.repeatTexts = texts;
    this.repeats = { size, line, first, sameValues, identicalTo };
    return this.repeats;
  }
}

export function duplicateIndex(ctx: RuleContext): DuplicateIndex {
  return ctx.shared('duplicate-index', () => new DuplicateIndex(ctx));
}
