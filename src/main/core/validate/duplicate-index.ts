/**
 * One index of row keys shared by the duplicate rules.
 *
 * The key is the declared primary key, or else every key column (codes, names, categories,
 * period — see ColumnInfo.isKey), or else every column. For each data row the index appends
 * three 64-bit hashes — of the key, of the values (measures and satuan) and of the whole row
 * (every column but row counters) — and its line to typed arrays (28 bytes a row, written in
 * order), and marks the key in a bit set (2 bytes a row, cache-friendly). A row whose bit was
 * already set may repeat a key; only those keys are looked at again at the end, so no large
 * random-access hash table is touched while streaming.
 *
 * The chance that two different keys share a 64-bit hash is about n² / 2⁶⁵ (≈ 3e-8 for a
 * million rows).
 *
 * For messages, the key as text is kept for the rows whose key may repeat.
 */
import { rowHashes, type RowHashes } from './hash';
import { HashTable64 } from './hash-table';
import { truncate } from './rule-helpers';
import type { RowView, RuleContext } from './types';

export interface DuplicateGroupRow {
  line: number;
  /** line of the first row with this key */
  first: number;
  /** the row's values (measures, satuan) equal those of the key's first row */
  sameValues: boolean;
  /** an earlier row with the same key is identical to this one (its line), or 0 */
  identicalTo: number;
}

const FIELDS = 7; // key hi, key lo, values hi, lo, full hi, lo, line

export class DuplicateIndex {
  readonly keyCols: number[];
  readonly valueCols: number[];
  readonly fullCols: number[];
  readonly usesPrimaryKey: boolean;
  private readonly hashes: RowHashes;
  private data: Uint32Array;
  private n = 0;
  private line = Number.NaN;
  private cells: readonly string[] | null = null;
  private repeats: DuplicateGroupRow[] | null = null;
  private readonly seen: Uint32Array;
  private readonly seenMask: number;
  private readonly texts = new Map<number, string>();
  /** rows whose key bit was already set when they arrived */
  private readonly candidates: number[] = [];

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
    this.hashes = rowHashes(ctx);
    const expected = Math.max(16, Math.min((ctx.input.rowCount ?? 1024) + 1, 4_000_000));
    this.data = new Uint32Array(expected * FIELDS);
    let bits = 1 << 16;
    while (bits < expected * 16 && bits < 1 << 28) bits *= 2;
    this.seen = new Uint32Array(bits >>> 5);
    this.seenMask = bits - 1;
  }

  /** The key of a repeated row as text (for messages), when kept. */
  keyText(line: number): string | undefined {
    return this.texts.get(line);
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
    d[p] = h.hi;
    d[p + 1] = h.lo;
    const bit = (h.hi ^ h.lo) & this.seenMask;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if (((this.seen[word] ?? 0) & mask) !== 0) {
      this.candidates.push(this.n);
      this.texts.set(
        row.line,
        truncate(this.keyCols.map((i) => (row.cells[i] ?? '').trim()).join(', '), 100),
      );
    } else this.seen[word] = (this.seen[word] ?? 0) | mask;
    h.combine(this.valueCols);
    d[p + 2] = h.hi;
    d[p + 3] = h.lo;
    h.combine(this.fullCols);
    d[p + 4] = h.hi;
    d[p + 5] = h.lo;
    d[p + 6] = row.line;
    this.n++;
  }

  /**
   * Every row whose key occurred before (in file order), with what it shares with earlier rows.
   * Computed once, after all rows were added: only keys whose bit was already set when a row
   * arrived (true repeats and a few false positives) are looked at again, in a small table.
   */
  repeatedRows(): DuplicateGroupRow[] {
    if (this.repeats) return this.repeats;
    const out: DuplicateGroupRow[] = [];
    this.repeats = out;
    if (this.candidates.length === 0) return out;
    const d = this.data;
    const maybe = new HashTable64(this.candidates.length);
    for (const i of this.candidates) maybe.getOrSet(d[i * FIELDS] ?? 0, d[i * FIELDS + 1] ?? 0, 1);
    const firstOf = new HashTable64(this.candidates.length);
    const variants = new Map<number, { hi: number; lo: number; line: number }[]>();
    for (let i = 0; i < this.n; i++) {
      const p = i * FIELDS;
      const kHi = d[p] ?? 0;
      const kLo = d[p + 1] ?? 0;
      if (maybe.get(kHi, kLo) === 0) continue;
      const f = firstOf.getOrSet(kHi, kLo, i + 1);
      if (f === 0) continue;
      const a = (f - 1) * FIELDS;
      const first = d[a + 6] ?? 0;
      let seen = variants.get(f);
      if (!seen) {
        seen = [{ hi: d[a + 4] ?? 0, lo: d[a + 5] ?? 0, line: first }];
        variants.set(f, seen);
      }
      const same = seen.find((v) => v.hi === d[p + 4] && v.lo === d[p + 5]);
      if (!same) seen.push({ hi: d[p + 4] ?? 0, lo: d[p + 5] ?? 0, line: d[p + 6] ?? 0 });
      out.push({
        line: d[p + 6] ?? 0,
        first,
        sameValues: d[p + 2] === d[a + 2] && d[p + 3] === d[a + 3],
        identicalTo: same ? same.line : 0,
      });
    }
    return out;
  }
}

export function duplicateIndex(ctx: RuleContext): DuplicateIndex {
  return ctx.shared('duplicate-index', () => new DuplicateIndex(ctx));
}
