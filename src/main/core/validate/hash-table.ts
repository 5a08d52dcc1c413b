/**
 * An open-addressing hash table from 64-bit keys (two 32-bit halves) to positive 32-bit
 * values, on one typed array with the key and value of a slot side by side (12 bytes, so a
 * probe usually stays in one cache line): a million keys take 24 MB at most and no per-entry
 * objects, which keeps duplicate detection fast and its memory bounded.
 */
const STRIDE = 3; // hi, lo, value

export class HashTable64 {
  private data: Uint32Array;
  private mask: number;
  private used = 0;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity * 2) cap *= 2;
    this.data = new Uint32Array(cap * STRIDE);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.used;
  }

  /** Index (in `data`) of the slot holding the key, or of the empty slot where it belongs. */
  private find(hi: number, lo: number): number {
    const d = this.data;
    let i = (Math.imul(lo ^ (hi >>> 7), 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const p = i * STRIDE;
      if (d[p + 2] === 0 || (d[p] === hi && d[p + 1] === lo)) return p;
      i = (i + 1) & this.mask;
    }
  }

  /** The value stored for the key, or 0. */
  get(hi: number, lo: number): number {
    return this.data[this.find(hi >>> 0, lo >>> 0) + 2] ?? 0;
  }

  /** Store `value` (> 0) unless the key is present; returns the existing value or 0. */
  getOrSet(hi: number, lo: number, value: number): number {
    const h = hi >>> 0;
    const l = lo >>> 0;
    const p = this.find(h, l);
    const d = this.data;
    const v = d[p + 2] ?? 0;
    if (v !== 0) return v;
    d[p] = h;
    d[p + 1] = l;
    d[p + 2] = value;
    if (++this.used * 2 > this.mask) this.grow();
    return 0;
  }

  /** Number of slots; a slot number (see `slot`) is below it. */
  get capacity(): number {
    return this.mask + 1;
  }

  /**
   * The slot of a key that is present, or -1: with valueAt/setValueAt, one probe serves a read
   * and a write. Slot numbers hold until the table grows (getOrSet of a new key).
   */
  slot(hi: number, lo: number): number {
    const p = this.find(hi >>> 0, lo >>> 0);
    return (this.data[p + 2] ?? 0) === 0 ? -1 : p / STRIDE;
  }

  valueAt(slot: number): number {
    return this.data[slot * STRIDE + 2] ?? 0;
  }

  /** Set the value (> 0) of the key in a slot returned by `slot`. */
  setValueAt(slot: number, value: number): void {
    this.data[slot * STRIDE + 2] = value;
  }

  /** Replace the value of a key that is present (no-op otherwise). */
  replace(hi: number, lo: number, value: number): void {
    const p = this.find(hi >>> 0, lo >>> 0);
    if ((this.data[p + 2] ?? 0) !== 0) this.data[p + 2] = value;
  }

  private grow(): void {
    const old = this.data;
    const cap = (this.mask + 1) * 2;
    this.data = new Uint32Array(cap * STRIDE);
    this.mask = cap - 1;
    for (let p = 0; p < old.length; p += STRIDE) {
      const v = old[p + 2] ?? 0;
      if (v === 0) continue;
      const q = this.find(old[p] ?? 0, old[p + 1] ?? 0);
      this.data[q] = old[p] ?? 0;
      this.data[q + 1] = old[p + 1] ?? 0;
      this.data[q + 2] = v;
    }
  }
}
