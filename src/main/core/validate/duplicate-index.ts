/**
 * One index of row keys shared by the duplicate rules.
 *
 * The key is the declared primary key, or else every key column (codes, names, categories,
 * period — see ColumnInfo.isKey), or else every column. For each data row the index appends
 * three 64-bit hashes — of the key, of the values (measures and satuan) and of the whole row
 * (every column but row counters) — to one typed array (24 bytes a row, written in order);
 * the rows' lines are kept as runs of consecutive lines (a few bytes per break, not per row).
 * Each key is marked in a bit set (4 bits a row, small enough to stay in cache). A row whose bit
 * was already set may repeat a key: its key goes into a table of candidate keys (sized by the
 * distinct keys that may repeat, not by the rows), and only those keys are looked at again at
 * the end, so no table of every row's key is needed.
 *
 * The chance that two different keys share a 64-bit hash is about n² / 2⁶⁵ (≈ 3e-8 for a
 * million rows).
 *
 * For messages, the key as text is kept once per candidate key (at most MAX_KEY_TEXTS keys; the
 * collector names only the first few dozen groups anyway). The repeats are computed once, at
 * the end, into the same typed array that held the hashes (16 bytes per repeated row, written
 * behind the rows still to be read), so memory stays at 24 bytes a row and a million repeated
 * rows hold no per-row objects.
 */
import { combineSets, rowHashes, type RowHashes } from './hash';
import { HashTable64 } from './hash-table';
import { truncate } from './rule-helpers';
import type { RowView, RuleContext } from './types';

const FIELDS = 6; // key hi, lo, values hi, lo, full hi, lo
const OUT = 4; // line, first, identical to, key number (+ SAME_VALUES)
const SAME_VALUES = 0x8000_0000;
/** distinct repeated keys whose text is kept for messages */
export const MAX_KEY_TEXTS = 100_000;

/** Every row whose key occurred before (file order); `i` runs from 0 to size - 1. */
export class DuplicateRepeats {
  constructor(
    private readonly data: Uint32Array,
    /** number of repeated rows */
    readonly size: number,
    /** number of repeated keys */
    readonly keys: number,
  ) {}

  /** the row's line */
  line(i: number): number {
    return this.data[i * OUT] ?? 0;
  }

  /** line of the first row with this key */
  first(i: number): number {
    return this.data[i * OUT + 1] ?? 0;
  }

  /** an earlier row with the same key is identical to this one (its line), or 0 */
  identicalTo(i: number): number {
    return this.data[i * OUT + 2] ?? 0;
  }

  /** the row's values (measures, satuan) equal those of the key's first row */
  sameValues(i: number): boolean {
    return ((this.data[i * OUT + 3] ?? 0) & SAME_VALUES) !== 0;
  }

  /** the repeated key, numbered 0… in order of its first repeat */
  key(i: number): number {
    return ((this.data[i * OUT + 3] ?? 0) & ~SAME_VALUES) >>> 0;
  }
}

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
  /** runs of consecutive lines: (first row, its line) pairs */
  private runs = new Uint32Array(64);
  private runCount = 0;
  private nextLine = Number.NaN;
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
  /** keys that may repeat (their bit was already set) → candidate number 1… */
  private readonly candidateKeys = new HashTable64(1024);
  /** per candidate number: 1 + index of its text in `texts`, or 0 */
  private textOf = new Uint32Array(1024);
  /** rows whose key bit was already set when they arrived */
  private candidateRows = 0;

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
    if (row.line !== this.nextLine) this.addRun(row.line);
    this.nextLine = row.line + 1;
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
      this.candidateRows++;
      const known = this.candidateKeys.getOrSet(kHi, kLo, this.candidateKeys.size + 1);
      if (known === 0) this.addCandidateKey(row);
    } else this.seen[word] = (this.seen[word] ?? 0) | mask;
    d[p + 2] = keys[2] ?? 0;
    d[p + 3] = keys[3] ?? 0;
    d[p + 4] = keys[4] ?? 0;
    d[p + 5] = keys[5] ?? 0;
    this.n++;
  }

  /** A new run of consecutive lines starts at the current row. */
  private addRun(line: number): void {
    if (this.runCount * 2 + 2 > this.runs.length) {
      const r = new Uint32Array(this.runs.length * 2);
      r.set(this.runs);
      this.runs = r;
    }
    this.runs[this.runCount * 2] = this.n;
    this.runs[this.runCount * 2 + 1] = line;
    this.runCount++;
  }

  /** The candidate key just numbered (candidateKeys.size): keep its text while there is room. */
  private addCandidateKey(row: RowView): void {
    const c = this.candidateKeys.size;
    if (c >= this.textOf.length) {
      const t = new Uint32Array(this.textOf.length * 2);
      t.set(this.textOf);
      this.textOf = t;
    }
    if (this.texts.length < MAX_KEY_TEXTS) {
      this.texts.push(
        truncate(this.keyCols.map((i) => (row.cells[i] ?? '').trim()).join(', '), 100),
      );
      this.textOf[c] = this.texts.length;
    }
  }

  /** The key of the `i`-th repeated row as text (for messages), when kept. */
  keyText(i: number): string | undefined {
    const k = this.repeats?.key(i) ?? 0;
    const t = this.keyTexts?.[k] ?? 0;
    return t === 0 ? undefined : this.texts[t - 1];
  }

  /**
   * Every row whose key occurred before (in file order), with what it shares with earlier rows.
   * Computed once, after all rows were added: only candidate keys (true repeats and a few false
   * positives of the bit set) are looked at again. Passes over the rows, each touching only
   * small tables:
   * 1. each row gets its candidate number (0: none) in place of its key hash; then a bit set over
   *    the whole-row hashes of candidate rows (in the words the key hashes freed) keeps the
   *    hashes met more than once (true repeats and a few bit collisions) in `maybeSame`;
   * 2. in file order, the first row of each candidate key leaves its line and values hash; each
   *    later row is a repeat, written to the front of the same array (behind the rows still to
   *    be read). Only rows whose whole-row hash is in `maybeSame` go into the table that finds
   *    the first identical row — any other row has no identical row at all.
   */
  repeatedRows(): DuplicateRepeats {
    if (this.repeats) return this.repeats;
    const d = this.data;
    const n = this.n;
    const m = this.candidateKeys.size;
    let keys = 0;
    let size = 0;
    let keyTexts = new Uint32Array(0);
    if (m > 0) {
      const candidateKeys = this.candidateKeys;
      // the key hash gives way to the candidate number (0: not a candidate) …
      for (let p = 0; p < n * FIELDS; p += FIELDS) {
        d[p] = candidateKeys.get(d[p] ?? 0, d[p + 1] ?? 0);
        d[p + 1] = 0;
      }
      // … and the freed word of each row holds a bit set over whole-row hashes (word w at
      // w * FIELDS + 1): 16 bits or more per candidate row, at most 32 per row
      let bits = 16;
      while (bits < this.candidateRows * 16 && bits < 1 << 28) bits *= 2;
      const fullMask = bits - 1;
      const maybeSame = new HashTable64();
      for (let i = 0; i < n; i++) {
        const p = i * FIELDS;
        if (d[p] === 0) continue;
        const fHi = d[p + 4] ?? 0;
        const fLo = d[p + 5] ?? 0;
        const bit = (fHi ^ fLo) & fullMask;
        const at = (bit >>> 5) * FIELDS + 1;
        const mask = 1 << (bit & 31);
        const word = d[at] ?? 0;
        if ((word & mask) !== 0) maybeSame.getOrSet(fHi, fLo, 1);
        else d[at] = word | mask;
      }
      // per candidate number: 1 + line of its first row (0: not met yet), that row's values
      // hash, and 1 + its number as a repeated key (0: not repeated yet)
      const firstLine = new Uint32Array(m + 1);
      const firstValues = new Uint32Array((m + 1) * 2);
      const keyNumber = new Uint32Array(m + 1);
      keyTexts = new Uint32Array(m);
      /** whole row → line of its first occurrence (rows of candidate keys only) */
      const firstSame = new HashTable64(Math.max(1, maybeSame.size));
      const checkSame = maybeSame.size > 0;
      const runs = this.runs;
      let run = 0;
      let nextRunAt = this.runCount > 1 ? (runs[2] ?? 0) : n;
      let runBase = (runs[1] ?? 0) - (runs[0] ?? 0);
      for (let i = 0; i < n; i++) {
        const p = i * FIELDS;
        if (i === nextRunAt) {
          run++;
          runBase = (runs[run * 2 + 1] ?? 0) - i;
          nextRunAt = run + 1 < this.runCount ? (runs[run * 2 + 2] ?? 0) : n;
        }
        const c = d[p] ?? 0;
        if (c === 0) continue;
        const line = runBase + i;
        const vHi = d[p + 2] ?? 0;
        const vLo = d[p + 3] ?? 0;
        const fHi = d[p + 4] ?? 0;
        const fLo = d[p + 5] ?? 0;
        const same =
          checkSame && maybeSame.get(fHi, fLo) !== 0 ? firstSame.getOrSet(fHi, fLo, line) : 0;
        const f = firstLine[c] ?? 0;
        if (f === 0) {
          firstLine[c] = line + 1;
          firstValues[c * 2] = vHi;
          firstValues[c * 2 + 1] = vLo;
          continue;
        }
        let k = keyNumber[c] ?? 0;
        if (k === 0) {
          k = ++keys;
          keyNumber[c] = k;
          keyTexts[k - 1] = this.textOf[c] ?? 0;
        }
        const sameValues = vHi === firstValues[c * 2] && vLo === firstValues[c * 2 + 1];
        // size < i: the repeat is written behind the row just read
        const q = size * OUT;
        d[q] = line;
        d[q + 1] = f - 1;
        d[q + 2] = same;
        d[q + 3] = sameValues ? (k - 1) | SAME_VALUES : k - 1;
        size++;
      }
    }
    // the rows' hashes are gone: the array now holds the repeats only
    this.keyTexts = keyTexts;
    this.textOf = new Uint32Array(0);
    this.data = new Uint32Array(0);
    this.repeats = new DuplicateRepeats(d, size, keys);
    return this.repeats;
  }
}

export function duplicateIndex(ctx: RuleContext): DuplicateIndex {
  return ctx.shared('duplicate-index', () => new DuplicateIndex(ctx));
}
