import { describe, expect, it } from 'vitest';
import type { StepCatalogEntry, StepPreviewResult } from '../../../src/shared/api/clean';
import idQuality from '../../../src/renderer/i18n/quality.id.json';
import enQuality from '../../../src/renderer/i18n/quality.en.json';
import {
  cellsToChange,
  clusterStep,
  initialChoices,
} from '../../../src/renderer/screens/cleaning/cluster-mapping';
import { countParts } from '../../../src/renderer/screens/cleaning/history-view';
import { previewTable } from '../../../src/renderer/screens/cleaning/preview-table';
import { recipeFileName, recipeText } from '../../../src/renderer/screens/cleaning/recipe-file';
import {
  buildStep,
  FORM_OPS,
  formFor,
  initialValues,
  KNOWN_FIELDS,
} from '../../../src/renderer/screens/cleaning/step-form';
import { mergeSteps, stepColumns } from '../../../src/renderer/screens/cleaning/step-label';

const cols = () => ({ type: 'array', items: { type: 'string' } });

const entry = (op: string, paramsSchema: object): StepCatalogEntry =>
  ({ op, title: { id: op, en: op }, paramsSchema, available: true }) as StepCatalogEntry;

const TRIM = entry('trim', {
  type: 'object',
  required: ['op'],
  properties: { op: { const: 'trim' }, columns: cols(), collapse: { type: 'boolean' } },
});
const REPLACE = entry('replace', {
  type: 'object',
  required: ['op', 'find', 'replace'],
  properties: {
    op: { const: 'replace' },
    columns: cols(),
    find: { type: 'string', minLength: 1 },
    replace: { type: 'string' },
    regex: { type: 'boolean' },
  },
});
const MAP = entry('map-values', {
  type: 'object',
  required: ['op', 'column', 'mapping'],
  properties: {
    op: { const: 'map-values' },
    column: { type: 'string', minLength: 1 },
    mapping: { type: 'object', additionalProperties: { type: 'string' } },
    caseSensitive: { type: 'boolean' },
  },
});
const PARSE_DATE = entry('parse-date', {
  type: 'object',
  required: ['op', 'column'],
  properties: {
    op: { const: 'parse-date' },
    column: { type: 'string' },
    order: { enum: ['dmy', 'mdy'] },
    excelSerial: { type: 'boolean' },
  },
});
const ADD = entry('add-column', {
  type: 'object',
  required: ['op', 'name'],
  properties: {
    op: { const: 'add-column' },
    name: { type: 'string', minLength: 1 },
    value: { type: 'string' },
    expression: { type: 'string', minLength: 1 },
    after: { type: 'string' },
  },
  oneOf: [{ required: ['value'] }, { required: ['expression'] }],
});

describe('step form', () => {
  it('derives the inputs from the schema and the column references', () => {
    expect(formFor(TRIM).fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['columns', 'columns', false],
      ['collapse', 'flag', false],
    ]);
    expect(formFor(MAP).fields.map((f) => f.kind)).toEqual(['column', 'mapping', 'flag']);
    expect(formFor(ADD).oneOf).toEqual(['value', 'expression']);
    expect(formFor(ADD).fields.find((f) => f.name === 'after')?.kind).toBe('column');
    expect(formFor(PARSE_DATE).fields.find((f) => f.name === 'order')?.options).toEqual([
      'dmy',
      'mdy',
    ]);
  });

  it('builds a step leaving out empty optional parts and default flags', () => {
    const trim = formFor(TRIM);
    expect(buildStep(trim, { ...initialValues(trim), collapse: true })).toEqual({
      ok: true,
      step: { op: 'trim', collapse: true },
    });
    const date = formFor(PARSE_DATE);
    const values = initialValues(date, 'tanggal');
    expect(values['excelSerial']).toBe(true);
    expect(buildStep(date, values)).toEqual({
      ok: true,
      step: { op: 'parse-date', column: 'tanggal' },
    });
    expect(buildStep(date, { ...values, excelSerial: false })).toEqual({
      ok: true,
      step: { op: 'parse-date', column: 'tanggal', excelSerial: false },
    });
  });

  it('keeps an empty replacement and a mapping, and names what is missing', () => {
    const replace = formFor(REPLACE);
    expect(buildStep(replace, { ...initialValues(replace), find: 'Rp' })).toEqual({
      ok: true,
      step: { op: 'replace', find: 'Rp', replace: '' },
    });
    expect(buildStep(replace, initialValues(replace))).toEqual({ ok: false, missing: ['find'] });
    const map = formFor(MAP);
    const built = buildStep(map, {
      ...initialValues(map, 'jenis_kelamin'),
      mapping: [
        { from: 'L', to: 'LAKI-LAKI' },
        { from: '', to: '' },
        { from: 'P', to: 'PEREMPUAN' },
      ],
    });
    expect(built).toEqual({
      ok: true,
      step: {
        op: 'map-values',
        column: 'jenis_kelamin',
        mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN' },
      },
    });
  });

  it('uses the chosen side of a oneOf group only', () => {
    const add = formFor(ADD);
    const values = {
      ...initialValues(add),
      name: 'satuan',
      value: 'JIWA',
      expression: '{a} + {b}',
    };
    expect(buildStep(add, values)).toEqual({
      ok: true,
      step: { op: 'add-column', name: 'satuan', value: 'JIWA' },
    });
    expect(buildStep(add, values, 'expression')).toEqual({
      ok: true,
      step: { op: 'add-column', name: 'satuan', expression: '{a} + {b}' },
    });
  });

  it('has a label for every parameter and a description for every op, in both languages', () => {
    const id = idQuality.quality.stepForm;
    const en = enQuality.quality.stepForm;
    for (const name of KNOWN_FIELDS) {
      expect(id.field[name], name).toBeTruthy();
      expect(en.field[name], name).toBeTruthy();
    }
    for (const op of FORM_OPS) {
      expect((id.about as Record<string, string>)[op], op).toBeTruthy();
      expect((en.about as Record<string, string>)[op], op).toBeTruthy();
    }
  });
});

describe('cluster and edit', () => {
  const clusters = [
    {
      values: [
        { value: 'BALIKPAPAN KOTA', count: 5 },
        { value: 'Balikpapan  Kota', count: 2 },
      ],
      suggested: 'BALIKPAPAN KOTA',
    },
    {
      values: [
        { value: 'JIWA', count: 20 },
        { value: 'jiwa', count: 1 },
        { value: 'Jiwa ', count: 1 },
      ],
      suggested: 'JIWA',
    },
  ];

  it('turns the chosen groups into one map-values step', () => {
    const choices = initialChoices(clusters);
    expect(clusterStep('nama_kecamatan', clusters, choices)).toEqual({
      op: 'map-values',
      column: 'nama_kecamatan',
      mapping: { 'Balikpapan  Kota': 'BALIKPAPAN KOTA', jiwa: 'JIWA', 'Jiwa ': 'JIWA' },
      caseSensitive: true,
    });
    expect(cellsToChange(clusters, choices)).toBe(4);
  });

  it('honours another canonical value and left-out groups', () => {
    const choices = [
      { include: false, canonical: 'BALIKPAPAN KOTA' },
      { include: true, canonical: 'jiwa' },
    ];
    expect(clusterStep('satuan', clusters, choices)?.mapping).toEqual({
      JIWA: 'jiwa',
      'Jiwa ': 'jiwa',
    });
    expect(cellsToChange(clusters, choices)).toBe(21);
    expect(
      clusterStep('satuan', clusters, [
        { include: false, canonical: '' },
        { include: false, canonical: '' },
      ]),
    ).toBeNull();
  });
});

describe('steps, previews and recipes', () => {
  it('merges map-values steps on one column and drops repeated steps', () => {
    const merged = mergeSteps([
      { op: 'map-values', column: 'jk', mapping: { L: 'LAKI-LAKI' } },
      { op: 'dedupe' },
      { op: 'map-values', column: 'jk', mapping: { P: 'PEREMPUAN' } },
      { op: 'dedupe' },
    ]);
    expect(merged).toEqual([
      { op: 'map-values', column: 'jk', mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN' } },
      { op: 'dedupe' },
    ]);
    expect(stepColumns({ op: 'trim', columns: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(stepColumns({ op: 'dedupe' })).toEqual([]);
  });

  const shape = {
    columns: [
      { name: 'kode', label: 'Kode' },
      { name: 'jk', label: 'JK' },
    ],
  };
  const base: Omit<StepPreviewResult, 'after' | 'changedCells' | 'removedLines' | 'shape'> = {
    status: 'applied',
    before: [
      { line: 2, cells: ['01', 'L'] },
      { line: 3, cells: ['02', 'P'] },
      { line: 4, cells: ['02', 'P'] },
    ],
    counts: { cellsChanged: 2, rowsRemoved: 0, rowsAdded: 0, columnsAdded: 0, columnsRemoved: 0 },
    entry: {
      index: 0,
      op: 'map-values',
      status: 'applied',
      counts: { cellsChanged: 2, rowsRemoved: 0, rowsAdded: 0, columnsAdded: 0, columnsRemoved: 0 },
    },
    sampleRows: 3,
    totalRows: 3,
  };

  it('shows changed cells only in the columns that change', () => {
    const table = previewTable(
      {
        ...base,
        shape,
        after: [
          { line: 2, cells: ['01', 'LAKI-LAKI'] },
          { line: 3, cells: ['02', 'PEREMPUAN'] },
          { line: 4, cells: ['02', 'P'] },
        ],
        changedCells: [
          [0, 1],
          [1, 1],
        ],
        removedLines: [],
      },
      shape.columns,
    );
    expect(table.mode).toBe('cells');
    expect(table.columns.map((c) => c.name)).toEqual(['jk']);
    expect(table.lines.map((l) => [l.line, l.before?.[1], l.after?.[1]])).toEqual([
      [2, 'L', 'LAKI-LAKI'],
      [3, 'P', 'PEREMPUAN'],
    ]);
  });

  it('shows removed rows whole, and new columns after a change of shape', () => {
    const removed = previewTable(
      { ...base, shape, after: base.before.slice(0, 2), changedCells: [], removedLines: [4] },
      shape.columns,
    );
    expect(removed.mode).toBe('rows');
    expect(removed.lines).toEqual([{ line: 4, kind: 'removed', before: ['02', 'P'], changed: [] }]);
    const wider = { columns: [...shape.columns, { name: 'satuan', label: 'satuan' }] };
    const added = previewTable(
      {
        ...base,
        shape: wider,
        after: base.before.map((r) => ({ ...r, cells: [...r.cells, 'JIWA'] })),
        changedCells: [],
        removedLines: [],
      },
      shape.columns,
    );
    expect(added.mode).toBe('shape');
    expect(added.columns.filter((c) => c.isNew).map((c) => c.name)).toEqual(['satuan']);
    expect(
      previewTable(
        { ...base, shape, after: base.before, changedCells: [], removedLines: [] },
        shape.columns,
      ).mode,
    ).toBe('none');
  });

  it('names counts and recipe files', () => {
    expect(
      countParts({
        cellsChanged: 3,
        rowsRemoved: 0,
        rowsAdded: 0,
        columnsAdded: 1,
        columnsRemoved: 0,
        unparsed: 2,
      }),
    ).toEqual([
      { key: 'cellsChanged', count: 3 },
      { key: 'columnsAdded', count: 1 },
      { key: 'unparsed', count: 2 },
    ]);
    expect(recipeFileName('Penduduk Kecamatan 2024')).toBe('Penduduk-Kecamatan-2024-resep.json');
    expect(recipeFileName('***')).toBe('dataset-resep.json');
    expect(JSON.parse(recipeText({ version: 1, steps: [{ op: 'dedupe' }] }))).toEqual({
      version: 1,
      steps: [{ op: 'dedupe' }],
    });
  });
});
