/**
 * Every step: a positive case (table in → table out, with counts), a case where it cannot apply
 * (skipped and reported, the table unchanged), and parameters its schema refuses.
 */
import { describe, expect, it } from 'vitest';
import type { Step, StepCounts } from '../../../src/shared/model/step';
import { STEP_OPS } from '../../../src/shared/model/step';
import { validateStep } from '../../../src/main/core/clean/recipe';
import { hashValue } from '../../../src/main/core/clean/steps/mask-personal';
import { run, table, type Table } from './helpers';

interface Case {
  title: string;
  input: Table;
  step: Step;
  names?: string[];
  cells: string[][];
  lines?: number[];
  counts?: Partial<StepCounts>;
  unparsedExamples?: string[];
}

const kec = (): Table =>
  table(
    ['kode', 'nama', 'jk', 'jumlah'],
    [
      ['64.71.01', ' Balikpapan Timur\u00a0', 'L', '53.020'],
      ['64.71.01', 'Balikpapan  Timur', 'P', '50.240'],
      ['64.71.02', 'BALIKPAPAN BARAT', 'L', '-'],
    ],
  );

const CASES: Case[] = [
  {
    title: 'trim: every column, non-breaking spaces included',
    input: kec(),
    step: { op: 'trim' },
    cells: [
      ['64.71.01', 'Balikpapan Timur', 'L', '53.020'],
      ['64.71.01', 'Balikpapan  Timur', 'P', '50.240'],
      ['64.71.02', 'BALIKPAPAN BARAT', 'L', '-'],
    ],
    counts: { cellsChanged: 1 },
  },
  {
    title: 'trim: collapse inner runs',
    input: kec(),
    step: { op: 'trim', columns: ['nama'], collapse: true },
    cells: [
      ['64.71.01', 'Balikpapan Timur', 'L', '53.020'],
      ['64.71.01', 'Balikpapan Timur', 'P', '50.240'],
      ['64.71.02', 'BALIKPAPAN BARAT', 'L', '-'],
    ],
    counts: { cellsChanged: 2 },
  },
  {
    title: 'normalize-case: title (Laki-laki, not Laki-Laki)',
    input: table(
      ['nama', 'jk'],
      [
        ['BALIKPAPAN TIMUR', 'LAKI-LAKI'],
        ['balikpapan kota', 'perempuan'],
      ],
    ),
    step: { op: 'normalize-case', columns: ['nama', 'jk'], case: 'title' },
    cells: [
      ['Balikpapan Timur', 'Laki-laki'],
      ['Balikpapan Kota', 'Perempuan'],
    ],
    counts: { cellsChanged: 4 },
  },
  {
    title: 'normalize-case: upper',
    input: table(['jk'], [['Laki-laki'], ['PEREMPUAN']]),
    step: { op: 'normalize-case', columns: ['jk'], case: 'upper' },
    cells: [['LAKI-LAKI'], ['PEREMPUAN']],
    counts: { cellsChanged: 1 },
  },
  {
    title: 'replace: literal text, every occurrence',
    input: table(['nama'], [['Kec. Balikpapan Kota'], ['Kec.Kec. X']]),
    step: { op: 'replace', columns: ['nama'], find: 'Kec.', replace: '' },
    cells: [[' Balikpapan Kota'], [' X']],
    counts: { cellsChanged: 2 },
  },
  {
    title: 'replace: literal, case-insensitive, `$` in the replacement stays literal',
    input: table(['v'], [['rp 10'], ['RP 20']]),
    step: { op: 'replace', find: 'rp', replace: '$', caseSensitive: false },
    cells: [['$ 10'], ['$ 20']],
  },
  {
    title: 'replace: regex with groups',
    input: table(['tgl'], [['2024/05/06'], ['x']]),
    step: { op: 'replace', find: '^(\\d{4})/(\\d{2})/(\\d{2})$', replace: '$1-$2-$3', regex: true },
    cells: [['2024-05-06'], ['x']],
    counts: { cellsChanged: 1, unparsed: 0 },
  },
  {
    title: 'replace: whole cell only',
    input: table(['jk'], [['L'], ['LAKI-LAKI']]),
    step: { op: 'replace', find: 'L', replace: 'LAKI-LAKI', wholeCell: true },
    cells: [['LAKI-LAKI'], ['LAKI-LAKI']],
    counts: { cellsChanged: 1 },
  },
  {
    title: 'set-cell: one cell by source line',
    input: kec(),
    step: { op: 'set-cell', line: 3, column: 'jk', value: 'PEREMPUAN', from: 'P' },
    cells: [
      ['64.71.01', ' Balikpapan Timur\u00a0', 'L', '53.020'],
      ['64.71.01', 'Balikpapan  Timur', 'PEREMPUAN', '50.240'],
      ['64.71.02', 'BALIKPAPAN BARAT', 'L', '-'],
    ],
    counts: { cellsChanged: 1 },
  },
  {
    title: 'parse-number: Indonesian thousands dots; "-" left and counted',
    input: kec(),
    step: { op: 'parse-number', column: 'jumlah', locale: 'id' },
    cells: [
      ['64.71.01', ' Balikpapan Timur\u00a0', 'L', '53020'],
      ['64.71.01', 'Balikpapan  Timur', 'P', '50240'],
      ['64.71.02', 'BALIKPAPAN BARAT', 'L', '-'],
    ],
    counts: { cellsChanged: 2, unparsed: 1 },
    unparsedExamples: ['-'],
  },
  {
    title: 'parse-number: decimal commas; Excel-destroyed NIK never expanded',
    input: table(['rasio'], [['0,38'], ['4,70'], ['6.47103E+15'], ['']]),
    step: { op: 'parse-number', column: 'rasio', locale: 'id' },
    cells: [['0.38'], ['4.7'], ['6.47103E+15'], ['']],
    counts: { cellsChanged: 2, unparsed: 1 },
  },
  {
    title: 'parse-number: English grouping',
    input: table(['n'], [['1,234.50'], ['92,651'], ['0,38']]),
    step: { op: 'parse-number', column: 'n', locale: 'en' },
    cells: [['1234.5'], ['92651'], ['0,38']],
    counts: { cellsChanged: 2, unparsed: 1 },
  },
  {
    title: 'parse-date: every format of sample C → ISO',
    input: table(
      ['tgl'],
      [
        ['15 Januari 2024'],
        ['3-Agu-2024'],
        ['45292'],
        ['20/02/2024'],
        ['12 Apr 2024'],
        ['2024-05-06'],
        ['Senin, 1 Maret 2024'],
        ['31/02/2024'],
      ],
    ),
    step: { op: 'parse-date', column: 'tgl' },
    cells: [
      ['2024-01-15'],
      ['2024-08-03'],
      ['2024-01-01'],
      ['2024-02-20'],
      ['2024-04-12'],
      ['2024-05-06'],
      ['2024-03-01'],
      ['31/02/2024'],
    ],
    counts: { cellsChanged: 6, unparsed: 1 },
    unparsedExamples: ['31/02/2024'],
  },
  {
    title: 'parse-date: month first when asked',
    input: table(['tgl'], [['02/20/2024']]),
    step: { op: 'parse-date', column: 'tgl', order: 'mdy' },
    cells: [['2024-02-20']],
  },
  {
    title: 'rename-column: by label, name and label follow',
    input: {
      ...table(['kode_kelurahan'], [['1']]),
      shape: { columns: [{ name: 'kode_kelurahan', label: 'Kode Kelurahan' }] },
    },
    step: { op: 'rename-column', from: 'kode kelurahan', to: 'kode_desa' },
    names: ['kode_desa'],
    cells: [['1']],
  },
  {
    title: 'drop-columns',
    input: kec(),
    step: { op: 'drop-columns', columns: ['nama', 'JK'] },
    names: ['kode', 'jumlah'],
    cells: [
      ['64.71.01', '53.020'],
      ['64.71.01', '50.240'],
      ['64.71.02', '-'],
    ],
    counts: { columnsRemoved: 2 },
  },
  {
    title: 'drop-rows: by lines',
    input: kec(),
    step: { op: 'drop-rows', lines: [2, 4] },
    cells: [['64.71.01', 'Balikpapan  Timur', 'P', '50.240']],
    lines: [3],
    counts: { rowsRemoved: 2 },
  },
  {
    title: 'drop-rows: by condition (total row), case-insensitive and trimmed',
    input: table(
      ['nama', 'n'],
      [
        ['Timur', '1'],
        [' jumlah ', '9'],
        ['Barat', '2'],
      ],
    ),
    step: { op: 'drop-rows', where: [{ column: 'nama', test: 'in', values: ['JUMLAH', 'TOTAL'] }] },
    cells: [
      ['Timur', '1'],
      ['Barat', '2'],
    ],
    lines: [2, 4],
    counts: { rowsRemoved: 1 },
  },
  {
    title: 'drop-rows: any of several conditions, regex guarded',
    input: table(
      ['nama', 'n'],
      [
        ['Timur', ''],
        ['Total', '9'],
        ['Barat', '2'],
      ],
    ),
    step: {
      op: 'drop-rows',
      where: [
        { column: 'n', test: 'empty' },
        { column: 'nama', test: 'matches', value: '^tot' },
      ],
      match: 'any',
    },
    cells: [['Barat', '2']],
  },
  {
    title: 'dedupe: exact rows, keep first',
    input: table(
      ['a', 'b'],
      [
        ['1', 'x'],
        ['1', 'x'],
        ['2', 'x'],
        ['1', 'x'],
      ],
    ),
    step: { op: 'dedupe' },
    cells: [
      ['1', 'x'],
      ['2', 'x'],
    ],
    lines: [2, 4],
    counts: { rowsRemoved: 2 },
  },
  {
    title: 'dedupe: by key, keep last (original order of the kept rows)',
    input: table(
      ['kode', 'n', 'ket'],
      [
        ['1001', '6', ''],
        ['1002', '4', ''],
        ['1001', '7', 'revisi Juni'],
      ],
    ),
    step: { op: 'dedupe', key: ['kode'], keep: 'last' },
    cells: [
      ['1002', '4', ''],
      ['1001', '7', 'revisi Juni'],
    ],
    lines: [3, 4],
    counts: { rowsRemoved: 1, rowsAdded: 0 },
  },
  {
    title: 'dedupe: keys that only differ in where the cells split are different',
    input: table(
      ['a', 'b'],
      [
        ['ab', 'c'],
        ['a', 'bc'],
      ],
    ),
    step: { op: 'dedupe' },
    cells: [
      ['ab', 'c'],
      ['a', 'bc'],
    ],
  },
  {
    title: 'fill-down',
    input: table(
      ['kec', 'kel'],
      [
        ['Timur', 'Manggar'],
        ['', 'Lamaru'],
        ['  ', 'Teritip'],
        ['Barat', 'Baru Ilir'],
      ],
    ),
    step: { op: 'fill-down', columns: ['kec'] },
    cells: [
      ['Timur', 'Manggar'],
      ['Timur', 'Lamaru'],
      ['Timur', 'Teritip'],
      ['Barat', 'Baru Ilir'],
    ],
    counts: { cellsChanged: 2 },
  },
  {
    title: 'split-column: into named columns, the last takes the rest',
    input: table(
      ['wilayah', 'n'],
      [
        ['Timur / Manggar / x', '1'],
        ['Barat', '2'],
      ],
    ),
    step: {
      op: 'split-column',
      column: 'wilayah',
      separator: '/',
      into: ['kecamatan', 'kelurahan'],
    },
    names: ['kecamatan', 'kelurahan', 'n'],
    cells: [
      ['Timur', 'Manggar / x', '1'],
      ['Barat', '', '2'],
    ],
    counts: { columnsAdded: 2, columnsRemoved: 1 },
  },
  {
    title: 'merge-columns: empty parts left out',
    input: table(
      ['kode', 'nama', 'n'],
      [
        ['64.71.01', 'Timur', '1'],
        ['', 'Barat', '2'],
      ],
    ),
    step: { op: 'merge-columns', columns: ['kode', 'nama'], into: 'wilayah', separator: ' - ' },
    names: ['wilayah', 'n'],
    cells: [
      ['64.71.01 - Timur', '1'],
      ['Barat', '2'],
    ],
    counts: { columnsAdded: 1, columnsRemoved: 2 },
  },
  {
    title: 'merge-columns: keep the sources',
    input: table(['a', 'b'], [['x', 'y']]),
    step: { op: 'merge-columns', columns: ['a', 'b'], into: 'ab', separator: '', keep: true },
    names: ['a', 'ab', 'b'],
    cells: [['x', 'xy', 'y']],
  },
  {
    title: 'map-values: L → LAKI-LAKI, P → PEREMPUAN',
    input: kec(),
    step: { op: 'map-values', column: 'jk', mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN' } },
    cells: [
      ['64.71.01', ' Balikpapan Timur\u00a0', 'LAKI-LAKI', '53.020'],
      ['64.71.01', 'Balikpapan  Timur', 'PEREMPUAN', '50.240'],
      ['64.71.02', 'BALIKPAPAN BARAT', 'LAKI-LAKI', '-'],
    ],
    counts: { cellsChanged: 3 },
  },
  {
    title: 'map-values: an empty key fills empty cells',
    input: table(['satuan'], [['JIWA'], [''], ['ORANG']]),
    step: { op: 'map-values', column: 'satuan', mapping: { '': 'JIWA', ORANG: 'JIWA' } },
    cells: [['JIWA'], ['JIWA'], ['JIWA']],
    counts: { cellsChanged: 2 },
  },
  {
    title: 'map-values: case-insensitive',
    input: table(['jk'], [['l'], ['L'], ['x']]),
    step: { op: 'map-values', column: 'jk', mapping: { L: 'LAKI-LAKI' }, caseSensitive: false },
    cells: [['LAKI-LAKI'], ['LAKI-LAKI'], ['x']],
  },
  {
    title: 'unpivot: year columns → tahun + jumlah, lines kept',
    input: {
      shape: {
        columns: [
          { name: 'kecamatan', label: 'Kecamatan' },
          { name: 'tahun_2023', label: '2023' },
          { name: 'tahun_2024', label: '2024' },
          { name: 'satuan', label: 'Satuan' },
        ],
      },
      rows: [
        { line: 5, cells: ['Timur', '103260', '104874', 'JIWA'] },
        { line: 6, cells: ['Barat', '119130', '', 'JIWA'] },
      ],
    },
    step: {
      op: 'unpivot',
      columns: ['tahun_2023', 'tahun_2024'],
      nameColumn: 'tahun',
      valueColumn: 'jumlah',
    },
    names: ['kecamatan', 'tahun', 'jumlah', 'satuan'],
    cells: [
      ['Timur', '2023', '103260', 'JIWA'],
      ['Timur', '2024', '104874', 'JIWA'],
      ['Barat', '2023', '119130', 'JIWA'],
      ['Barat', '2024', '', 'JIWA'],
    ],
    lines: [5, 5, 6, 6],
    counts: { rowsAdded: 2, columnsAdded: 2, columnsRemoved: 2 },
  },
  {
    title: 'unpivot: names instead of labels, empty values dropped',
    input: table(['k', 'sd', 'smp'], [['a', '1', '']]),
    step: {
      op: 'unpivot',
      columns: ['sd', 'smp'],
      nameColumn: 'jenjang',
      valueColumn: 'n',
      use: 'name',
      dropEmpty: true,
    },
    cells: [['a', 'sd', '1']],
  },
  {
    title: 'pivot: long → wide with the listed values; unlisted names counted',
    input: table(
      ['kec', 'jk', 'n'],
      [
        ['Timur', 'L', '1'],
        ['Timur', 'P', '2'],
        ['Barat', 'L', '3'],
        ['Barat', 'X', '9'],
        ['Barat', 'P', '4'],
      ],
    ),
    step: { op: 'pivot', nameColumn: 'jk', valueColumn: 'n', values: ['L', 'P'] },
    names: ['kec', 'L', 'P'],
    cells: [
      ['Timur', '1', '2'],
      ['Barat', '3', '4'],
    ],
    lines: [2, 4],
    counts: { rowsRemoved: 5, rowsAdded: 2, unparsed: 1 },
    unparsedExamples: ['X'],
  },
  {
    title: 'add-column: constant satuan = jiwa',
    input: table(['n'], [['1'], ['2']]),
    step: { op: 'add-column', name: 'satuan', value: 'jiwa' },
    names: ['n', 'satuan'],
    cells: [
      ['1', 'jiwa'],
      ['2', 'jiwa'],
    ],
    counts: { columnsAdded: 1, cellsChanged: 2 },
  },
  {
    title: 'add-column: expression after a column; non-numbers give an empty cell',
    input: table(
      ['l', 'p', 'ket'],
      [
        ['387112', '370306', 'a'],
        ['1.5', 'x', 'b'],
      ],
    ),
    step: { op: 'add-column', name: 'total', expression: '{l} + {p}', after: 'p' },
    names: ['l', 'p', 'total', 'ket'],
    cells: [
      ['387112', '370306', '757418', 'a'],
      ['1.5', 'x', '', 'b'],
    ],
    counts: { unparsed: 1 },
  },
  {
    title: 'mask-personal: drop',
    input: table(['nama', 'nik'], [['Puskesmas Manggar', '6471014507850003']]),
    step: { op: 'mask-personal', columns: ['nik'], method: 'drop' },
    names: ['nama'],
    cells: [['Puskesmas Manggar']],
    counts: { columnsRemoved: 1 },
  },
  {
    title: 'mask-personal: truncate keeps the region part',
    input: table(
      ['nik', 'hp'],
      [
        ['6471014507850003', '081234567801'],
        ['', '0812'],
      ],
    ),
    step: { op: 'mask-personal', columns: ['nik', 'hp'], method: 'truncate' },
    cells: [
      ['647101**********', '081234******'],
      ['', '****'],
    ],
  },
  {
    title: 'mask-personal: salted hash',
    input: table(['nik'], [['6471014507850003']]),
    step: { op: 'mask-personal', columns: ['nik'], method: 'hash', salt: 'rahasia-dinas-2024' },
    cells: [[hashValue('6471014507850003', 'rahasia-dinas-2024')]],
  },
];

describe('steps: positive cases', () => {
  it.each(CASES.map((c) => [c.title, c] as const))('%s', (_title, c) => {
    validateStep(c.step, 0);
    const out = run(c.input, [c.step]);
    expect(out.entry.status).toBe('applied');
    if (c.names) expect(out.names).toEqual(c.names);
    expect(out.cells).toEqual(c.cells);
    if (c.lines) expect(out.lines).toEqual(c.lines);
    if (c.counts) expect(out.entry.counts).toMatchObject(c.counts);
    if (c.unparsedExamples) expect(out.entry.unparsedExamples).toEqual(c.unparsedExamples);
  });

  it('covers every op', () => {
    const tested = new Set(CASES.map((c) => c.step.op));
    // reconcile-region needs the reference double: see reconcile-region.test.ts
    expect(STEP_OPS.filter((op) => !tested.has(op))).toEqual(['reconcile-region']);
  });

  it('never mutates the input rows', () => {
    for (const c of CASES) {
      const before = JSON.stringify(c.input.rows);
      run(c.input, [c.step]);
      expect(JSON.stringify(c.input.rows)).toBe(before);
    }
  });
});

/** Steps that cannot apply to the `kec()` table: the step is skipped, the table unchanged. */
const SKIPPED: [Step, string][] = [
  [{ op: 'trim', columns: ['nama', 'tidak_ada'] }, 'column-missing'],
  [{ op: 'normalize-case', columns: ['x'], case: 'upper' }, 'column-missing'],
  [{ op: 'replace', columns: ['x'], find: 'a', replace: 'b' }, 'column-missing'],
  [{ op: 'set-cell', line: 2, column: 'x', value: '1' }, 'column-missing'],
  [{ op: 'parse-number', column: 'jumlah_penduduk', locale: 'id' }, 'column-missing'],
  [{ op: 'parse-date', column: 'tanggal' }, 'column-missing'],
  [{ op: 'rename-column', from: 'x', to: 'y' }, 'column-missing'],
  [{ op: 'rename-column', from: 'kode', to: 'NAMA' }, 'column-exists'],
  [{ op: 'drop-columns', columns: ['nama', 'no'] }, 'column-missing'],
  [{ op: 'drop-rows', where: [{ column: 'x', test: 'empty' }] }, 'column-missing'],
  [{ op: 'dedupe', key: ['x'] }, 'column-missing'],
  [{ op: 'fill-down', columns: ['x'] }, 'column-missing'],
  [{ op: 'split-column', column: 'x', separator: '/', into: ['a', 'b'] }, 'column-missing'],
  [{ op: 'split-column', column: 'nama', separator: '/', into: ['kode', 'b'] }, 'column-exists'],
  [{ op: 'merge-columns', columns: ['kode', 'x'], into: 'y' }, 'column-missing'],
  [{ op: 'map-values', column: 'x', mapping: { a: 'b' } }, 'column-missing'],
  [{ op: 'unpivot', columns: ['x', 'y'], nameColumn: 'a', valueColumn: 'b' }, 'column-missing'],
  [{ op: 'unpivot', columns: ['jumlah'], nameColumn: 'kode', valueColumn: 'b' }, 'column-exists'],
  [{ op: 'pivot', nameColumn: 'x', valueColumn: 'jumlah', values: ['L'] }, 'column-missing'],
  [{ op: 'pivot', nameColumn: 'jk', valueColumn: 'jumlah', values: ['kode'] }, 'column-exists'],
  [{ op: 'add-column', name: 'kode', value: '1' }, 'column-exists'],
  [{ op: 'add-column', name: 'total', expression: '{x} + 1' }, 'column-missing'],
  [{ op: 'mask-personal', columns: ['nik'], method: 'drop' }, 'column-missing'],
  [{ op: 'reconcile-region', level: 'kecamatan', nameColumn: 'nama' }, 'reference-unavailable'],
];

describe('steps: cannot apply → skipped, table unchanged', () => {
  it.each(SKIPPED.map(([s, code]) => [s.op, code, s] as const))('%s (%s)', (_op, code, step) => {
    const input = kec();
    const out = run(input, [step]);
    expect(out.entry.status).toBe('skipped');
    expect(out.entry.reason?.code).toBe(code);
    expect(out.entry.reason?.message).toMatch(/\S/);
    expect(out.entry.reason?.messageEn).toMatch(/\S/);
    expect(out.names).toEqual(input.shape.columns.map((c) => c.name));
    expect(out.cells).toEqual(input.rows.map((r) => r.cells));
  });

  it('every op has a skipped case', () => {
    expect(new Set(SKIPPED.map(([s]) => s.op)).size).toBe(STEP_OPS.length);
  });
});

/** Parameters each op's schema refuses. */
const INVALID: unknown[] = [
  { op: 'trim', columns: 'nama' },
  { op: 'trim', column: ['nama'] },
  { op: 'normalize-case', columns: ['a'], case: 'camel' },
  { op: 'normalize-case', columns: [], case: 'upper' },
  { op: 'replace', find: '', replace: 'x' },
  { op: 'replace', find: 'a' },
  { op: 'set-cell', line: 0, column: 'a', value: 'x' },
  { op: 'set-cell', line: 2, column: 'a' },
  { op: 'parse-number', column: 'a', locale: 'fr' },
  { op: 'parse-number', column: 'a' },
  { op: 'parse-date', column: 'a', order: 'ymd' },
  { op: 'rename-column', from: 'a' },
  { op: 'rename-column', from: 'a', to: '   ' },
  { op: 'drop-columns', columns: [] },
  { op: 'drop-rows' },
  { op: 'drop-rows', where: [{ column: 'a', test: 'equals' }] },
  { op: 'drop-rows', where: [{ column: 'a', test: 'in' }] },
  { op: 'drop-rows', lines: [1.5] },
  { op: 'dedupe', keep: 'middle' },
  { op: 'fill-down' },
  { op: 'split-column', column: 'a', separator: '', into: ['x', 'y'] },
  { op: 'split-column', column: 'a', separator: '/', into: ['x'] },
  { op: 'merge-columns', columns: ['a'], into: 'x' },
  { op: 'map-values', column: 'a', mapping: {} },
  { op: 'map-values', column: 'a', mapping: { L: 1 } },
  { op: 'reconcile-region', level: 'kecamatan' },
  { op: 'reconcile-region', level: 'rt', nameColumn: 'a' },
  { op: 'reconcile-region', level: 'desa', nameColumn: 'a', minScore: 2 },
  { op: 'unpivot', columns: ['a'], nameColumn: 'x' },
  { op: 'pivot', nameColumn: 'a', valueColumn: 'b', values: [] },
  { op: 'pivot', nameColumn: 'a', valueColumn: 'b', values: ['x', 'x'] },
  { op: 'add-column', name: 'x' },
  { op: 'add-column', name: 'x', value: '1', expression: '1' },
  { op: 'add-column', name: 'x', expression: '{a} +' },
  { op: 'add-column', name: 'x', expression: 'eval("1")' },
  { op: 'mask-personal', columns: ['nik'], method: 'hash' },
  { op: 'mask-personal', columns: ['nik'], method: 'hash', salt: 'short' },
  { op: 'mask-personal', columns: ['nik'], method: 'encrypt' },
];

describe('steps: schemas refuse bad parameters', () => {
  it.each(INVALID.map((p) => [JSON.stringify(p), p] as const))('%s', (_text, params) => {
    expect(() => validateStep(params, 3)).toThrowError(/Langkah 4/);
  });

  it('every op has a refused case, and unknown parameters are refused for every op', () => {
    expect(new Set(INVALID.map((p) => (p as { op: string }).op)).size).toBe(STEP_OPS.length);
    for (const op of STEP_OPS) {
      expect(() => validateStep({ op, columns: ['a'], column: 'a', unknownParam: 1 }, 0)).toThrow();
    }
  });
});
