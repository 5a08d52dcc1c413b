/**
 * An open-addressing hash table from 64-bit keys (two 32-bit halves) to positive 32-bit
 * values, on typed arrays: a million keys take about 16 MB and no per-entry objects, which
 * keeps duplicate detection fast and its memory bounded.
 */
export class HashTable64 {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private val: Int32Array;
  private mask: number;
  private used = 0;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity * 2) cap *= 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.val = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.used;
  }

  private slot(hi: number, lo: number): number {
    let i = (Math.imul(lo ^ (hi >>> 7), 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const v = this.val[i] ?? 0;
      if (v === 0 || ((this.hi[i] ?? 0) === hi && (this.lo[i] ?? 0) === lo)) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The value stored for the key, or 0. */
  get(hi: number, lo: number): number {
    return this.val[this.slot(hi >>> 0, lo >>> 0)] ?? 0;
  }

  /** Store `value` (> 0) unless the key is present; returns the existing value or 0. */
  getOrSet(hi: number, lo: number, value: number): number {
    const h = hi >>> 0;
    const l = lo >>> 0;
    const i = this.slot(h, l);
    const v = this.val[i] ?? 0;
    if (v !== 0) return v;
    this.hi[i] = h;
    this.lo[i] = l;
    this.val[i] = value;
    if (++this.used * 2 > this.mask) this.grow();
    return 0;
  }

  private grow(): void {
    const { hi, lo, val } = this;
    const cap = (this.mask + 1) * 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.val = new Int32Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < val.length; i++) {
      const v = val[i] ?? 0;
      if (v === 0) continue;
      const j = this.slot(hi[i] ?? 0, lo[i] ?? 0);
      this.hi[j] = hi[i] ?? 0;
      this.lo[j] = lo[i] ?? 0;
      this.val[j] = v;
    }
  }
}
