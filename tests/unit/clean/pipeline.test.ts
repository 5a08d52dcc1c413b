import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Row, Step } from '../../../src/shared/model/step';
import {
  applySteps,
  applyStepsBatched,
  applyStepsSync,
  compilePipeline,
  summarizeReport,
} from '../../../src/main/core/clean/pipeline';
import { parseRecipe } from '../../../src/main/core/clean/recipe';
import { csvTable, fixturePath, run, table } from './helpers';

const pendudukRecipe = parseRecipe(readFileSync(fixturePath('penduduk.recipe.json'), 'utf8'));

async function collect(rows: AsyncIterable<Row>): Promise<Row[]> {
  const out: Row[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe('the documented recipe on penduduk-kecamatan-2023-2024.csv', () => {
  const input = csvTable('penduduk-kecamatan-2023-2024.csv');
  const out = applyStepsSync(input.shape, input.rows, pendudukRecipe.steps);
  const col = (name: string) => out.shape.columns.findIndex((c) => c.name === name);
  const cells = (r: Row, name: string) => r.cells[col(name)] ?? '';

  it('applies every step', () => {
    expect(out.report.steps.map((s) => s.status)).toEqual(Array(10).fill('applied'));
    expect(summarizeReport(out.report)).toMatchObject({ applied: 10, skipped: 0 });
  });

  it('removes the duplicate and the JUMLAH row', () => {
    expect(input.rows).toHaveLength(26);
    expect(out.rows).toHaveLength(24);
    expect(out.report.steps[1]?.counts.rowsRemoved).toBe(1);
    expect(out.report.steps[2]?.counts.rowsRemoved).toBe(1);
    expect(out.rows.map((r) => r.line)).not.toContain(7);
    expect(out.rows.map((r) => r.line)).not.toContain(27);
  });

  it('gives the 2024 sex totals of the Kemendagri reference (387,112 L + 370,306 P)', () => {
    const sum = (jk: string) =>
      out.rows
        .filter((r) => cells(r, 'tahun') === '2024' && cells(r, 'jenis_kelamin') === jk)
        .reduce((s, r) => s + Number(cells(r, 'jumlah_penduduk')), 0);
    expect(sum('LAKI-LAKI')).toBe(387112);
    expect(sum('PEREMPUAN')).toBe(370306);
  });

  it('leaves only clean vocabularies and codes', () => {
    expect(new Set(out.rows.map((r) => cells(r, 'jenis_kelamin')))).toEqual(
      new Set(['LAKI-LAKI', 'PEREMPUAN']),
    );
    expect(new Set(out.rows.map((r) => cells(r, 'satuan')))).toEqual(new Set(['JIWA']));
    expect(new Set(out.rows.map((r) => cells(r, 'kode_kabupaten_kota')))).toEqual(
      new Set(['64.71']),
    );
    expect(out.rows.every((r) => /^64\.71\.0[1-6]$/.test(cells(r, 'kode_kecamatan')))).toBe(true);
    const line17 = out.rows.find((r) => r.line === 17);
    expect(line17 && cells(line17, 'nama_kecamatan')).toBe('BALIKPAPAN BARAT');
  });

  it('replays on next year’s file, skipping what no longer applies', () => {
    const next = table(
      ['kode_kecamatan', 'nama_kecamatan', 'jenis_kelamin', 'jumlah', 'satuan', 'tahun'],
      [
        ['647101', 'BALIKPAPAN TIMUR', 'L', '54.100', 'JIWA', '2025'],
        ['64.71.01', 'BALIKPAPAN TIMUR', 'P', '51.900', '', '2025'],
      ],
    );
    const r = applyStepsSync(next.shape, next.rows, pendudukRecipe.steps);
    const skipped = r.report.steps.filter((s) => s.status === 'skipped');
    expect(skipped.map((s) => [s.index, s.op, s.reason?.code])).toEqual([
      [4, 'parse-number', 'column-missing'],
      [5, 'map-values', 'column-missing'],
    ]);
    expect(skipped[0]?.reason?.messageEn).toBe(
      'Column "jumlah_penduduk" does not exist in the table.',
    );
    expect(r.rows.map((x) => x.cells)).toEqual([
      ['64.71.01', 'BALIKPAPAN TIMUR', 'LAKI-LAKI', '54.100', 'JIWA', '2025'],
      ['64.71.01', 'BALIKPAPAN TIMUR', 'PEREMPUAN', '51.900', 'JIWA', '2025'],
    ]);
    expect(summarizeReport(r.report)).toMatchObject({ applied: 8, skipped: 2 });
  });
});

describe('applySteps', () => {
  const input = table(
    ['kode', 'jk', 'n'],
    [
      ['1', 'L', '1.000'],
      ['1', 'L', '1.000'],
      ['2', 'P', '2,5'],
    ],
  );
  const steps: Step[] = [
    { op: 'dedupe' },
    { op: 'map-values', column: 'jk', mapping: { L: 'LAKI-LAKI' } },
    { op: 'parse-number', column: 'n', locale: 'id' },
    { op: 'rename-column', from: 'n', to: 'jumlah' },
    { op: 'add-column', name: 'dua_kali', expression: '{jumlah} * 2' },
  ];

  it('streams sync and async sources to the same rows as the sync variant', async () => {
    const expected = applyStepsSync(input.shape, input.rows, steps);
    const fromSync = applySteps(input.shape, input.rows, steps);
    async function* source(): AsyncGenerator<Row> {
      for (const r of input.rows) yield r;
    }
    const fromAsync = applySteps(input.shape, source(), steps);
    expect(await collect(fromSync.rows)).toEqual(expected.rows);
    expect(await collect(fromAsync.rows)).toEqual(expected.rows);
    expect(fromAsync.shape).toEqual(expected.shape);
    expect(fromAsync.report).toEqual(expected.report);
    expect(expected.rows.map((r) => r.cells)).toEqual([
      ['1', 'LAKI-LAKI', '1000', '2000'],
      ['2', 'P', '2.5', '5'],
    ]);
  });

  it('hands out batches with the same rows', async () => {
    const expected = applyStepsSync(input.shape, input.rows, steps);
    const many = Array.from({ length: 5 }, () => input.rows).flat();
    const r = applyStepsBatched(input.shape, many, [{ op: 'trim' }], {}, 4);
    const sizes: number[] = [];
    for await (const b of r.batches) sizes.push(b.length);
    expect(sizes).toEqual([4, 4, 4, 3]);
    const again = applyStepsBatched(input.shape, input.rows, steps);
    const all: Row[] = [];
    for await (const b of again.batches) all.push(...b);
    expect(all).toEqual(expected.rows);
  });

  it('stops reading the source when the consumer stops early', async () => {
    let read = 0;
    function* source(): Generator<Row> {
      for (let i = 0; i < 100_000; i++) {
        read++;
        yield { line: i + 2, cells: ['1', 'L', String(i)] };
      }
    }
    const r = applySteps(input.shape, source(), [{ op: 'trim' }]);
    for await (const row of r.rows) {
      if (row.line > 10) break;
    }
    expect(read).toBeLessThan(5000);
  });

  it('knows the output shape before any row is read', () => {
    const r = applySteps(input.shape, [], steps);
    expect(r.shape.columns.map((c) => c.name)).toEqual(['kode', 'jk', 'jumlah', 'dua_kali']);
  });

  it('a later step sees the columns an earlier one made, and is skipped when that one was', () => {
    const out = run(input, [
      { op: 'rename-column', from: 'tidak_ada', to: 'x' },
      { op: 'map-values', column: 'x', mapping: { a: 'b' } },
      { op: 'add-column', name: 'y', value: '1' },
      { op: 'map-values', column: 'y', mapping: { '1': 'satu' } },
    ]);
    expect(out.report.steps.map((s) => s.status)).toEqual([
      'skipped',
      'skipped',
      'applied',
      'applied',
    ]);
    expect(out.cells[0]).toEqual(['1', 'L', '1.000', 'satu']);
  });

  it('flushes buffering steps through the steps after them', () => {
    const out = run(
      table(
        ['k', 'v'],
        [
          ['a', '1'],
          ['a', '2'],
          ['b', '3'],
        ],
      ),
      [
        { op: 'dedupe', key: ['k'], keep: 'last' },
        { op: 'map-values', column: 'v', mapping: { '2': 'dua' } },
      ],
    );
    expect(out.cells).toEqual([
      ['a', 'dua'],
      ['b', '3'],
    ]);
    expect(out.report.steps[1]?.counts.cellsChanged).toBe(1);
  });

  it('skips (never crashes on) a step that bypassed recipe parsing with bad parameters', () => {
    const bad = [
      { op: 'trim', columns: 'jk' },
      { op: 'explode' },
      { op: 'map-values', column: 'jk', mapping: { L: 'LAKI-LAKI' } },
    ] as unknown as Step[];
    const out = run(input, bad);
    expect(out.report.steps.map((s) => [s.status, s.reason?.code])).toEqual([
      ['skipped', 'recipe-invalid-params'],
      ['skipped', 'recipe-unknown-op'],
      ['applied', undefined],
    ]);
    expect(out.cells[0]).toEqual(['1', 'LAKI-LAKI', '1.000']);
  });

  it('pads short rows to the table width', () => {
    const out = run({ shape: input.shape, rows: [{ line: 2, cells: ['1'] }] }, [
      { op: 'add-column', name: 'z', value: 'x' },
    ]);
    expect(out.cells).toEqual([['1', '', '', 'x']]);
  });

  it('reports whether a pipeline must buffer', () => {
    expect(compilePipeline(input.shape, [{ op: 'dedupe' }]).buffers).toBe(false);
    expect(compilePipeline(input.shape, [{ op: 'dedupe', keep: 'last' }]).buffers).toBe(true);
  });
});

describe('determinism', () => {
  const cell = fc.oneof(
    fc.constantFrom('', ' L ', 'P', '1.234', '0,5', '-', 'JUMLAH', '15 Januari 2024', '45292'),
    fc.string({ maxLength: 6 }),
  );
  const rows = fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 30 });
  const recipe: Step[] = [
    { op: 'trim', collapse: true },
    { op: 'dedupe', key: ['a', 'b'], keep: 'last' },
    { op: 'map-values', column: 'b', mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN' } },
    { op: 'parse-number', column: 'c', locale: 'id' },
    { op: 'parse-date', column: 'd' },
    { op: 'drop-rows', where: [{ column: 'a', test: 'equals', value: 'JUMLAH' }] },
    { op: 'unpivot', columns: ['c', 'd'], nameColumn: 'k', valueColumn: 'v' },
    { op: 'pivot', nameColumn: 'k', valueColumn: 'v', values: ['c', 'd'] },
    { op: 'add-column', name: 'e', expression: '{a} & "-" & {b}' },
  ];

  it('the same rows and recipe always give the same table and report', () => {
    fc.assert(
      fc.property(rows, (cells) => {
        const t = table(['a', 'b', 'c', 'd'], cells);
        const first = applyStepsSync(t.shape, t.rows, recipe);
        const second = applyStepsSync(t.shape, structuredClone(t.rows), recipe);
        expect(second).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('column-wise steps are idempotent', () => {
    const once: Step[] = [
      { op: 'trim', collapse: true },
      { op: 'map-values', column: 'b', mapping: { L: 'LAKI-LAKI' } },
      { op: 'parse-number', column: 'c', locale: 'id' },
      { op: 'parse-date', column: 'd' },
      { op: 'dedupe' },
    ];
    fc.assert(
      fc.property(rows, (cells) => {
        const t = table(['a', 'b', 'c', 'd'], cells);
        const a = applyStepsSync(t.shape, t.rows, once);
        const b = applyStepsSync(a.shape, a.rows, once);
        expect(b.rows).toEqual(a.rows);
      }),
      { numRuns: 200 },
    );
  });
});
