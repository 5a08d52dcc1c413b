// Every sample file a steward might bring (../shared/samples) goes through the CLI: `inspect`
// finds its encoding, dialect, header row, header labels, data rows, title and footnotes (and
// the inferred column types); `import` stores the same, and `list` shows it.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, SAMPLES, satudata, tempDir } from '../support/cli';

beforeAll(() => assertBuilt());

interface SampleCase {
  file: string;
  format: 'csv' | 'xlsx';
  encoding: string;
  dialect?: { delimiter: string; quoteChar: string; lineTerminator: string };
  headerRow: number;
  header: string[];
  rowCount: number;
  title?: string;
  notes?: string[];
  sheet?: string;
  /** a few cells that show the decoding is right: [data row index, column, text] */
  cells: [number, number, string][];
  /** inferred types of some columns: [column, type] */
  types: [number, string][];
}

const COMMA = { delimiter: ',', quoteChar: '"', lineTerminator: '\n' };

const CASES: SampleCase[] = [
  {
    file: 'penduduk-kecamatan-2023-2024.csv',
    format: 'csv',
    encoding: 'utf-8',
    dialect: COMMA,
    headerRow: 1,
    header: [
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
    ],
    rowCount: 26,
    cells: [
      [17, 7, '92.651'],
      [25, 5, 'JUMLAH'],
      [11, 8, ''],
    ],
    types: [
      [4, 'region-code'],
      [7, 'integer'],
      [9, 'year'],
    ],
  },
  {
    file: 'sekolah-kelurahan-2024.csv',
    format: 'csv',
    encoding: 'windows-1252',
    dialect: { delimiter: ';', quoteChar: '"', lineTerminator: '\r\n' },
    headerRow: 3,
    header: [
      'Kode Kelurahan',
      'Kelurahan',
      'Kecamatan',
      'SD - Negeri',
      'SD - Swasta',
      'SMP - Negeri',
      'SMP - Swasta',
      'Keterangan',
    ],
    rowCount: 17,
    title: 'JUMLAH SEKOLAH MENURUT KELURAHAN DAN JENJANG KOTA BALIKPAPAN TAHUN 2024',
    cells: [
      [5, 7, 'pesisir – akses kapal'],
      [15, 3, '3,0'],
      [16, 2, 'JUMLAH'],
    ],
    types: [
      [0, 'region-code'],
      [3, 'integer'],
    ],
  },
  {
    file: 'fasilitas-kesehatan-2024.csv',
    format: 'csv',
    encoding: 'utf-8',
    dialect: COMMA,
    headerRow: 1,
    header: [
      'no',
      'kode_kecamatan',
      'nama_kecamatan',
      'nama_fasilitas',
      'jenis_fasilitas',
      'jumlah_dokter',
      'jumlah_bidan',
      'rasio_dokter_per_10000_penduduk',
      'tanggal_pemutakhiran',
      'nik_kepala',
      'nama_kepala',
      'no_hp_kepala',
      'satuan',
      'tahun',
    ],
    rowCount: 16,
    cells: [
      [0, 8, '15 Januari 2024'],
      [0, 9, '6471014507850003'],
    ],
    types: [
      [7, 'decimal'],
      [8, 'date'],
      [9, 'identifier'],
      [11, 'identifier'],
    ],
  },
  {
    file: 'sekolah-dasar-dalam-angka-2024.xlsx',
    format: 'xlsx',
    encoding: 'utf-8',
    headerRow: 4,
    header: ['Kecamatan', 'Status Sekolah - Negeri', 'Status Sekolah - Swasta', 'Jumlah'],
    rowCount: 7,
    sheet: 'Tabel 4.1.2',
    title:
      'Tabel 4.1.2 Jumlah Sekolah Dasar Menurut Kecamatan dan Status Sekolah di Kota Balikpapan, 2024',
    notes: ['Sumber: Dinas Pendidikan dan Kebudayaan Kota Balikpapan'],
    cells: [
      [0, 0, 'Balikpapan Timur'],
      [6, 3, '220'],
    ],
    types: [[1, 'integer']],
  },
  {
    file: join('clean', 'jumlah-posyandu-kecamatan-2022-2024.csv'),
    format: 'csv',
    encoding: 'utf-8',
    dialect: COMMA,
    headerRow: 1,
    header: [
      'kode_provinsi',
      'nama_provinsi',
      'kode_kabupaten_kota',
      'nama_kabupaten_kota',
      'kode_kecamatan',
      'nama_kecamatan',
      'jumlah_posyandu',
      'satuan',
      'tahun',
    ],
    rowCount: 18,
    cells: [[0, 5, 'Balikpapan Timur']],
    types: [
      [4, 'region-code'],
      [6, 'integer'],
      [8, 'year'],
    ],
  },
];

describe('inspect in text', () => {
  it('lists the inferred column types', () => {
    const r = satudata(['inspect', join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tipe kolom (dugaan):');
    expect(r.stdout).toContain('  kode_kecamatan: region-code (kecamatan, kemendagri)');
    expect(r.stdout).toContain('  tahun: year');
  });
});

interface InspectJson {
  format: string;
  encoding: string;
  dialect: { delimiter: string; quoteChar: string; lineTerminator: string };
  sheets?: string[];
  sheet?: string;
  headerRow: number;
  header: string[];
  rowCount: number;
  rows: string[][];
  title?: string;
  notes?: string[];
  columns: { index: number; label: string; inferred?: { type: string } }[];
}

describe.each(CASES)('sample $file', (c) => {
  const path = join(SAMPLES, c.file);

  it('is read right by inspect', () => {
    const r = satudata(['inspect', path, '--format', 'json', '--rows', '100']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as InspectJson;
    expect(j.format).toBe(c.format);
    expect(j.encoding).toBe(c.encoding);
    if (c.dialect) expect(j.dialect).toEqual(c.dialect);
    expect(j.headerRow).toBe(c.headerRow);
    expect(j.header).toEqual(c.header);
    expect(j.rowCount).toBe(c.rowCount);
    expect(j.rows).toHaveLength(c.rowCount);
    expect(j.title).toBe(c.title);
    expect(j.notes).toEqual(c.notes);
    if (c.sheet) expect(j.sheet).toBe(c.sheet);
    for (const [row, col, text] of c.cells) expect(j.rows[row]?.[col]).toBe(text);
    for (const [col, type] of c.types) expect(j.columns[col]?.inferred?.type).toBe(type);
  });

  it('imports with the same table, title and notes, and is listed', () => {
    const ws = join(tempDir(), 'ws.db');
    const imp = satudata(['import', path, '--workspace', ws]);
    expect(imp.code).toBe(0);
    const id = imp.stdout.trim();
    const list = satudata(['list', '--format', 'json', '--workspace', ws]);
    expect(list.code).toBe(0);
    const arr = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(arr).toHaveLength(1);
    expect(arr[0]).toMatchObject({
      id,
      file: c.file.split(/[\\/]/).pop(),
      rows: c.rowCount,
      columns: c.header.length,
      format: c.format,
      version: 1,
    });
    const db = new Database(ws, { readonly: true });
    try {
      const d = db.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as Record<
        string,
        unknown
      >;
      expect(d).toMatchObject({
        encoding: c.encoding,
        header_row: c.headerRow,
        title: c.title ?? null,
        row_count: c.rowCount,
      });
      expect(JSON.parse(d['notes'] as string)).toEqual(c.notes ?? []);
      if (c.dialect) expect(d['delimiter']).toBe(c.dialect.delimiter);
      if (c.sheet) expect(d['sheet']).toBe(c.sheet);
      const labels = db
        .prepare('SELECT label FROM dataset_columns WHERE dataset_id = ? ORDER BY idx')
        .pluck()
        .all(id);
      expect(labels).toEqual(c.header);
      const seq = d['seq'] as number;
      for (const [row, col, text] of c.cells) {
        const cell = db
          .prepare(`SELECT c${col} FROM raw_${seq} ORDER BY line LIMIT 1 OFFSET ?`)
          .pluck()
          .get(row);
        expect(cell ?? '').toBe(text);
      }
    } finally {
      db.close();
    }
  });
});
