/**
 * Properties of the cleaning steps: for EVERY op, arbitrary parameters (naming columns that
 * exist and columns that do not) that pass `validateStep`, applied to arbitrary tables, never
 * throw, give rectangular rows as wide as the resulting shape, and are deterministic. In the
 * workspace, applying steps then undoing restores exactly the previous table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { applyStepsSync } from '../../src/main/core/clean/pipeline';
import { validateStep } from '../../src/main/core/clean/recipe';
import { ImportWriter } from '../../src/main/core/ingest/import-writer';
import { applyStepsToDataset, undoLastStep } from '../../src/main/core/store/apply-steps';
import { currentTable, iterateTable } from '../../src/main/core/store/working-table';
import { openWorkspace, type Workspace } from '../../src/main/core/store/workspace';
import { AppError } from '../../src/shared/errors';
import {
  STEP_OPS,
  type Row,
  type Step,
  type StepOp,
  type TableShape,
} from '../../src/shared/model/step';
import { balikpapanRegions } from '../unit/clean/helpers';
import { defineProperty, type PropertyDef } from './types';

const NAMES = ['kode', 'nama', 'jumlah', 'tahun', 'jenis_kelamin'];
/** column references: existing names, a label, a different case, and one that is missing */
const REFS = [...NAMES, 'Nama', 'KODE', 'tidak_ada'];
const NEW_NAMES = ['baru', 'bagian_1', 'bagian_2', 'nilai', 'nama', 'kolom_x'];

const CELLS = [
  '',
  ' ',
  '64.71.01',
  '6471',
  'Balikpapan Timur',
  ' balikpapan  timur ',
  'Manggar',
  'L',
  'P',
  'LAKI-LAKI',
  '1.234',
  '1.234,5',
  '1,234.5',
  '-7',
  'Rp 5.000',
  '12%',
  '2024',
  '31/01/2024',
  '2024-02-30',
  '45000',
  'JUMLAH',
  '3171010101010001',
  'a,b',
  'a - b',
  '=1+1',
  '\u00a0x\u200b',
  'é𝕏',
];

const cellArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...CELLS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

export const tableArb: fc.Arbitrary<{ shape: TableShape; rows: Row[] }> = fc
  .integer({ min: 1, max: NAMES.length })
  .chain((width) =>
    fc
      .array(fc.array(cellArb, { minLength: width, maxLength: width }), { maxLength: 10 })
      .map((cells) => ({
        shape: {
          columns: NAMES.slice(0, width).map((name) => ({
            name,
            label: name.charAt(0).toUpperCase() + name.slice(1).replace('_', ' '),
          })),
        },
        rows: cells.map((c, i) => ({ line: i + 2, cells: c })),
      })),
  );

const ref = fc.constantFrom(...REFS);
const refs = (min = 0): fc.Arbitrary<string[]> =>
  fc.uniqueArray(ref, { minLength: min, maxLength: 3 });
const text = fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 5 }));
const nonEmpty = fc.oneof(
  fc.constantFrom('a', 'L', '.', ',', ' - ', 'JUMLAH', 'Timur'),
  fc.string({ minLength: 1, maxLength: 4 }),
);
const newName = fc.constantFrom(...NEW_NAMES);
/** patterns the regex guard accepts (and a few it refuses: validateStep then throws) */
const pattern = fc.constantFrom(
  '\\d+',
  '^a',
  'b$',
  '[0-9]{2}',
  '\\s+',
  '^(\\d{2})(\\d{2})$',
  '[^,]*,',
  '(a+)+$',
  '\\1',
);
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(a, { nil: undefined });

/** Drop keys whose value is undefined (recipes never hold them). */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const STEP_ARBS: Record<StepOp, fc.Arbitrary<Record<string, unknown>>> = {
  trim: fc.record({ columns: opt(refs()), collapse: opt(fc.boolean()) }),
  'normalize-case': fc.record({
    columns: refs(1),
    case: fc.constantFrom('upper', 'lower', 'title', 'sentence'),
  }),
  replace: fc.oneof(
    fc.record({
      columns: opt(refs()),
      find: nonEmpty,
      replace: text,
      caseSensitive: opt(fc.boolean()),
      wholeCell: opt(fc.boolean()),
    }),
    fc.record({
      columns: opt(refs()),
      find: pattern,
      replace: fc.constantFrom('$1', 'x', ''),
      regex: fc.constant(true),
      caseSensitive: opt(fc.boolean()),
    }),
  ),
  'set-cell': fc.record({
    line: fc.integer({ min: 1, max: 14 }),
    column: ref,
    value: text,
    from: opt(text),
  }),
  'parse-number': fc.record({
    column: ref,
    locale: fc.constantFrom('id', 'en'),
    stripSymbols: opt(fc.boolean()),
  }),
  'parse-date': fc.record({
    column: ref,
    order: opt(fc.constantFrom('dmy', 'mdy')),
    excelSerial: opt(fc.boolean()),
  }),
  'rename-column': fc.record({ from: ref, to: newName }),
  'drop-columns': fc.record({ columns: refs(1) }),
  'drop-rows': fc.oneof(
    fc.record({ lines: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 1, maxLength: 4 }) }),
    fc.record({
      where: fc.array(
        fc.oneof(
          fc.record({
            column: ref,
            test: fc.constantFrom('equals', 'not-equals', 'contains', 'starts-with'),
            value: text,
            caseSensitive: opt(fc.boolean()),
          }),
          fc.record({ column: ref, test: fc.constantFrom('empty', 'not-empty') }),
          fc.record({
            column: ref,
            test: fc.constant('in'),
            values: fc.array(text, { minLength: 1, maxLength: 3 }),
          }),
          fc.record({ column: ref, test: fc.constant('matches'), value: pattern }),
        ),
        { minLength: 1, maxLength: 2 },
      ),
      match: opt(fc.constantFrom('all', 'any')),
    }),
  ),
  dedupe: fc.record({ key: opt(refs(1)), keep: opt(fc.constantFrom('first', 'last')) }),
  'fill-down': fc.record({ columns: refs(1) }),
  'split-column': fc.record({
    column: ref,
    separator: fc.constantFrom(',', ' - ', '.', ' ', '/'),
    into: fc.uniqueArray(newName, { minLength: 1, maxLength: 3 }),
    keep: opt(fc.boolean()),
    trim: opt(fc.boolean()),
  }),
  'merge-columns': fc.record({
    columns: refs(1),
    into: newName,
    separator: opt(fc.constantFrom(' ', ', ', '')),
    keep: opt(fc.boolean()),
    skipEmpty: opt(fc.boolean()),
  }),
  'map-values': fc.record({
    column: ref,
    mapping: fc.dictionary(fc.constantFrom('L', 'P', '', 'Balikpapan Timur', 'x'), text, {
      maxKeys: 3,
    }),
    caseSensitive: opt(fc.boolean()),
  }),
  'reconcile-region': fc.record({
    level: fc.constantFrom('provinsi', 'kabupaten_kota', 'kecamatan', 'desa'),
    nameColumn: opt(ref),
    codeColumn: opt(fc.oneof(ref, newName)),
    parent: opt(fc.constantFrom('64', '64.71', '64.71.01')),
    parentColumn: opt(ref),
    minScore: opt(fc.double({ min: 0, max: 1, noNaN: true })),
    nameCase: opt(fc.constantFrom('official', 'upper', 'title')),
  }),
  unpivot: fc.record({
    columns: refs(1),
    nameColumn: newName,
    valueColumn: fc.constantFrom('nilai_x', 'isi'),
    use: opt(fc.constantFrom('label', 'name')),
    dropEmpty: opt(fc.boolean()),
  }),
  pivot: fc.record({
    nameColumn: ref,
    valueColumn: ref,
    values: fc.uniqueArray(fc.constantFrom('L', 'P', '2024', 'x'), { minLength: 1, maxLength: 3 }),
    key: opt(refs(1)),
  }),
  'add-column': fc.oneof(
    fc.record({ name: newName, value: text, after: opt(ref) }),
    fc.record({
      name: newName,
      expression: fc.constantFrom(
        '{jumlah} + 1',
        '{kode} & " " & {nama}',
        '{jumlah} / {tahun}',
        '-{jumlah} * 2',
        '"a"',
        '{tidak_ada} + 1',
      ),
      after: opt(ref),
    }),
  ),
  'mask-personal': fc.oneof(
    fc.record({ columns: refs(1), method: fc.constantFrom('drop', 'truncate') }),
    fc.record({
      columns: refs(1),
      method: fc.constant('hash'),
      salt: fc.constantFrom('garam-rahasia-1', 'x'.repeat(20)),
    }),
  ),
};

/** An arbitrary step of `op`, validated; null when validateStep refuses it (an AppError). */
function stepOf(op: StepOp, params: Record<string, unknown>): Step | null {
  try {
    return validateStep(clean({ op, ...params }), 0);
  } catch (err) {
    if (err instanceof AppError) return null;
    throw err;
  }
}

let regions: ReturnType<typeof balikpapanRegions> | null = null;
const ctx = (): { regions: ReturnType<typeof balikpapanRegions> } => ({
  regions: (regions ??= balikpapanRegions()),
});

function runSteps(t: { shape: TableShape; rows: Row[] }, steps: Step[]): string {
  const out = applyStepsSync(t.shape, t.rows, steps, ctx());
  const width = out.shape.columns.length;
  for (const r of out.rows) {
    if (r.cells.length !== width)
      throw new Error(`row ${r.line} has ${r.cells.length} cells, shape ${width}`);
    for (const c of r.cells) if (typeof c !== 'string') throw new Error(`cell ${String(c)}`);
  }
  if (out.report.steps.length !== steps.length) throw new Error('report length');
  return JSON.stringify(out);
}

export const stepArb = (op: StepOp): fc.Arbitrary<Step | null> =>
  (STEP_ARBS[op] as fc.Arbitrary<Record<string, unknown>>).map((p) => stepOf(op, p));

export const CLEAN_PROPERTIES: PropertyDef[] = STEP_OPS.map((op) =>
  defineProperty({
    name: `step ${op}: valid parameters on any table never throw, rows stay rectangular, deterministic`,
    weight: 1,
    quickRuns: 30,
    property: () =>
      fc.property(tableArb, stepArb(op), (t, step) => {
        if (step === null) return; // refused up front: an AppError, never a crash
        const a = runSteps(t, [step]);
        if (a !== runSteps(t, [step])) throw new Error('not deterministic');
      }),
  }),
);

CLEAN_PROPERTIES.push(
  defineProperty({
    name: 'a recipe of any valid steps on any table never throws',
    weight: 2,
    quickRuns: 30,
    property: () =>
      fc.property(
        tableArb,
        fc.array(fc.constantFrom(...STEP_OPS).chain(stepArb), { maxLength: 5 }),
        (t, steps) => {
          runSteps(
            t,
            steps.filter((s): s is Step => s !== null),
          );
        },
      ),
  }),
);

/** One workspace for all runs of the workspace property (a fresh dataset per run). */
let workspace: Promise<Workspace> | null = null;
let datasetNo = 0;

function openScratchWorkspace(): Promise<Workspace> {
  if (!workspace) {
    const dir = mkdtempSync(join(tmpdir(), 'sdw-prop-ws-'));
    workspace = openWorkspace(join(dir, 'ws.db'));
    void workspace.then((ws) =>
      process.once('exit', () => {
        ws.close();
        rmSync(dir, { recursive: true, force: true });
      }),
    );
  }
  return workspace;
}

function seed(ws: Workspace, t: { shape: TableShape; rows: Row[] }): string {
  const id = `ds-${++datasetNo}`;
  const w = new ImportWriter(ws.db);
  const width = t.shape.columns.length;
  w.begin(width);
  w.write(t.rows.map((r) => ({ line: r.line, cells: r.cells })));
  w.finish({
    record: {
      id,
      name: id,
      fileName: `${id}.csv`,
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
      rowCount: t.rows.length,
      columnCount: width,
      version: 1,
      importedAt: '2026-01-01T00:00:00Z',
      importedBy: 'u',
      options: {},
    },
    columns: t.shape.columns.map((c, index) => ({ index, label: c.label, name: c.name })),
    user: 'u',
  });
  return id;
}

function snapshot(ws: Workspace, id: string): string {
  const ref = currentTable(ws.db, id);
  const rows = [...iterateTable(ws.db, ref)].flat();
  return JSON.stringify({ version: ref.version, columns: ref.columns, rows });
}

CLEAN_PROPERTIES.push(
  defineProperty({
    name: 'workspace: apply steps then undo restores exactly the previous table',
    weight: 1,
    quickRuns: 25,
    property: () =>
      fc.asyncProperty(
        tableArb.filter((t) => t.rows.length > 0),
        fc.array(fc.constantFrom(...STEP_OPS).chain(stepArb), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (t, maybeSteps, twice) => {
          const steps = maybeSteps.filter((s): s is Step => s !== null);
          const ws = await openScratchWorkspace();
          const id = seed(ws, t);
          if (twice)
            applyStepsToDataset(ws.db, id, [{ op: 'trim' }], { user: 'u', context: ctx() });
          const before = snapshot(ws, id);
          const out = applyStepsToDataset(ws.db, id, steps, { user: 'u', context: ctx() });
          if (!out.created) {
            if (snapshot(ws, id) !== before)
              throw new Error('nothing applied, yet the table changed');
            return;
          }
          // the work table is rectangular: the in-memory result padded to the new width
          const prev = JSON.parse(before) as { columns: TableShape['columns']; rows: Row[] };
          const mem = applyStepsSync({ columns: prev.columns }, prev.rows, steps, ctx());
          const width = mem.shape.columns.length;
          const expected = mem.rows.map((r) => ({
            line: r.line,
            cells: Array.from({ length: width }, (_, k) => r.cells[k] ?? ''),
          }));
          const after = JSON.parse(snapshot(ws, id)) as { rows: Row[] };
          const got = after.rows.map((r) => ({ line: r.line, cells: r.cells }));
          if (JSON.stringify(got) !== JSON.stringify(expected))
            throw new Error(
              `workspace ${JSON.stringify(got)} ≠ pipeline ${JSON.stringify(expected)}`,
            );
          undoLastStep(ws.db, id, 'u');
          if (snapshot(ws, id) !== before) throw new Error('undo did not restore the table');
        },
      ),
  }),
);
