// The cleaning area of the contract, through createWorkbench(...).call(...) as every host calls
// it: preview stores nothing; apply makes one version per request; undo/redo move between
// versions; the history lists who, when, which steps and what they changed; a recipe exported
// from one dataset replays on next year's file with the steps that cannot apply reported;
// cluster-and-edit and quick fixes each become one step.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkbench, type Workbench } from '../../../src/main/core/workbench';
import type { ContractKey, Res } from '../../../src/shared/contract';
import type { AppErrorData } from '../../../src/shared/errors';
import type { Step } from '../../../src/shared/model/step';

const SAMPLES = resolve(__dirname, '..', '..', '..', '..', 'shared', 'samples');
const PENDUDUK = join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv');

const open: Workbench[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
});

async function workbench(): Promise<{ wb: Workbench; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sdw-clean-'));
  const wb = await createWorkbench({
    workspacePath: join(dir, 'ws.db'),
    host: 'cli',
    user: 'produsen',
  });
  open.push(wb);
  return { wb, dir };
}

async function ok<K extends ContractKey>(wb: Workbench, key: K, req: unknown): Promise<Res<K>> {
  const r = await wb.call(key, req);
  if (!r.ok) throw new Error(`${key} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

async function failure(wb: Workbench, key: ContractKey, req: unknown): Promise<AppErrorData> {
  const r = await wb.call(key, req);
  if (r.ok) throw new Error(`${key} should have failed`);
  return r.error;
}

async function importCsv(wb: Workbench, dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, text);
  return (await ok(wb, 'datasets:import', { source: { path } })).id;
}

async function importSample(wb: Workbench, dir: string): Promise<string> {
  const path = join(dir, 'penduduk-kecamatan-2023-2024.csv');
  copyFileSync(PENDUDUK, path);
  return (await ok(wb, 'datasets:import', { source: { path } })).id;
}

async function cells(wb: Workbench, id: string): Promise<string[][]> {
  const page = await ok(wb, 'datasets:rows', { id, limit: 5000 });
  return page.rows.map((r) => r.cells);
}

const SMALL = [
  'kode_kecamatan,nama_kecamatan,jenis_kelamin,jumlah_penduduk',
  ' 64.71.01 ,BALIKPAPAN TIMUR,L,53.020',
  '64.71.01,BALIKPAPAN TIMUR,P,50.240',
  '64.71.02,BALIKPAPAN BARAT,L,"61.870"',
  '',
].join('\n');

const RECIPE_STEPS: Step[] = [
  { op: 'trim' },
  { op: 'map-values', column: 'jenis_kelamin', mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN' } },
  { op: 'parse-number', column: 'jumlah_penduduk', locale: 'id' },
];

describe('steps:list-ops', () => {
  it('lists every step with titles in both languages and its parameter schema', async () => {
    const { wb } = await workbench();
    const ops = await ok(wb, 'steps:list-ops', {});
    expect(ops).toHaveLength(19);
    const trim = ops.find((o) => o.op === 'trim');
    expect(trim?.title.id).toBeTruthy();
    expect(trim?.title.en).toBeTruthy();
    expect(trim?.paramsSchema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(trim?.available).toBe(true);
    // the workspace's reference store makes reconcile-region available
    expect(ops.find((o) => o.op === 'reconcile-region')?.available).toBe(true);
  });
});

describe('steps:preview', () => {
  it('shows the changed cells on the first rows and stores nothing', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'kecil.csv', SMALL);
    const p = await ok(wb, 'steps:preview', {
      id,
      step: { op: 'parse-number', column: 'jumlah_penduduk', locale: 'id' },
    });
    expect(p.status).toBe('applied');
    expect(p.sampleRows).toBe(3);
    expect(p.totalRows).toBe(3);
    expect(p.after.map((r) => r.cells[3])).toEqual(['53020', '50240', '61870']);
    expect(p.changedCells).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(p.counts.cellsChanged).toBe(3);
    const history = await ok(wb, 'steps:history', { id });
    expect(history.versions).toHaveLength(1);
    expect((await cells(wb, id))[0]?.[3]).toBe('53.020');
  });

  it('shows why a step would be skipped', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'kecil.csv', SMALL);
    const p = await ok(wb, 'steps:preview', {
      id,
      step: { op: 'parse-number', column: 'tidak_ada', locale: 'id' },
    });
    expect(p.status).toBe('skipped');
    expect(p.reason?.code).toBe('column-missing');
  });
});

describe('steps:apply, undo, redo, history', () => {
  it('applies a request as one new version and calls the afterChange hook', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'kecil.csv', SMALL);
    const changed: string[] = [];
    wb.context.afterChange = (datasetId) => {
      changed.push(datasetId);
    };
    const out = await ok(wb, 'steps:apply', { id, steps: RECIPE_STEPS });
    expect(out).toMatchObject({ version: 2, created: true, rowCount: 3 });
    expect(out.report.steps.map((s) => s.status)).toEqual(['applied', 'applied', 'applied']);
    expect(await cells(wb, id)).toEqual([
      ['64.71.01', 'BALIKPAPAN TIMUR', 'LAKI-LAKI', '53020'],
      ['64.71.01', 'BALIKPAPAN TIMUR', 'PEREMPUAN', '50240'],
      ['64.71.02', 'BALIKPAPAN BARAT', 'LAKI-LAKI', '61870'],
    ]);
    expect(changed).toEqual([id]);
  });

  it('refuses a request whole when one step is invalid, naming the step', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'kecil.csv', SMALL);
    const e = await failure(wb, 'steps:apply', {
      id,
      steps: [{ op: 'trim' }, { op: 'parse-number', column: 'jumlah_penduduk', locale: 'fr' }],
    });
    expect(e.kind).toBe('user-input');
    expect(e.code).toBe('recipe-invalid-params');
    expect(e.message).toContain('Langkah 2 (parse-number)');
    expect(e.messageEn).toContain('Step 2 (parse-number)');
    const unknown = await failure(wb, 'steps:apply', { id, steps: [{ op: 'hapus-semua' }] });
    expect(unknown.code).toBe('recipe-unknown-op');
    expect((await ok(wb, 'steps:history', { id })).versions).toHaveLength(1);
  });

  it('rejects unknown request properties at the boundary', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'kecil.csv', SMALL);
    const e = await failure(wb, 'steps:apply', { id, steps: [{ op: 'trim' }], sql: 'DROP' });
    expect(e.kind).toBe('invalid-argument');
    const noOp = await failure(wb, 'steps:apply', { id, steps: [{ column: 'x' }] });
    expect(noOp.kind).toBe('invalid-argument');
  });

  it('undoes and redoes versions, and the history says who, when, what and how much', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'kecil.csv', SMALL);
    const imported = await cells(wb, id);
    await ok(wb, 'steps:apply', { id, steps: [{ op: 'trim' }] });
    const trimmed = await cells(wb, id);
    await ok(wb, 'steps:apply', {
      id,
      steps: [
        { op: 'parse-number', column: 'jumlah_penduduk', locale: 'id' },
        { op: 'drop-columns', columns: ['tidak_ada'] },
      ],
    });

    let h = await ok(wb, 'steps:history', { id });
    expect(h).toMatchObject({ currentVersion: 3, canUndo: true, canRedo: false });
    expect(h.versions.map((v) => [v.version, v.parentVersion, v.current, v.active])).toEqual([
      [1, null, false, true],
      [2, 1, false, true],
      [3, 2, true, true],
    ]);
    const v2 = h.versions[1]!;
    expect(v2.createdBy).toBe('produsen');
    expect(Number.isNaN(Date.parse(v2.createdAt))).toBe(false);
    expect(v2.steps).toHaveLength(1);
    expect(v2.steps[0]?.step).toEqual({ op: 'trim' });
    expect(v2.steps[0]?.description.id).toBeTruthy();
    expect(v2.steps[0]?.description.en).toBeTruthy();
    expect(v2.steps[0]?.counts.cellsChanged).toBe(1);
    const v3 = h.versions[2]!;
    expect(v3.steps.map((s) => s.step.op)).toEqual(['parse-number']);
    expect(v3.steps[0]?.counts.cellsChanged).toBe(3);
    expect(v3.totals.cellsChanged).toBe(3);
    expect(v3.skipped.map((s) => [s.index, s.op, s.reason?.code])).toEqual([
      [1, 'drop-columns', 'column-missing'],
    ]);

    expect(await ok(wb, 'steps:undo', { id })).toEqual({ version: 2 });
    expect(await cells(wb, id)).toEqual(trimmed);
    h = await ok(wb, 'steps:history', { id });
    expect(h).toMatchObject({ currentVersion: 2, canUndo: true, canRedo: true });
    expect(h.versions.find((v) => v.version === 3)?.active).toBe(false);

    expect(await ok(wb, 'steps:undo', { id })).toEqual({ version: 1 });
    expect(await cells(wb, id)).toEqual(imported);
    const none = await failure(wb, 'steps:undo', { id });
    expect(none.code).toBe('nothing-to-undo');

    expect(await ok(wb, 'steps:redo', { id })).toEqual({ version: 2 });
    expect(await ok(wb, 'steps:redo', { id })).toEqual({ version: 3 });
    expect((await cells(wb, id))[0]?.[3]).toBe('53020');
    expect((await failure(wb, 'steps:redo', { id })).code).toBe('nothing-to-redo');
  });

  it('reports an unknown dataset as not-found', async () => {
    const { wb } = await workbench();
    expect(
      (await failure(wb, 'steps:apply', { id: 'tidak-ada', steps: [{ op: 'trim' }] })).kind,
    ).toBe('not-found');
    expect((await failure(wb, 'steps:history', { id: 'tidak-ada' })).kind).toBe('not-found');
  });
});

describe('recipes', () => {
  it('exports the steps to the current version and replays them on next year\u2019s file', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'penduduk-2023.csv', SMALL);
    await ok(wb, 'steps:apply', { id, steps: RECIPE_STEPS.slice(0, 2) });
    await ok(wb, 'steps:apply', {
      id,
      steps: [RECIPE_STEPS[2]!, { op: 'drop-columns', columns: ['tidak_ada'] }],
    });
    const recipe = await ok(wb, 'recipe:export', { id });
    // only applied steps make the recipe
    expect(recipe).toEqual({ version: 1, steps: RECIPE_STEPS });

    // next year the producer renamed jenis_kelamin to jk
    const next = await importCsv(
      wb,
      dir,
      'penduduk-2024.csv',
      'kode_kecamatan,nama_kecamatan,jk,jumlah_penduduk\n64.71.01 ,BALIKPAPAN TIMUR,L,"53.870"\n',
    );
    const out = await ok(wb, 'recipe:apply', { id: next, recipe: JSON.stringify(recipe) });
    expect(out.created).toBe(true);
    expect(out.version).toBe(2);
    expect(out.report.steps.map((s) => [s.op, s.status, s.reason?.code])).toEqual([
      ['trim', 'applied', undefined],
      ['map-values', 'skipped', 'column-missing'],
      ['parse-number', 'applied', undefined],
    ]);
    expect(await cells(wb, next)).toEqual([['64.71.01', 'BALIKPAPAN TIMUR', 'L', '53870']]);
    // undone as a whole
    expect(await ok(wb, 'steps:undo', { id: next })).toEqual({ version: 1 });
    expect(await cells(wb, next)).toEqual([['64.71.01 ', 'BALIKPAPAN TIMUR', 'L', '53.870']]);
  });

  it('refuses a recipe that is not JSON or has an unknown op, and changes nothing', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'kecil.csv', SMALL);
    const notJson = await failure(wb, 'recipe:apply', { id, recipe: '{"version": 1, "steps": [' });
    expect(notJson).toMatchObject({ kind: 'user-input', code: 'recipe-not-json' });
    const unknown = await failure(wb, 'recipe:apply', {
      id,
      recipe: JSON.stringify({ version: 1, steps: [{ op: 'trim' }, { op: 'sulap' }] }),
    });
    expect(unknown.code).toBe('recipe-unknown-op');
    expect(unknown.message).toContain('Langkah 2');
    expect((await ok(wb, 'steps:history', { id })).versions).toHaveLength(1);
  });

  it('replays the documented penduduk recipe: 24 rows, 2024 totals 387,112 and 370,306', async () => {
    const { wb, dir } = await workbench();
    const id = await importSample(wb, dir);
    const recipe = JSON.stringify({
      version: 1,
      steps: [
        { op: 'trim' },
        { op: 'dedupe' },
        {
          op: 'drop-rows',
          where: [{ column: 'nama_kecamatan', test: 'in', values: ['JUMLAH', 'TOTAL'] }],
        },
        { op: 'map-values', column: 'jenis_kelamin', mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN' } },
        { op: 'parse-number', column: 'jumlah_penduduk', locale: 'id' },
      ],
    });
    const out = await ok(wb, 'recipe:apply', { id, recipe });
    expect(out.rowCount).toBe(24);
    const totals = new Map<string, number>();
    for (const r of await cells(wb, id)) {
      if (r[9] !== '2024') continue;
      totals.set(r[6]!, (totals.get(r[6]!) ?? 0) + Number(r[7]));
    }
    expect(Object.fromEntries(totals)).toEqual({ 'LAKI-LAKI': 387112, PEREMPUAN: 370306 });
  });
});

describe('clean:cluster', () => {
  it('groups Indonesian variants of a name over the whole table, counts from SQL', async () => {
    const { wb, dir } = await workbench();
    const rows = [
      ...Array<string>(5).fill('Balikpapan Timur'),
      ...Array<string>(2).fill('BALIKPAPAN TIMUR'),
      'Kec. Balikpapan Timur',
      ...Array<string>(3).fill('Sungai Nangka'),
      'Sei Nangka',
      'Samarinda Seberang',
    ];
    const csv = `no,nama_kecamatan\n${rows.map((v, i) => `${i + 1},${v}`).join('\n')}\n`;
    const id = await importCsv(wb, dir, 'kecamatan.csv', csv);
    const res = await ok(wb, 'clean:cluster', {
      id,
      column: 'Nama_Kecamatan',
      method: 'indonesian',
    });
    expect(res).toMatchObject({ column: 'nama_kecamatan', distinctValues: 6, truncated: false });
    expect(res.clusters).toEqual([
      {
        values: [
          { value: 'Balikpapan Timur', count: 5 },
          { value: 'BALIKPAPAN TIMUR', count: 2 },
          { value: 'Kec. Balikpapan Timur', count: 1 },
        ],
        suggested: 'Balikpapan Timur',
      },
      {
        values: [
          { value: 'Sungai Nangka', count: 3 },
          { value: 'Sei Nangka', count: 1 },
        ],
        suggested: 'Sungai Nangka',
      },
    ]);

    // the steward keeps the suggestions: one map-values step
    const mapping: Record<string, string> = {};
    for (const c of res.clusters)
      for (const v of c.values) if (v.value !== c.suggested) mapping[v.value] = c.suggested;
    await ok(wb, 'steps:apply', {
      id,
      steps: [{ op: 'map-values', column: res.column, mapping }],
    });
    const after = await ok(wb, 'clean:cluster', {
      id,
      column: 'nama_kecamatan',
      method: 'indonesian',
    });
    expect(after.clusters).toEqual([]);
    expect(after.distinctValues).toBe(3);
  });

  it('clusters only the most frequent values when asked to, and says so', async () => {
    const { wb, dir } = await workbench();
    const csv = 'nama\nA\nA\nB\nC\n';
    const id = await importCsv(wb, dir, 'abc.csv', csv);
    const res = await ok(wb, 'clean:cluster', {
      id,
      column: 'nama',
      method: 'fingerprint',
      limit: 2,
    });
    expect(res).toMatchObject({ distinctValues: 3, truncated: true, clusters: [] });
  });

  it('names a column that does not exist', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'kecil.csv', SMALL);
    const e = await failure(wb, 'clean:cluster', { id, column: 'kolom"; DROP', method: 'ngram' });
    expect(e).toMatchObject({ kind: 'user-input', code: 'column-not-found' });
  });
});

describe('clean:quick-fix', () => {
  it('turns a finding into the matching step for one cell or for all', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'kecil.csv', SMALL);
    const finding = {
      code: 'angka-format-indonesia',
      severity: 'warning',
      category: 'format',
      row: 2,
      column: 'jumlah_penduduk',
      columnIndex: 3,
      value: '53.020',
      message: 'Angka memakai titik ribuan',
      suggestion: '53020',
      params: { number: '53020' },
    };
    const one = await ok(wb, 'clean:quick-fix', { id, finding, scope: 'one' });
    expect(one).toEqual({
      op: 'set-cell',
      line: 2,
      column: 'jumlah_penduduk',
      value: '53020',
      from: '53.020',
    });
    const all = await ok(wb, 'clean:quick-fix', { id, finding, scope: 'all' });
    expect(all).toEqual({ op: 'parse-number', column: 'jumlah_penduduk', locale: 'id' });
    // Perbaiki semua, then applied like any other step
    const out = await ok(wb, 'steps:apply', { id, steps: [all] });
    expect(out.report.steps[0]?.counts.cellsChanged).toBe(3);

    const none = await ok(wb, 'clean:quick-fix', {
      id,
      finding: { code: 'penanda-nilai-hilang', row: 2, column: 'jumlah_penduduk', value: '-' },
      scope: 'one',
    });
    expect(none).toBeNull();
  });
});

describe('reconcile-region and the reference store', () => {
  it('reconciles names to official Kemendagri codes with the workspace reference store', async () => {
    const { wb, dir } = await workbench();
    const id = await importCsv(wb, dir, 'kec.csv', 'nama_kecamatan,jumlah\nBalikpapan Timur,1\n');
    const step: Step = {
      op: 'reconcile-region',
      level: 'kecamatan',
      nameColumn: 'nama_kecamatan',
      codeColumn: 'kode_kecamatan',
      parent: '64.71',
    };
    const applied = await ok(wb, 'steps:apply', { id, steps: [step] });
    expect(applied.created).toBe(true);
    expect(await cells(wb, id)).toEqual([['64.71.01', 'Balikpapan Timur', '1']]);
  });
});
