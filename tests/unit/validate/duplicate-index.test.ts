import { describe, expect, it } from 'vitest';
import { HashTable64 } from '../../../src/main/core/validate/hash-table';
import { RowHashes } from '../../../src/main/core/validate/hash';
import type { RowView, RuleContext } from '../../../src/main/core/validate/types';
import { runValidation } from '../../../src/main/core/validate/engine';
import { buildColumns } from '../../../src/main/core/validate/columns';
import { DuplicateIndex } from '../../../src/main/core/validate/duplicate-index';

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

describe('DuplicateIndex', () => {
  /** a small deterministic generator (xorshift) */
  function random(seed: number): () => number {
    let x = seed;
    return () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 2 ** 32;
    };
  }

  function context(rowCount: number | undefined): RuleContext {
    const columns = buildColumns(
      ['kode_kecamatan', 'tahun', 'jumlah_penduduk', 'catatan'].map((name, index) => ({
        index,
        label: name,
        name,
      })),
      { sample: [['64.71.01', '2024', '120', 'ok']] },
    );
    const shared = new Map<string, unknown>();
    return {
      columns,
      width: 4,
      headerRow: 1,
      lang: 'id',
      regions: undefined,
      input: { columns, headerRow: 1, context: { lang: 'id' }, rowCount },
      options: {},
      shared<T>(key: string, make: () => T): T {
        if (!shared.has(key)) shared.set(key, make());
        return shared.get(key) as T;
      },
      report: () => undefined,
    } as unknown as RuleContext;
  }

  // both with the row count known (one array) and unknown (the array grows while rows come)
  it.each([[true], [false]])(
    'finds exactly the repeats a plain comparison of the cells finds (row count known: %s)',
    (known) => {
      const next = random(12345);
      const rows: { line: number; cells: string[]; data: boolean }[] = [];
      let line = 2;
      for (let i = 0; i < 30_000; i++) {
        // gaps in the lines and rows that are not data
        line += next() < 0.05 ? 2 + Math.floor(next() * 5) : 1;
        const cells = [
          `64.71.0${Math.floor(next() * 9)}`,
          String(2015 + Math.floor(next() * 300)),
          String(Math.floor(next() * 3)),
          next() < 0.5 ? 'ok' : 'cek',
        ];
        rows.push({ line, cells, data: next() > 0.02 });
      }
      const data = rows.filter((r) => r.data);
      const index = new DuplicateIndex(context(known ? data.length : undefined));
      expect(index.keyCols).toEqual([0, 1]);
      expect(index.valueCols).toEqual([2]);
      for (const r of rows) {
        const v = view(r.line, r.cells);
        index.add(r.data ? v : { ...v, kind: 'blank' });
      }

      const expected: [number, number, boolean, number, string][] = [];
      const firstOfKey = new Map<string, { line: number; value: string }>();
      const firstOfRow = new Map<string, number>();
      for (const r of data) {
        const key = `${r.cells[0]}|${r.cells[1]}`;
        const whole = r.cells.join('|');
        const identical = firstOfRow.get(whole) ?? 0;
        const first = firstOfKey.get(key);
        if (first === undefined) firstOfKey.set(key, { line: r.line, value: r.cells[2] ?? '' });
        if (!firstOfRow.has(whole)) firstOfRow.set(whole, r.line);
        if (first === undefined) continue;
        const text = `${r.cells[0]}, ${r.cells[1]}`;
        expected.push([r.line, first.line, first.value === r.cells[2], identical, text]);
      }
      const got = index.repeatedRows();
      const actual: [number, number, boolean, number, string][] = [];
      for (let i = 0; i < got.size; i++) {
        actual.push([
          got.line(i),
          got.first(i),
          got.sameValues(i),
          got.identicalTo(i),
          index.keyText(i) ?? '',
        ]);
      }
      expect(actual.length).toBeGreaterThan(20_000);
      expect(actual.filter((r) => r[3] !== 0).length).toBeGreaterThan(1000);
      expect(actual).toEqual(expected);
      // keys numbered in order of their first repeat
      const order = new Set<number>();
      for (let i = 0; i < got.size; i++) order.add(got.key(i));
      expect([...order]).toEqual([...order].map((_k, i) => i));
      expect(got.keys).toBe(order.size);
    },
  );
});
