// The `satudata` CLI contract of the foundation (docs/cli.md): --help, inspect, import, list,
// export --format csv; stdout carries only the result; exit codes 0 / 2; bad input leaves the
// workspace exactly as it was.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, SAMPLES, satudata, tempDir } from '../support/cli';

const PENDUDUK = join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv');

beforeAll(() => assertBuilt());

function workspaceState(ws: string): string {
  const db = new Database(ws, { readonly: true });
  try {
    const tables = db.prepare('SELECT name FROM sqlite_master ORDER BY name').all();
    const datasets = db.prepare('SELECT id, row_count FROM datasets ORDER BY id').all();
    const audit = db.prepare('SELECT count(*) AS n FROM audit_log').get();
    return JSON.stringify({ tables, datasets, audit });
  } finally {
    db.close();
  }
}

describe('satudata --help', () => {
  it('prints usage on stdout and exits 0', () => {
    const r = satudata(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('satudata');
    expect(r.stdout).toContain('inspect');
    expect(r.stdout).toContain('import');
  });

  it("prints one command's usage", () => {
    const r = satudata(['export', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format csv');
  });

  it('exits 2 on an unknown command with a message on stderr only', () => {
    const r = satudata(['terbangkan']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('tidak dikenal');
  });
});

describe('inspect', () => {
  it('reports format, encoding, dialect, header and data rows as JSON', () => {
    const r = satudata(['inspect', PENDUDUK, '--format', 'json', '--rows', '3']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(j).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', quoteChar: '"', lineTerminator: '\n' },
      headerRow: 1,
      rowCount: 26,
    });
    expect((j['header'] as string[])[0]).toBe('kode_provinsi');
    expect(j['rows']).toHaveLength(3);
    expect((j['rows'] as string[][])[0]).toEqual([
      '64',
      'KALIMANTAN TIMUR',
      '64.71',
      'KOTA BALIKPAPAN',
      '64.71.01',
      'BALIKPAPAN TIMUR',
      'LAKI-LAKI',
      '53020',
      'JIWA',
      '2023',
    ]);
  });

  it('prints a readable Indonesian summary by default', () => {
    const r = satudata(['inspect', PENDUDUK]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Pengodean: utf-8');
    expect(r.stdout).toContain('Baris data: 26');
  });
});

describe('import, list, export', () => {
  it('imports, lists and exports a copy whose cells equal the input', () => {
    const dir = tempDir();
    const ws = join(dir, 'ws.db');
    const imp = satudata(['import', PENDUDUK, '--workspace', ws]);
    expect(imp.code).toBe(0);
    const id = imp.stdout.trim();
    expect(imp.stdout).toBe(`${id}\n`);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const list = satudata(['list', '--format', 'json', '--workspace', ws]);
    expect(list.code).toBe(0);
    const arr = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(arr).toHaveLength(1);
    expect(arr[0]).toMatchObject({
      id,
      name: 'penduduk-kecamatan-2023-2024',
      file: 'penduduk-kecamatan-2023-2024.csv',
      rows: 26,
      version: 1,
    });
    expect(typeof arr[0]?.['importedAt']).toBe('string');

    const out = join(dir, 'salinan.csv');
    const exp = satudata(['export', id, '--format', 'csv', '--out', out, '--workspace', ws]);
    expect(exp.code).toBe(0);
    expect(exp.stdout).toBe('');
    const original = Papa.parse<string[]>(readFileSync(PENDUDUK, 'utf8').trim(), {
      skipEmptyLines: true,
    }).data;
    const copy = Papa.parse<string[]>(readFileSync(out, 'utf8').trim(), {
      skipEmptyLines: true,
    }).data;
    expect(copy).toEqual(original);
  });

  it('exports with a BOM and the semicolon dialect for Excel in an Indonesian locale', () => {
    const dir = tempDir();
    const ws = join(dir, 'ws.db');
    const id = satudata(['import', PENDUDUK, '--workspace', ws]).stdout.trim();
    const out = join(dir, 'excel.csv');
    expect(
      satudata([
        'export',
        id,
        '--format',
        'csv',
        '--out',
        out,
        '--bom',
        '--delimiter',
        ';',
        '--workspace',
        ws,
      ]).code,
    ).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFkode_provinsi;nama_provinsi;kode_kabupaten_kota;nama_kabupaten_kota;kode_kecamatan;nama_kecamatan;jenis_kelamin;jumlah_penduduk;satuan;tahun',
    );
  });

  it('imports a file whose name has spaces and non-ASCII characters', () => {
    const dir = tempDir();
    const ws = join(dir, 'ws.db');
    const odd = join(dir, 'data penduduk – Balikpapan ñ.csv');
    copyFileSync(PENDUDUK, odd);
    const r = satudata(['import', odd, '--workspace', ws]);
    expect(r.code).toBe(0);
    const list = JSON.parse(satudata(['list', '--format', 'json', '--workspace', ws]).stdout) as {
      file: string;
    }[];
    expect(list[0]?.file).toBe('data penduduk – Balikpapan ñ.csv');
  });

  it('refuses to export a dataset that does not exist', () => {
    const dir = tempDir();
    const r = satudata([
      'export',
      'tidak-ada',
      '--format',
      'csv',
      '--out',
      join(dir, 'x.csv'),
      '--workspace',
      join(dir, 'ws.db'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak ada di ruang kerja');
  });
});

describe('bad input leaves the workspace as it was', () => {
  const dir = tempDir();
  const ws = join(dir, 'ws.db');
  mkdirSync(join(dir, 'sebuah folder'));
  writeFileSync(join(dir, 'kosong.csv'), '');
  writeFileSync(
    join(dir, 'biner.csv'),
    Buffer.from([
      0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x11, 0x00, 0x00, 0x7f, 0x00, 0x03, 0x04,
    ]),
  );
  writeFileSync(join(dir, 'hanya-header.csv'), 'kode,nama,jumlah\n');
  const cases: [string, string, RegExp][] = [
    ['a missing file', join(dir, 'tidak-ada.csv'), /tidak ditemukan/],
    ['a directory', join(dir, 'sebuah folder'), /folder, bukan berkas/],
    ['an empty file', join(dir, 'kosong.csv'), /kosong/],
    ['a binary file', join(dir, 'biner.csv'), /biner/],
    [
      'a file with only a header row',
      join(dir, 'hanya-header.csv'),
      /hanya berisi baris judul kolom/,
    ],
  ];

  beforeAll(() => {
    expect(satudata(['import', PENDUDUK, '--workspace', ws]).code).toBe(0);
  });

  for (const [what, file, message] of cases) {
    it(`refuses ${what} with a clear message and exit 2`, () => {
      const before = workspaceState(ws);
      const r = satudata(['import', file, '--workspace', ws]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('Error:');
      expect(r.stderr).not.toMatch(/at .*\.(c?js|ts):\d+/);
      expect(workspaceState(ws)).toBe(before);
    });
  }
});
