import { describe, expect, it } from 'vitest';
import { HashTable64 } from '../../../src/main/core/validate/hash-table';
import { RowHashes } from '../../../src/main/core/validate/hash';
import type { RowView } from '../../../src/main/core/validate/types';
import { runValidation } from '../../../src/main/core/validate/engine';

const view = (line: number, cells: string[]): RowView => ({
  line,
  cells,
  width: cells.length,
  kinds: new Uint8Array(cells.length),
  kind: 'data',
});

describe('HashTable64', () => {
  it('stores, finds and grows', () => {
    const t = new HashTable64(4);
    for (let i = 1; i <= 10_000; i++) expect(t.getOrSet(i * 7919, i ^ 0xdeadbeef, i)).toBe(0);
    expect(t.size).toBe(10_000);
    expect(t.getOrSet(5 * 7919, 5 ^ 0xdeadbeef, 99)).toBe(5);
    expect(t.get(42 * 7919, 42 ^ 0xdeadbeef)).toBe(42);
    expect(t.get(1, 2)).toBe(0);
  });
});

describe('RowHashes', () => {
  it('gives equal cells equal hashes and separates near values', () => {
    const h = new RowHashes(2);
    const a = h.update(view(2, ['64.71.01', 'Manggar'])).combine([0, 1]);
    const ak = [a.hi, a.lo];
    const b = h.update(view(3, ['64.71.01', 'Manggar'])).combine([0, 1]);
    expect([b.hi, b.lo]).toEqual(ak);
    const c = h.update(view(4, ['64.71.01', 'Mangga'])).combine([0, 1]);
    expect([c.hi, c.lo]).not.toEqual(ak);
    // cells are separated: ("ab", "c") differs from ("a", "bc")
    const d = h.update(view(5, ['ab', 'c'])).combine([0, 1]);
    const dk = [d.hi, d.lo];
    const e = h.update(view(6, ['a', 'bc'])).combine([0, 1]);
    expect([e.hi, e.lo]).not.toEqual(dk);
  });

  it('finds no false duplicates among 200 000 distinct rows', async () => {
    const rows = Array.from({ length: 200_000 }, (_v, i) => ({
      line: i + 2,
      cells: [String(30_000_000 + i), `Sekolah ${i % 977}`, String(i % 13)],
    }));
    const report = await runValidation(
      {
        columns: [
          { index: 0, label: 'npsn', name: 'npsn' },
          { index: 1, label: 'nama_sekolah', name: 'nama_sekolah' },
          { index: 2, label: 'jumlah_guru', name: 'jumlah_guru' },
        ],
        headerRow: 1,
        rows: [...rows, { line: 200_002, cells: ['30000005', 'Sekolah 5', '5'] }],
        context: { lang: 'id' },
      },
      { only: ['baris-duplikat', 'duplikat-kunci-bertentangan'] },
    );
    expect(report.findings.map((f) => [f.code, f.row, f.params?.['first']])).toEqual([
      ['baris-duplikat', 200_002, 7],
    ]);
  });
});
