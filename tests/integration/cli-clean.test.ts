// `satudata clean` and `satudata undo` (docs/cli.md, docs/recipes.md): a recipe applied file →
// file without a workspace, and inside the workspace as one new version; a step that cannot
// apply is skipped and reported (exit 1, report written); a recipe that is not JSON or has an
// unknown op is refused whole (exit 2, nothing written); undo brings back the import exactly.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, ROOT, SAMPLES, satudata, tempDir } from '../support/cli';

const PENDUDUK = join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv');
/** The recipe of docs/recipes.md ("Full example"), kept equal to it by tests/unit/clean/docs.test.ts. */
const RECIPE = join(ROOT, 'tests', 'fixtures', 'clean', 'penduduk.recipe.json');

beforeAll(() => assertBuilt());

function csv(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, 'utf8').trim(), { skipEmptyLines: true }).data;
}

/** 2024 population by sex, from a table whose header is the sample's. */
function totals2024(table: string[][]): Record<string, number> {
  const [header = [], ...rows] = table;
  const sex = header.indexOf('jenis_kelamin');
  const n = header.indexOf('jumlah_penduduk');
  const year = header.indexOf('tahun');
  const out: Record<string, number> = {};
  for (const r of rows) {
    if (r[year] !== '2024') continue;
    const k = r[sex] ?? '';
    out[k] = (out[k] ?? 0) + Number(r[n]);
  }
  return out;
}

interface Report {
  recipe: string;
  input: string;
  applied: number;
  skipped: number;
  rows: number;
  steps: {
    index: number;
    op: string;
    status: string;
    reason?: { code: string; message: string; messageEn: string };
    counts: Record<string, number>;
  }[];
}

function writeRecipe(dir: string, name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('satudata clean FILE --recipe --out (no workspace)', () => {
  it('applies the documented penduduk recipe: 24 rows, 2024 totals 387,112 and 370,306', () => {
    const dir = tempDir('sdw-clean-');
    const out = join(dir, 'bersih.csv');
    const report = join(dir, 'laporan.json');
    const ws = join(dir, 'tidak-dipakai.db');
    const r = satudata([
      'clean',
      PENDUDUK,
      '--recipe',
      RECIPE,
      '--out',
      out,
      '--report',
      report,
      '--workspace',
      ws,
    ]);
    expect(r.stderr).not.toContain('Galat');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(existsSync(ws)).toBe(false);

    const table = csv(out);
    expect(table[0]).toEqual([
      'kode_provinsi',
      'nama_provinsi',
      'kode_kabupaten_kota',
      'nama_kabupaten_kota',
      'kode_kecamatan',
      'nama_kecamatan',
      'jenis_kelamin',
      'jumlah_penduduk',
      'satuan',
      'tahun',
    ]);
    expect(table).toHaveLength(1 + 24);
    expect(totals2024(table)).toEqual({ 'LAKI-LAKI': 387112, PEREMPUAN: 370306 });
    const rows = table.slice(1);
    expect(rows.some((c) => c[5] === 'JUMLAH')).toBe(false);
    expect(new Set(rows.map((c) => c[8]))).toEqual(new Set(['JIWA']));
    expect(rows.map((c) => c[4]).filter((k) => !/^\d{2}\.\d{2}\.\d{2}$/.test(k ?? ''))).toEqual([]);
    // machine CSV: CRLF, no BOM
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')).toHaveLength(1 + 24 + 1);

    const rep = JSON.parse(readFileSync(report, 'utf8')) as Report;
    expect(rep).toMatchObject({ applied: 10, skipped: 0, rows: 24, input: PENDUDUK });
    expect(rep.recipe).toBe(RECIPE);
    expect(rep.steps.map((s) => s.status)).toEqual(Array<string>(10).fill('applied'));
    expect(rep.steps[1]).toMatchObject({ op: 'dedupe', counts: { rowsRemoved: 1 } });
    expect(rep.steps[2]).toMatchObject({ op: 'drop-rows', counts: { rowsRemoved: 1 } });
  });

  it('skips and reports a step whose column is missing, applies the rest, exits 1', () => {
    const dir = tempDir('sdw-clean-');
    const recipe = writeRecipe(
      dir,
      'resep.json',
      JSON.stringify({
        version: 1,
        steps: [
          {
            op: 'map-values',
            column: 'jenis_kelamin',
            mapping: { L: 'LAKI-LAKI', P: 'PEREMPUAN' },
          },
          { op: 'parse-number', column: 'jumlah', locale: 'id' },
          {
            op: 'drop-rows',
            where: [{ column: 'nama_kecamatan', test: 'equals', value: 'JUMLAH' }],
          },
        ],
      }),
    );
    const out = join(dir, 'hasil.csv');
    const report = join(dir, 'laporan.json');
    const r = satudata(['clean', PENDUDUK, '--recipe', recipe, '--out', out, '--report', report]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('DILEWATI');
    expect(r.stderr).toContain('Kolom "jumlah" tidak ada pada tabel.');

    const rep = JSON.parse(readFileSync(report, 'utf8')) as Report;
    expect(rep).toMatchObject({ applied: 2, skipped: 1, rows: 25 });
    expect(rep.steps[1]).toMatchObject({
      index: 1,
      op: 'parse-number',
      status: 'skipped',
      reason: { code: 'column-missing' },
    });
    const table = csv(out);
    expect(table).toHaveLength(1 + 25);
    expect(table.slice(1).some((c) => c[6] === 'L' || c[6] === 'P')).toBe(false);
    // the skipped step changed nothing: the thousands dot is still there
    expect(table.slice(1).some((c) => c[7] === '92.651')).toBe(true);
  });

  it('prints the report as one JSON document with --format json', () => {
    const dir = tempDir('sdw-clean-');
    const out = join(dir, 'hasil.csv');
    const r = satudata(['clean', PENDUDUK, '--recipe', RECIPE, '--out', out, '--format', 'json']);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as Report;
    expect(rep).toMatchObject({ applied: 10, skipped: 0, rows: 24 });
  });

  it.each([
    ['not JSON', '{"version": 1, "steps": [', 'bukan JSON'],
    ['an unknown op', '{"version": 1, "steps": [{"op": "trim"}, {"op": "sulap"}]}', 'Langkah 2'],
    [
      'invalid parameters',
      '{"version": 1, "steps": [{"op": "parse-number", "column": "jumlah_penduduk", "locale": "fr"}]}',
      'Langkah 1 (parse-number)',
    ],
  ])('refuses a recipe with %s: exit 2, nothing written', (_what, text, message) => {
    const dir = tempDir('sdw-clean-');
    const recipe = writeRecipe(dir, 'resep.json', text);
    const out = join(dir, 'hasil.csv');
    const report = join(dir, 'laporan.json');
    const r = satudata(['clean', PENDUDUK, '--recipe', recipe, '--out', out, '--report', report]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('resep.json');
    expect(readdirSync(dir)).toEqual(['resep.json']);
  });

  it('exits 2 naming the file when the input cannot be read, writing nothing', () => {
    const dir = tempDir('sdw-clean-');
    const out = join(dir, 'hasil.csv');
    const report = join(dir, 'laporan.json');
    const r = satudata([
      'clean',
      join(dir, 'tidak-ada.csv'),
      '--recipe',
      RECIPE,
      '--out',
      out,
      '--report',
      report,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak-ada.csv');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('needs --recipe and, for a file, --out', () => {
    expect(satudata(['clean', PENDUDUK, '--out', '/tmp/x.csv']).code).toBe(2);
    const r = satudata(['clean', PENDUDUK, '--recipe', RECIPE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out');
  });
});

describe('satudata clean DATASET / undo DATASET (in the workspace)', () => {
  it('applies the recipe as a new version, exports it, and undo restores the import', () => {
    const dir = tempDir('sdw-clean-');
    const ws = join(dir, 'ws.db');
    const id = satudata(['import', PENDUDUK, '--workspace', ws]).stdout.trim();
    expect(id).not.toBe('');

    const report = join(dir, 'laporan.json');
    const c = satudata(['clean', id, '--recipe', RECIPE, '--report', report, '--workspace', ws]);
    expect(c.stderr).not.toContain('Galat');
    expect(c.code).toBe(0);
    expect(c.stdout).toBe('');
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({
      input: id,
      version: 2,
      created: true,
      applied: 10,
      skipped: 0,
      rows: 24,
    });

    const list = JSON.parse(satudata(['list', '--format', 'json', '--workspace', ws]).stdout) as {
      id: string;
      version: number;
    }[];
    expect(list).toMatchObject([{ id, version: 2 }]);

    const cleaned = join(dir, 'bersih.csv');
    expect(
      satudata(['export', id, '--format', 'csv', '--out', cleaned, '--workspace', ws]).code,
    ).toBe(0);
    const table = csv(cleaned);
    expect(table).toHaveLength(1 + 24);
    expect(totals2024(table)).toEqual({ 'LAKI-LAKI': 387112, PEREMPUAN: 370306 });

    const u = satudata(['undo', id, '--format', 'json', '--workspace', ws]);
    expect(u.code).toBe(0);
    const undone = JSON.parse(u.stdout) as { id: string; version: number; undone: unknown[] };
    expect(undone).toMatchObject({ id, version: 1 });
    expect(undone.undone).toHaveLength(10);
    const afterList = JSON.parse(
      satudata(['list', '--format', 'json', '--workspace', ws]).stdout,
    ) as { version: number }[];
    expect(afterList[0]?.version).toBe(1);

    const restored = join(dir, 'asli.csv');
    expect(
      satudata(['export', id, '--format', 'csv', '--out', restored, '--workspace', ws]).code,
    ).toBe(0);
    expect(csv(restored)).toEqual(csv(PENDUDUK));

    const again = satudata(['undo', id, '--workspace', ws]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Tidak ada langkah untuk dibatalkan');
  });

  it('reports skipped steps with exit 1, and refuses a bad recipe leaving the workspace as it was', () => {
    const dir = tempDir('sdw-clean-');
    const ws = join(dir, 'ws.db');
    const id = satudata(['import', PENDUDUK, '--workspace', ws]).stdout.trim();
    const partial = writeRecipe(
      dir,
      'sebagian.json',
      JSON.stringify({
        version: 1,
        steps: [{ op: 'trim' }, { op: 'rename-column', from: 'jumlah', to: 'jumlah_jiwa' }],
      }),
    );
    const r = satudata(['clean', id, '--recipe', partial, '--format', 'json', '--workspace', ws]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ applied: 1, skipped: 1, version: 2 });

    const bad = writeRecipe(dir, 'rusak.json', 'bukan json');
    const b = satudata(['clean', id, '--recipe', bad, '--workspace', ws]);
    expect(b.code).toBe(2);
    const list = JSON.parse(satudata(['list', '--format', 'json', '--workspace', ws]).stdout) as {
      version: number;
    }[];
    expect(list[0]?.version).toBe(2);
  });

  it('names a dataset that is not in the workspace (exit 2)', () => {
    const dir = tempDir('sdw-clean-');
    const ws = join(dir, 'ws.db');
    satudata(['import', PENDUDUK, '--workspace', ws]);
    const r = satudata(['clean', 'tidak-ada', '--recipe', RECIPE, '--workspace', ws]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak-ada');
    expect(satudata(['undo', 'tidak-ada', '--workspace', ws]).code).toBe(2);
  });
});
