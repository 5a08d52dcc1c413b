// The SQL fast path for cell-wise recipes (store/cellwise-sql.ts) against the row pipeline:
// for every cell-wise step and a few mixed recipes, both paths must give the same table, the
// same lines, the same shape and the same report, on values chosen to trip the SQL guards
// (spaces of every kind, empty vs missing cells, ragged rows, non-ASCII text, numbers and dates
// in both locales). A recipe that would change no cell shares its parent's table.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../src/main/core/store/workspace';
import { ImportWriter } from '../../../src/main/core/ingest/import-writer';
import {
  applyStepsToDataset,
  redoStep,
  undoLastStep,
} from '../../../src/main/core/store/apply-steps';
import {
  currentTable,
  iterateTable,
  listVersions,
} from '../../../src/main/core/store/working-table';
import { compilePipeline } from '../../../src/main/core/clean/pipeline';
import type { Step } from '../../../src/shared/model/step';

const opened: Workspace[] = [];
afterEach(() => {
  for (const w of opened.splice(0)) w.close();
});

const NAMES = ['teks', 'angka_id', 'angka_en', 'tanggal', 'kode'];

/** Cells that sit right at the edges of the SQL guards. */
const TRICKY: string[][] = [
  [' Balikpapan ', '92.651', '1,234.56', '2024-01-15', 'L'],
  ['\u00a0Samarinda\u00a0', '1.234,56', '44.51', '15 Januari 2024', 'P'],
  ['\tTab\t', '52955', '12.0', '2024-02-30', ' L '],
  ['Kota\u200b', '-0', '-0.5', '0999-01-01', 'l'],
  ['', '', '', '', ''],
  ['Ünïcödé ', '007', '1e5', '45292', 'Ü'],
  ['a  b\u3000c', '+12', '0.30000000000000004', '20/02/2024', 'P\u00a0'],
  ['~tilde~', '44.510', '1.000', '2024-1-5', '~'],
  ['data sementara ok', '-12', 'Inf', '2024-05-06T00:00', 'L'],
  ['\ufeffBOM', '12.5', '-7', '1000-01-01', ''],
  ['ragged'],
  ['extra', '1', '2', '2024-01-01', 'L', 'lebih', 'lagi'],
  ['Zeta!', '0', '0.0', '9999-12-31', 'PALARAN'],
];

async function seeded(rows: string[][] = TRICKY, names = NAMES): Promise<Workspace> {
  const ws = await openWorkspace(join(mkdtempSync(join(tmpdir(), 'sdw-cw-')), 'ws.db'));
  opened.push(ws);
  const w = new ImportWriter(ws.db);
  w.begin(names.length);
  w.write(rows.map((cells, i) => ({ line: i + 2, cells })));
  w.finish({
    record: {
      id: 'ds',
      name: 'uji',
      fileName: 'uji.csv',
      format: 'csv',
      sheet: null,
      size: 1,
      sha256: 'c'.repeat(64),
      encoding: 'utf-8',
      delimiter: ',',
      quoteChar: '"',
      lineTerminator: '\n',
      headerRow: 1,
      title: null,
      notes: [],
      rowCount: rows.length,
      columnCount: names.length,
      version: 1,
      importedAt: '2026-01-01T00:00:00Z',
      importedBy: 'u',
      options: {},
    },
    columns: names.map((name, index) => ({ index, label: name, name })),
    user: 'u',
  });
  return ws;
}

function snapshot(ws: Workspace) {
  const t = currentTable(ws.db, 'ds');
  const rows = [...iterateTable(ws.db, t)].flat();
  return {
    columns: t.columns,
    rowCount: t.rowCount,
    lines: rows.map((r) => r.line),
    cells: rows.map((r) => r.cells),
  };
}

/** Apply with the fast path, undo, apply with the row pipeline; both results must match. */
async function bothPaths(steps: Step[], base: Step[] = []) {
  const ws = await seeded();
  if (base.length > 0) applyStepsToDataset(ws.db, 'ds', base, { user: 'u', sqlFastPath: false });
  const fast = applyStepsToDataset(ws.db, 'ds', steps, { user: 'u' });
  const fastTable = snapshot(ws);
  undoLastStep(ws.db, 'ds', 'u');
  const slow = applyStepsToDataset(ws.db, 'ds', steps, { user: 'u', sqlFastPath: false });
  const slowTable = snapshot(ws);
  return { ws, fast, slow, fastTable, slowTable };
}

const CELLWISE: [string, Step[]][] = [
  ['trim all columns', [{ op: 'trim' }]],
  ['trim with collapse', [{ op: 'trim', columns: ['teks', 'kode'], collapse: true }]],
  ['normalize-case upper', [{ op: 'normalize-case', columns: ['teks', 'kode'], case: 'upper' }]],
  ['normalize-case title', [{ op: 'normalize-case', columns: ['teks'], case: 'title' }]],
  ['normalize-case sentence', [{ op: 'normalize-case', columns: ['teks'], case: 'sentence' }]],
  ['replace literal', [{ op: 'replace', columns: ['teks'], find: 'sementara', replace: 'S' }]],
  [
    'replace whole cell',
    [{ op: 'replace', columns: ['kode'], find: 'L', replace: 'LAKI-LAKI', wholeCell: true }],
  ],
  ['replace case-insensitive', [{ op: 'replace', find: 'l', replace: 'x', caseSensitive: false }]],
  [
    'replace regex',
    [{ op: 'replace', columns: ['teks'], find: '(\\w)a', replace: '$1A', regex: true }],
  ],
  [
    'map-values',
    [{ op: 'map-values', column: 'kode', mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN', '~': 'x' } }],
  ],
  [
    'map-values with an empty key',
    [{ op: 'map-values', column: 'kode', mapping: { '': 'KOSONG' } }],
  ],
  [
    'map-values case-insensitive',
    [
      {
        op: 'map-values',
        column: 'kode',
        mapping: { l: 'LAKI-LAKI', ü: 'U' },
        caseSensitive: false,
      },
    ],
  ],
  ['parse-number id', [{ op: 'parse-number', column: 'angka_id', locale: 'id' }]],
  ['parse-number en', [{ op: 'parse-number', column: 'angka_en', locale: 'en' }]],
  ['parse-number id on en numbers', [{ op: 'parse-number', column: 'angka_en', locale: 'id' }]],
  ['parse-number en on id numbers', [{ op: 'parse-number', column: 'angka_id', locale: 'en' }]],
  [
    'parse-number stripping symbols',
    [{ op: 'parse-number', column: 'angka_id', locale: 'id', stripSymbols: true }],
  ],
  ['parse-date', [{ op: 'parse-date', column: 'tanggal' }]],
  [
    'parse-date mdy without serials',
    [{ op: 'parse-date', column: 'tanggal', order: 'mdy', excelSerial: false }],
  ],
  ['mask-personal truncate', [{ op: 'mask-personal', columns: ['teks'], method: 'truncate' }]],
  [
    'mask-personal hash',
    [{ op: 'mask-personal', columns: ['kode'], method: 'hash', salt: 'garam-rahasia-16+' }],
  ],
  [
    'a column listed twice',
    [{ op: 'replace', columns: ['kode', 'KODE'], find: 'L', replace: 'LL' }],
  ],
  [
    'several steps on one column',
    [
      { op: 'trim', columns: ['angka_id'] },
      { op: 'parse-number', column: 'angka_id', locale: 'id' },
      { op: 'replace', columns: ['angka_id'], find: '5', replace: '55' },
    ],
  ],
  [
    'column moves between cell steps',
    [
      { op: 'trim' },
      { op: 'rename-column', from: 'kode', to: 'jenis_kelamin' },
      { op: 'add-column', name: 'sumber', value: ' Disdukcapil ', after: 'teks' },
      { op: 'map-values', column: 'jenis_kelamin', mapping: { L: 'LAKI-LAKI' } },
      { op: 'trim', columns: ['sumber'] },
      { op: 'drop-columns', columns: ['angka_en'] },
      { op: 'mask-personal', columns: ['tanggal'], method: 'drop' },
      { op: 'add-column', name: 'kosong', value: '' },
      { op: 'parse-number', column: 'angka_id', locale: 'id' },
    ],
  ],
];

describe('the SQL fast path for cell-wise recipes', () => {
  for (const [label, steps] of CELLWISE) {
    it(`gives the row pipeline's table and report: ${label}`, async () => {
      const { fast, slow, fastTable, slowTable } = await bothPaths(steps);
      expect(
        compilePipeline({ columns: NAMES.map((n) => ({ name: n, label: n })) }, steps).cellPlan(),
      ).not.toBeNull();
      expect(fast.report.steps.every((s) => s.status === 'applied')).toBe(true);
      expect(fast.report).toEqual(slow.report);
      expect(fast.shape).toEqual(slow.shape);
      expect(fast.rowCount).toBe(slow.rowCount);
      expect(fastTable).toEqual(slowTable);
    });
  }

  it('gives the same result on a derived (work) table as on the import', async () => {
    const steps: Step[] = [
      { op: 'trim' },
      { op: 'parse-number', column: 'angka_id', locale: 'id' },
      { op: 'parse-date', column: 'tanggal' },
    ];
    const base: Step[] = [{ op: 'replace', columns: ['teks'], find: 'a', replace: 'a ' }];
    const { fast, slow, fastTable, slowTable } = await bothPaths(steps, base);
    expect(fast.report).toEqual(slow.report);
    expect(fastTable).toEqual(slowTable);
  });

  it('leaves row-changing recipes to the row pipeline', () => {
    const shape = { columns: NAMES.map((n) => ({ name: n, label: n })) };
    expect(compilePipeline(shape, [{ op: 'trim' }, { op: 'dedupe' }]).cellPlan()).toBeNull();
    expect(compilePipeline(shape, [{ op: 'fill-down', columns: ['kode'] }]).cellPlan()).toBeNull();
    expect(
      compilePipeline(shape, [
        { op: 'add-column', name: 'x', expression: '{kode} & "!"' },
      ]).cellPlan(),
    ).toBeNull();
  });

  it('counts what it changed and what did not parse, with examples', async () => {
    const { fast } = await bothPaths([{ op: 'parse-number', column: 'angka_en', locale: 'en' }]);
    const entry = fast.report.steps[0]!;
    expect(entry.counts.cellsChanged).toBeGreaterThan(0);
    expect(entry.counts.unparsed).toBeGreaterThan(0);
    expect(entry.unparsedExamples).toContain('Inf');
  });
});

describe('cancelling the fast path', () => {
  it('rolls the whole recipe back when the signal fires while the table is written', async () => {
    const ws = await seeded();
    let reads = 0;
    // not aborted when the apply starts, aborted by the time the statement has run
    const signal = {
      get aborted() {
        return ++reads > 1;
      },
    } as AbortSignal;
    expect(() => applyStepsToDataset(ws.db, 'ds', [{ op: 'trim' }], { user: 'u', signal })).toThrow(
      /Dibatalkan/,
    );
    expect(listVersions(ws.db, 'ds')).toHaveLength(1);
    expect(currentTable(ws.db, 'ds').name).toBe('raw_1');
    const tables = ws.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'work_%'")
      .all();
    expect(tables).toEqual([]);
  });
});

describe('a recipe that changes no cell', () => {
  const CLEAN = [
    ['Balikpapan', '52955', '2024-01-15'],
    ['Samarinda', '-12', '2023-12-31'],
    ['Bontang', '0', '1999-02-28'],
  ];
  const CLEAN_NAMES = ['nama', 'jumlah', 'tanggal'];

  it('shares its parent table, and undo and redo still move between versions', async () => {
    const ws = await seeded(CLEAN, CLEAN_NAMES);
    const before = snapshot(ws);
    const out = applyStepsToDataset(
      ws.db,
      'ds',
      [
        { op: 'trim' },
        { op: 'parse-number', column: 'jumlah', locale: 'id' },
        { op: 'parse-date', column: 'tanggal' },
        { op: 'rename-column', from: 'nama', to: 'nama_kota' },
      ],
      { user: 'u' },
    );
    expect(out).toMatchObject({ created: true, version: 2, rowCount: 3 });
    expect(out.report.steps.map((s) => s.counts.cellsChanged)).toEqual([0, 0, 0, 0]);
    expect(currentTable(ws.db, 'ds').name).toBe('raw_1');
    const after = snapshot(ws);
    expect(after.cells).toEqual(before.cells);
    expect(after.columns.map((c) => c.name)).toEqual(['nama_kota', 'jumlah', 'tanggal']);
    expect(undoLastStep(ws.db, 'ds', 'u')).toBe(1);
    expect(snapshot(ws)).toEqual(before);
    expect(redoStep(ws.db, 'ds', 'u')).toBe(2);
    expect(snapshot(ws)).toEqual(after);
    expect(listVersions(ws.db, 'ds').map((v) => v.version)).toEqual([1, 2]);
  });

  it('writes a new table when the import has ragged rows (they are padded as in the pipeline)', async () => {
    const ws = await seeded([...CLEAN, ['Tarakan']], CLEAN_NAMES);
    applyStepsToDataset(ws.db, 'ds', [{ op: 'trim' }], { user: 'u' });
    expect(currentTable(ws.db, 'ds').name).toBe('work_1_2');
    expect(snapshot(ws).cells[3]).toEqual(['Tarakan', '', '']);
  });

  it('writes a new table as soon as one cell changes', async () => {
    const ws = await seeded([...CLEAN, ['Tarakan ', '1', '2024-01-01']], CLEAN_NAMES);
    const out = applyStepsToDataset(ws.db, 'ds', [{ op: 'trim' }], { user: 'u' });
    expect(out.report.steps[0]!.counts.cellsChanged).toBe(1);
    expect(currentTable(ws.db, 'ds').name).toBe('work_1_2');
    expect(snapshot(ws).cells[3]).toEqual(['Tarakan', '1', '2024-01-01']);
  });
});
