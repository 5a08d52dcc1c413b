// Steps inside the workspace: one transaction per recipe, a new version per apply, undo and
// redo by version pointer, and the raw import never changes.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../src/main/core/store/workspace';
import { ImportWriter } from '../../../src/main/core/ingest/import-writer';
import {
  applyStepsToDataset,
  redoStep,
  stepsToCurrent,
  undoLastStep,
} from '../../../src/main/core/store/apply-steps';
import {
  currentTable,
  iterateTable,
  listVersions,
} from '../../../src/main/core/store/working-table';
import type { Step } from '../../../src/shared/model/step';

const opened: Workspace[] = [];
afterEach(() => {
  for (const w of opened.splice(0)) w.close();
});

async function seeded(): Promise<Workspace> {
  const ws = await openWorkspace(join(mkdtempSync(join(tmpdir(), 'sdw-st-')), 'ws.db'));
  opened.push(ws);
  const w = new ImportWriter(ws.db);
  w.begin(3);
  w.write([
    { line: 2, cells: [' 64.71.01 ', 'L', '53.020'] },
    { line: 3, cells: ['64.71.01', 'P', '50.240'] },
    { line: 4, cells: ['64.71.01', 'P', '50.240'] },
  ]);
  w.finish({
    record: {
      id: 'ds',
      name: 'uji',
      fileName: 'uji.csv',
      format: 'csv',
      sheet: null,
      size: 1,
      sha256: 'b'.repeat(64),
      encoding: 'utf-8',
      delimiter: ',',
      quoteChar: '"',
      lineTerminator: '\n',
      headerRow: 1,
      title: null,
      notes: [],
      rowCount: 3,
      columnCount: 3,
      version: 1,
      importedAt: '2026-01-01T00:00:00Z',
      importedBy: 'u',
      options: {},
    },
    columns: [
      { index: 0, label: 'kode_kecamatan', name: 'kode_kecamatan' },
      { index: 1, label: 'jenis_kelamin', name: 'jenis_kelamin' },
      { index: 2, label: 'jumlah_penduduk', name: 'jumlah_penduduk' },
    ],
    user: 'u',
  });
  return ws;
}

function cells(ws: Workspace): string[][] {
  return [...iterateTable(ws.db, currentTable(ws.db, 'ds'))].flat().map((r) => r.cells);
}

const RECIPE: Step[] = [
  { op: 'trim' },
  { op: 'map-values', column: 'jenis_kelamin', mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN' } },
  { op: 'parse-number', column: 'jumlah_penduduk', locale: 'id' },
  { op: 'dedupe' },
];

describe('applying steps in the workspace', () => {
  it('makes one new version for a whole recipe and keeps the import unchanged', async () => {
    const ws = await seeded();
    const before = cells(ws);
    const out = applyStepsToDataset(ws.db, 'ds', RECIPE, { user: 'produsen' });
    expect(out).toMatchObject({ version: 2, created: true, rowCount: 2 });
    expect(cells(ws)).toEqual([
      ['64.71.01', 'LAKI-LAKI', '53020'],
      ['64.71.01', 'PEREMPUAN', '50240'],
    ]);
    const raw = ws.db.prepare('SELECT c0, c2 FROM raw_1 ORDER BY line').all();
    expect(raw).toEqual([
      { c0: ' 64.71.01 ', c2: '53.020' },
      { c0: '64.71.01', c2: '50.240' },
      { c0: '64.71.01', c2: '50.240' },
    ]);
    expect(listVersions(ws.db, 'ds').map((v) => [v.version, v.parentVersion])).toEqual([
      [1, null],
      [2, 1],
    ]);
    expect(before).toHaveLength(3);
  });

  it('undoes the whole recipe at once, restoring exactly the previous table, and redoes it', async () => {
    const ws = await seeded();
    const before = cells(ws);
    applyStepsToDataset(ws.db, 'ds', RECIPE, { user: 'produsen' });
    const after = cells(ws);
    expect(undoLastStep(ws.db, 'ds', 'produsen')).toBe(1);
    expect(cells(ws)).toEqual(before);
    expect(redoStep(ws.db, 'ds', 'produsen')).toBe(2);
    expect(cells(ws)).toEqual(after);
    expect(() => redoStep(ws.db, 'ds', 'produsen')).toThrow(/Tidak ada langkah untuk diulang/);
  });

  it('reports a step whose column is missing, applies the rest, and exports only applied steps', async () => {
    const ws = await seeded();
    const out = applyStepsToDataset(
      ws.db,
      'ds',
      [{ op: 'trim' }, { op: 'parse-number', column: 'tidak_ada', locale: 'id' }],
      { user: 'produsen' },
    );
    expect(out.report.steps.map((s) => s.status)).toEqual(['applied', 'skipped']);
    expect(stepsToCurrent(ws.db, 'ds')).toEqual([{ op: 'trim' }]);
  });

  it('creates no version when no step applies', async () => {
    const ws = await seeded();
    const out = applyStepsToDataset(ws.db, 'ds', [{ op: 'drop-columns', columns: ['tidak_ada'] }], {
      user: 'u',
    });
    expect(out.created).toBe(false);
    expect(listVersions(ws.db, 'ds')).toHaveLength(1);
  });

  it('refuses to undo past the import', async () => {
    const ws = await seeded();
    expect(() => undoLastStep(ws.db, 'ds', 'u')).toThrow(/hasil impor asli/);
  });

  it('records who applied and undid steps in the audit log', async () => {
    const ws = await seeded();
    applyStepsToDataset(ws.db, 'ds', RECIPE, { user: 'produsen' });
    undoLastStep(ws.db, 'ds', 'walidata');
    const actions = ws.db
      .prepare("SELECT user, action FROM audit_log WHERE action LIKE 'steps.%' ORDER BY id")
      .all();
    expect(actions).toEqual([
      { user: 'produsen', action: 'steps.apply' },
      { user: 'walidata', action: 'steps.undo' },
    ]);
  });
});
