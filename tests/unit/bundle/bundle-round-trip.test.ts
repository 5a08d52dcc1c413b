// A dataset travels from the steward's workspace (A) to the walidata's (B) in a bundle and keeps
// its id, data (cells and row numbers), recipe, metadata and validation report. Importing the
// same bundle again changes nothing; a newer bundle becomes a new version with the previous one
// kept (undo returns to it); when B changed the dataset too, the import reports a conflict and
// still keeps both.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkbench, type Workbench } from '../../../src/main/core/workbench';
import { listAudit } from '../../../src/main/core/store/audit';
import { listVersions } from '../../../src/main/core/store/working-table';
import { allRows, failure, fingerprint, importCsv, ok, openWorkbench, tempDir } from './helpers';

const SAMPLES = resolve(__dirname, '..', '..', '..', '..', 'shared', 'samples');
const FIXTURES = resolve(__dirname, '..', '..', 'fixtures');
const RECIPE = readFileSync(join(FIXTURES, 'clean', 'penduduk.recipe.json'), 'utf8');
const METADATA = JSON.parse(
  readFileSync(join(FIXTURES, 'metadata', 'sdi-dataset.valid.json'), 'utf8'),
) as Record<string, unknown>;

const open: Workbench[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
});

async function workspace(user: string): Promise<{ wb: Workbench; dir: string }> {
  const dir = tempDir();
  const wb = await openWorkbench(dir, user);
  open.push(wb);
  return { wb, dir };
}

async function cleanedPenduduk(wb: Workbench, dir: string): Promise<string> {
  const path = join(dir, 'penduduk-kecamatan-2023-2024.csv');
  copyFileSync(join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv'), path);
  const { id } = await ok(wb, 'datasets:import', { source: { path } });
  await ok(wb, 'recipe:apply', { id, recipe: RECIPE });
  await ok(wb, 'metadata:save', { datasetId: id, profile: 'sdi-dataset', doc: METADATA });
  await ok(wb, 'validation:run', { id });
  return id;
}

describe('bundle round trip between two workspaces', () => {
  it('carries id, data, row numbers, recipe, metadata and report; re-import is a no-op', async () => {
    const a = await workspace('produsen');
    const b = await workspace('walidata');
    const id = await cleanedPenduduk(a.wb, a.dir);
    const file = join(a.dir, 'penduduk.sdbundle');

    const made = await ok(a.wb, 'bundle:create', { id, target: { path: file } });
    expect(made).toMatchObject({
      datasetId: id,
      version: 2,
      fileName: 'penduduk.sdbundle',
      files: 7,
    });
    expect(made.bytes).toBe(readFileSync(file).length);

    const seen = await ok(b.wb, 'bundle:inspect', { source: { path: file } });
    expect(seen.status).toBe('new');
    expect(seen.manifest.dataset).toMatchObject({
      id,
      version: 2,
      name: 'penduduk-kecamatan-2023-2024',
    });
    expect(seen.changes.map((c) => `${c.part}:${c.change}`)).toEqual([
      'dataset:added',
      'original:added',
      'recipe:added',
      'metadata:added',
      'validation:added',
    ]);

    const imported = await ok(b.wb, 'bundle:import', { source: { path: file } });
    expect(imported).toMatchObject({ id, status: 'new', version: 2, conflict: false });

    expect(await allRows(b.wb, id)).toEqual(await allRows(a.wb, id));
    expect(await ok(b.wb, 'recipe:export', { id })).toEqual(
      await ok(a.wb, 'recipe:export', { id }),
    );
    const metaA = await ok(a.wb, 'metadata:get', { datasetId: id });
    const metaB = await ok(b.wb, 'metadata:get', { datasetId: id });
    expect(metaA?.doc['judul']).toBe(METADATA['judul']);
    expect(metaB?.doc).toEqual(metaA?.doc);
    expect(metaB?.profile).toBe('sdi-dataset');
    const runA = await ok(a.wb, 'validation:latest', { id });
    const runB = await ok(b.wb, 'validation:latest', { id });
    expect(runA?.datasetVersion).toBe(2);
    expect(runB?.report.summary).toEqual(runA?.report.summary);
    expect(runB?.report.findings).toEqual(runA?.report.findings);
    expect(runB?.datasetVersion).toBe(2);
    const dsA = await ok(a.wb, 'datasets:get', { id });
    const dsB = await ok(b.wb, 'datasets:get', { id });
    expect(dsB).toMatchObject({
      name: dsA.name,
      file: dsA.file,
      sha256: dsA.sha256,
      rows: dsA.rows,
    });
    // version 1 in B is the original read again: undo leads to the raw import
    const history = await ok(b.wb, 'steps:history', { id });
    expect(history.versions.map((v) => [v.version, v.parentVersion])).toEqual([
      [1, null],
      [2, 1],
    ]);
    expect(history.versions[1]?.steps.map((s) => s.step.op)).toEqual(
      (JSON.parse(RECIPE) as { steps: { op: string }[] }).steps.map((s) => s.op),
    );
    // the history keeps what each step changed, as counted in A
    const historyA = await ok(a.wb, 'steps:history', { id });
    expect(history.versions[1]?.steps.map((s) => s.counts)).toEqual(
      historyA.versions[1]?.steps.map((s) => s.counts),
    );
    expect(history.versions[1]?.totals.rowsRemoved).toBeGreaterThan(0);

    const before = fingerprint(b.wb.workspacePath);
    const again = await ok(b.wb, 'bundle:import', { source: { path: file } });
    expect(again).toMatchObject({ id, status: 'unchanged', version: 2 });
    expect(fingerprint(b.wb.workspacePath)).toBe(before);
    expect((await ok(b.wb, 'bundle:inspect', { source: { path: file } })).status).toBe('unchanged');
    expect(listAudit(b.wb.db, id).filter((e) => e.action === 'bundle.import')).toHaveLength(1);
  });

  it('a newer bundle becomes a new version, undo returns to the previous; a conflict keeps both', async () => {
    const a = await workspace('produsen');
    const b = await workspace('walidata');
    const id = await cleanedPenduduk(a.wb, a.dir);
    const first = join(a.dir, 'v1.sdbundle');
    await ok(a.wb, 'bundle:create', { id, target: { path: first } });
    await ok(b.wb, 'bundle:import', { source: { path: first } });
    const rowsV2 = await allRows(b.wb, id);

    // the steward changes the dataset and sends it again
    await ok(a.wb, 'steps:apply', {
      id,
      steps: [{ op: 'map-values', column: 'satuan', mapping: { JIWA: 'ORANG' } }],
    });
    const second = join(a.dir, 'v2.sdbundle');
    await ok(a.wb, 'bundle:create', { id, target: { path: second } });
    const seen = await ok(b.wb, 'bundle:inspect', { source: { path: second } });
    expect(seen).toMatchObject({ status: 'changed', conflict: false });
    const upd = await ok(b.wb, 'bundle:import', { source: { path: second } });
    expect(upd).toMatchObject({
      id,
      status: 'changed',
      conflict: false,
      version: 3,
      previousVersion: 2,
    });
    expect(upd.changes.find((c) => c.part === 'data')?.change).toBe('changed');
    expect(await allRows(b.wb, id)).toEqual(await allRows(a.wb, id));
    // the recipe continues: only the new step was added on top of B's version 2
    expect(await ok(b.wb, 'recipe:export', { id })).toEqual(
      await ok(a.wb, 'recipe:export', { id }),
    );
    expect(listVersions(b.wb.db, id).find((v) => v.version === 3)?.steps).toHaveLength(1);

    expect((await ok(b.wb, 'steps:undo', { id })).version).toBe(2);
    expect(await allRows(b.wb, id)).toEqual(rowsV2);

    // the walidata fixes something too (version 4 on top of 2) while the steward sends a third
    await ok(b.wb, 'steps:apply', {
      id,
      steps: [{ op: 'map-values', column: 'satuan', mapping: { JIWA: 'Jiwa' } }],
    });
    const mine = await allRows(b.wb, id);
    await ok(a.wb, 'steps:apply', {
      id,
      steps: [{ op: 'map-values', column: 'satuan', mapping: { ORANG: 'orang' } }],
    });
    const third = join(a.dir, 'v3.sdbundle');
    await ok(a.wb, 'bundle:create', { id, target: { path: third } });
    const conflict = await ok(b.wb, 'bundle:import', { source: { path: third } });
    expect(conflict).toMatchObject({
      status: 'changed',
      conflict: true,
      version: 5,
      previousVersion: 4,
    });
    expect(conflict.changes.find((c) => c.part === 'data')?.change).toBe('conflict');
    expect(await allRows(b.wb, id)).toEqual(await allRows(a.wb, id));
    expect(listVersions(b.wb.db, id).map((v) => [v.version, v.parentVersion])).toEqual([
      [1, null],
      [2, 1],
      [3, 2],
      [4, 2],
      [5, 4],
    ]);
    // the recipe of the diverged version is the sender's, kept in the version's bundle marker
    const bundledAgain = join(b.dir, 'terusan.sdbundle');
    await ok(b.wb, 'bundle:create', { id, target: { path: bundledAgain } });
    const c = await workspace('pusat');
    await ok(c.wb, 'bundle:import', { source: { path: bundledAgain } });
    expect(await ok(c.wb, 'recipe:export', { id })).toEqual(
      await ok(a.wb, 'recipe:export', { id }),
    );

    expect((await ok(b.wb, 'steps:undo', { id })).version).toBe(4);
    expect(await allRows(b.wb, id)).toEqual(mine);

    const audit = listAudit(b.wb.db, id).filter((e) => e.action === 'bundle.import');
    expect(audit.map((e) => [e.details['status'], e.details['conflict']])).toEqual([
      ['new', false],
      ['changed', false],
      ['changed', true],
    ]);
    expect(audit[2]?.details['changes']).toContainEqual({ part: 'data', change: 'conflict' });
  });

  it('keeps every cell exactly: delimiters, quotes, line breaks, empty and one-column rows', async () => {
    const a = await workspace('produsen');
    const b = await workspace('walidata');
    const text =
      'nama;catatan;kosong\n' +
      '"Koma, di sini";"Kutip ""ganda""";\n' +
      '"Baris\r\nbaru";=SUM(A1:A2);\n' +
      ' spasi ;"";\n' +
      'Ünïcödé ✓;tab\there;x\n';
    const id = await importCsv(a.wb, a.dir, 'sulit.csv', text);
    await ok(a.wb, 'steps:apply', { id, steps: [{ op: 'drop-columns', columns: ['kosong'] }] });
    const one = await importCsv(a.wb, a.dir, 'satu.csv', 'nilai\na\n""\nb\n');
    const file = join(a.dir, 'sulit.sdbundle');
    const fileOne = join(a.dir, 'satu.sdbundle');
    await ok(a.wb, 'bundle:create', { id, target: { path: file } });
    await ok(a.wb, 'bundle:create', { id: one, target: { path: fileOne } });
    await ok(b.wb, 'bundle:import', { source: { path: file } });
    await ok(b.wb, 'bundle:import', { source: { path: fileOne } });
    expect(await allRows(b.wb, id)).toEqual(await allRows(a.wb, id));
    expect(await allRows(b.wb, one)).toEqual(await allRows(a.wb, one));
    expect((await allRows(b.wb, id))[1]?.cells).toEqual(['Baris\r\nbaru', '=SUM(A1:A2)']);
  });
});

describe('in the app', () => {
  it('re-validates an imported dataset after the sender’s report is stored; unchanged adds nothing', async () => {
    const a = await workspace('produsen');
    const id = await importCsv(
      a.wb,
      a.dir,
      'data.csv',
      'kode,nama\n64.71, Balikpapan\n64.72,Samarinda\n',
    );
    await ok(a.wb, 'steps:apply', { id, steps: [{ op: 'trim' }] });
    const file = join(a.dir, 'data.sdbundle');
    await ok(a.wb, 'bundle:create', { id, target: { path: file } });
    const dir = tempDir();
    const app = await createWorkbench({
      workspacePath: join(dir, 'ws.db'),
      host: 'desktop',
      user: 'walidata',
    });
    open.push(app);
    await ok(app, 'bundle:import', { source: { path: file } });
    const runs = await ok(app, 'validation:runs', { id });
    expect(runs.map((r) => [r.by, r.datasetVersion])).toEqual([
      ['walidata', 2],
      ['produsen', 2],
    ]);
    await ok(app, 'bundle:import', { source: { path: file } });
    expect(await ok(app, 'validation:runs', { id })).toHaveLength(2);
  });
});

describe('a workbook travels too', () => {
  it('re-reads the original .xlsx with the recorded sheet and needs no version 2', async () => {
    const a = await workspace('produsen');
    const b = await workspace('walidata');
    const path = join(a.dir, 'sekolah-dasar-dalam-angka-2024.xlsx');
    copyFileSync(join(SAMPLES, 'sekolah-dasar-dalam-angka-2024.xlsx'), path);
    const { id } = await ok(a.wb, 'datasets:import', { source: { path } });
    const file = join(a.dir, 'sekolah.sdbundle');
    await ok(a.wb, 'bundle:create', { id, target: { path: file } });
    const res = await ok(b.wb, 'bundle:import', { source: { path: file } });
    expect(res).toMatchObject({ id, status: 'new', version: 1 });
    expect(await allRows(b.wb, id)).toEqual(await allRows(a.wb, id));
    const [dsA, dsB] = [
      await ok(a.wb, 'datasets:get', { id }),
      await ok(b.wb, 'datasets:get', { id }),
    ];
    expect(dsB).toMatchObject({ format: 'xlsx', sheet: dsA.sheet, headerRow: dsA.headerRow });
  });
});

describe('personal data and the bundle', () => {
  it('is refused until the columns are allowed with a reason, which the manifest records', async () => {
    const a = await workspace('produsen');
    const id = await importCsv(
      a.wb,
      a.dir,
      'penerima.csv',
      'nik,nama,telepon\n3171012345678901,Budi Santoso,081234567890\n3171019876543210,Siti Aminah,081298765432\n',
    );
    const file = join(a.dir, 'penerima.sdbundle');
    const refused = await failure(a.wb, 'bundle:create', { id, target: { path: file } });
    expect(refused.kind).toBe('refused');
    expect(refused.code).toBe('personal-data');
    expect(refused.message).toContain('dibundel');
    expect(refused.messageEn).toContain('cannot be bundled');
    expect(existsSync(file)).toBe(false);
    const columns = (refused.details as { columns: string[] }).columns;
    expect(columns).toContain('nik');

    const made = await ok(a.wb, 'bundle:create', {
      id,
      target: { path: file },
      options: { allowPersonalData: columns, reason: 'Serah-terima ke walidata sesuai perjanjian' },
    });
    expect(made.path).toBe(file);
    const b = await workspace('walidata');
    const seen = await ok(b.wb, 'bundle:inspect', { source: { path: file } });
    expect(seen.manifest.privacy).toEqual({
      allowPersonalData: columns,
      reason: 'Serah-terima ke walidata sesuai perjanjian',
    });
    const audit = listAudit(a.wb.db, id).find((e) => e.action === 'bundle.create');
    expect(audit?.details).toMatchObject({ allowPersonalData: columns });
  });
});
