/**
 * Hashing for duplicate detection with bounded memory: every cell of a row is hashed once per
 * row (two independent 32-bit FNV-1a variants) and rules combine the cells they need into a
 * 64-bit key (`hi`, `lo`) for a HashTable64. The chance that two different rows collide is
 * about n² / 2⁶⁵ (≈ 3e-8 for a million rows). When the rows carry dictionary ids (InputRow.ids),
 * each distinct value of a column is hashed once.
 */
import type { RowView, RuleContext } from './types';

const P1 = 0x01000193;
const P2 = 0x01000197;

export class RowHashes {
  private line = Number.NaN;
  private cells: readonly string[] | null = null;
  readonly h1: Uint32Array;
  readonly h2: Uint32Array;
  /** the value each column's hashes are of */
  private readonly prev: (string | undefined)[];

  constructor(width: number) {
    this.h1 = new Uint32Array(width);
    this.h2 = new Uint32Array(width);
    this.prev = new Array<string | undefined>(width).fill(undefined);
    this.byId1 = new IdTable(width);
    this.byId2 = new IdTable(width);
    this.src1 = this.h1;
    this.src2 = this.h2;
  }

  /** dictionary ids of the current row's cells (set by the engine per row), or undefined */
  ids: Int32Array | undefined = undefined;
  idAt = 0;
  private readonly byId1: IdTable;
  private readonly byId2: IdTable;

  /** the current row's cell hashes when the sender computed them (InputRow.h1/h2), at idAt */
  given1: Uint32Array | undefined = undefined;
  given2: Uint32Array | undefined = undefined;
  /** where `combine` reads: the given hashes at idAt, or h1/h2 at 0 */
  private src1: Uint32Array;
  private src2: Uint32Array;
  private base = 0;

  /** Hash the row's cells (once per row, however many rules ask). */
  update(row: RowView): this {
    if (row.line === this.line && row.cells === this.cells) return this;
    this.line = row.line;
    this.cells = row.cells;
    if (this.given1 !== undefined && this.given2 !== undefined) {
      this.src1 = this.given1;
      this.src2 = this.given2;
      this.base = this.idAt;
      return this;
    }
    this.src1 = this.h1;
    this.src2 = this.h2;
    this.base = 0;
    const n = this.h1.length;
    const prev = this.prev;
    const ids = this.ids;
    for (let c = 0; c < n; c++) {
      const s = row.cells[c] ?? '';
      // the same value as in the row above keeps its hashes (cheap when values are shared)
      if (s === prev[c]) continue;
      prev[c] = s;
      const id = ids ? (ids[this.idAt + c] ?? -1) : -1;
      if (id >= 0) {
        const known = this.byId1.get(c, id);
        if (known !== 0) {
          this.h1[c] = known;
          this.h2[c] = this.byId2.get(c, id);
          continue;
        }
      }
      hashValue(s, this.h1, this.h2, c);
      const h1 = this.h1[c] ?? 0;
      const h2 = this.h2[c] ?? 0;
      if (id >= 0) {
        this.byId1.set(c, id, h1);
        this.byId2.set(c, id, h2);
      }
    }
    return this;
  }

  /** Where the current row's cell hashes are: column c at `s1[base + c]`, `s2[base + c]`. */
  source(): { s1: Uint32Array; s2: Uint32Array; base: number } {
    return { s1: this.src1, s2: this.src2, base: this.base };
  }

  /** High and low halves of the last `combine`. */
  hi = 0;
  lo = 0;

  /** Combine the hashes of the given columns into a 64-bit key, left in `hi` and `lo`. */
  combine(indexes: readonly number[]): this {
    let a = 0x9e3779b9;
    let b = 0x7f4a7c15;
    const s1 = this.src1;
    const s2 = this.src2;
    const base = this.base;
    for (let k = 0; k < indexes.length; k++) {
      const c = base + (indexes[k] ?? 0);
      a = Math.imul(a ^ (s1[c] ?? 0), 0x85ebca6b);
      a ^= a >>> 13;
      b = Math.imul(b ^ (s2[c] ?? 0), 0xc2b2ae35);
      b ^= b >>> 16;
    }
    this.hi = a >>> 0;
    this.lo = b >>> 0;
    return this;
  }
}

/**
 * The 64-bit keys of three column sets in one pass over the row (each cell's hashes are read
 * once): `cols` lists each column used by any set once, in ascending order, and `sets[k]` has
 * bit 0, 1 or 2 set when column `cols[k]` belongs to the first, second or third set. Writes the
 * keys (hi, lo) of the three sets to `out[0..5]`. Equal cells give equal keys, as with
 * `combine`, but the keys are not those of `combine`.
 */
export function combineSets(
  hashes: RowHashes,
  cols: Int32Array,
  sets: Uint8Array,
  out: Uint32Array,
): void {
  const { s1, s2, base } = hashes.source();
  let a0 = 0x9e3779b9;
  let b0 = 0x7f4a7c15;
  let a1 = a0;
  let b1 = b0;
  let a2 = a0;
  let b2 = b0;
  for (let k = 0; k < cols.length; k++) {
    const c = base + (cols[k] ?? 0);
    const x = s1[c] ?? 0;
    const y = s2[c] ?? 0;
    const m = sets[k] ?? 0;
    if ((m & 1) !== 0) {
      a0 = Math.imul(a0 ^ x, 0x85ebca6b);
      a0 ^= a0 >>> 13;
      b0 = Math.imul(b0 ^ y, 0xc2b2ae35);
      b0 ^= b0 >>> 16;
    }
    if ((m & 2) !== 0) {
      a1 = Math.imul(a1 ^ x, 0x85ebca6b);
      a1 ^= a1 >>> 13;
      b1 = Math.imul(b1 ^ y, 0xc2b2ae35);
      b1 ^= b1 >>> 16;
    }
    if ((m & 4) !== 0) {
      a2 = Math.imul(a2 ^ x, 0x85ebca6b);
      a2 ^= a2 >>> 13;
      b2 = Math.imul(b2 ^ y, 0xc2b2ae35);
      b2 ^= b2 >>> 16;
    }
  }
  out[0] = a0;
  out[1] = b0;
  out[2] = a1;
  out[3] = b1;
  out[4] = a2;
  out[5] = b2;
}

/**
 * The two 32-bit hashes of one cell value, written to `h1[at]` and `h2[at]` (two independent
 * FNV-1a variants over two UTF-16 units per step, each finished by murmur3's fmix32). `h1` is
 * never 0 (0 marks "not cached" in the id tables: a hash of 0 is stored as 1, one more rare
 * collision). The sender of pre-hashed rows (InputRow.h1/h2) uses the same function.
 */
export function hashValue(s: string, h1: Uint32Array, h2: Uint32Array, at: number): void {
  const len = s.length;
  let a = 0x811c9dc5 ^ len;
  let b = 0x3b9aca07 ^ Math.imul(len, 0x27d4eb2d);
  let i = 0;
  for (; i + 1 < len; i += 2) {
    const w = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    a = Math.imul(a ^ w, P1);
    b = Math.imul(b ^ w, P2);
    b ^= b >>> 15;
  }
  if (i < len) {
    const w = s.charCodeAt(i);
    a = Math.imul(a ^ w, P1);
    b = Math.imul(b ^ w, P2);
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 13;
  h1[at] = a >>> 0 || 1;
  h2[at] = b >>> 0;
}

/**
 * A 32-bit value per column and dictionary id (InputRow.ids), in one growable Uint32Array per
 * column; 0 for ids not set. One array type only, so the element loads stay monomorphic.
 */
export class IdTable {
  private readonly columns: Uint32Array[] = [];

  constructor(width: number) {
    for (let i = 0; i < width; i++) this.columns.push(new Uint32Array(256));
  }

  get(column: number, id: number): number {
    const a = this.columns[column];
    return a !== undefined && id < a.length ? (a[id] ?? 0) : 0;
  }

  set(column: number, id: number, value: number): void {
    let a = this.columns[column];
    if (a === undefined) return;
    if (id >= a.length) {
      let length = a.length * 2;
      while (length <= id) length *= 2;
      const b = new Uint32Array(length);
      b.set(a);
      this.columns[column] = b;
      a = b;
    }
    a[id] = value;
  }
}

/**
 * A byte per small non-negative integer key (below 2³⁰), e.g. a rule's verdict on a pair of
 * dictionary ids (InputRow.ids, see pairKey); 0 for keys not set. An open-addressing table of
 * the keys met: its memory follows the keys that occur, not all possible keys.
 */
export class ByteTable {
  /** per slot: key + 1, 0 = empty */
  private keys = new Uint32Array(256);
  private values = new Uint8Array(256);
  private used = 0;

  get size(): number {
    return this.used;
  }

  private slot(stored: number): number {
    const mask = this.keys.length - 1;
    const h = Math.imul(stored, 0x9e3779b1);
    let i = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const k = this.keys[i] ?? 0;
      if (k === 0 || k === stored) return i;
      i = (i + 1) & mask;
    }
  }

  get(key: number): number {
    return this.values[this.slot(key + 1)] ?? 0;
  }

  /** Set the value (> 0) of a key. */
  set(key: number, value: number): void {
    const i = this.slot(key + 1);
    this.values[i] = value;
    if (this.keys[i] !== 0) return;
    this.keys[i] = key + 1;
    if (++this.used * 2 > this.keys.length) this.grow();
  }

  clear(): void {
    this.keys = new Uint32Array(256);
    this.values = new Uint8Array(256);
    this.used = 0;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Uint8Array(keys.length * 2);
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j] ?? 0;
      if (k === 0) continue;
      const i = this.slot(k);
      this.keys[i] = k;
      this.values[i] = values[j] ?? 0;
    }
  }
}

/** Two dictionary ids as one ByteTable key, or -1 when one is negative or 32 768 or more. */
export function pairKey(first: number, second: number): number {
  return first >= 0 && second >= 0 && first < 32_768 && second < 32_768
    ? (first << 15) | second
    : -1;
}

export function rowHashes(ctx: RuleContext): RowHashes {
  return ctx.shared('row-hashes', () => new RowHashes(ctx.width));
}

/**
 * 32-bit FNV-1a of a value in comparison form, without allocating: trimmed, inner whitespace
 * collapsed, ASCII lower-cased, and dots dropped when `dropDots` (codes: `64.71` = `6471`).
 */
export function normalizedHash(s: string, dropDots: boolean): number {
  let a = 0x811c9dc5;
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 160 || c === 10 || c === 13) {
      if (started) pendingSpace = true;
      continue;
    }
    if (dropDots && c === 46) continue;
    if (pendingSpace) {
      a = Math.imul(a ^ 32, P1);
      pendingSpace = false;
    }
    started = true;
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) c = s.charAt(i).toLowerCase().charCodeAt(0);
    a = Math.imul(a ^ c, P1);
  }
  return a >>> 0;
}
