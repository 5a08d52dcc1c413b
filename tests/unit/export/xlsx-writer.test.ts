import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalNumber, writeXlsxFile } from '../../../src/main/core/export/xlsx-writer';
import type { ExportColumn } from '../../../src/shared/model/export';
import { posyanduSource, sourceFrom, tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => {
    const values = row.values as unknown[];
    out.push(values.slice(1));
  });
  return out;
}

describe('canonicalNumber', () => {
  it.each([
    ['12', 12],
    ['-3.5', -3.5],
    ['0', 0],
    ['0.25', 0.25],
    ['007', undefined],
    ['+5', undefined],
    ['1.234,5', undefined],
    ['1e5', undefined],
    ['-0', undefined],
    ['12345678901234567', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(canonicalNumber(input)).toBe(expected);
  });
});

describe('writeXlsxFile', () => {
  it('writes Data, Metadata and Kamus Kolom sheets', async () => {
    const path = join(tmp.dir, 'posyandu.xlsx');
    const summary = await writeXlsxFile(posyanduSource(true), path);
    expect(summary.rows).toBe(18);
    expect(summary.warnings).toEqual([]);
    const wb = await readBook(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'Metadata', 'Kamus Kolom']);

    const data = sheetValues(wb.getWorksheet('Data')!);
    expect(data[0]).toEqual([
      'kode_provinsi',
      'nama_provinsi',
      'kode_kabupaten_kota',
      'nama_kabupaten_kota',
      'kode_kecamatan',
      'nama_kecamatan',
      'jumlah_posyandu',
      'satuan',
      'tahun',
    ]);
    // codes stay text, counts and years become numbers
    expect(data[1]).toEqual([
      '64',
      'Kalimantan Timur',
      '64.71',
      'Kota Balikpapan',
      '64.71.01',
      'Balikpapan Timur',
      55,
      'unit',
      2022,
    ]);

    const meta = sheetValues(wb.getWorksheet('Metadata')!);
    expect(meta[0]).toEqual(['Kunci', 'Label', 'Nilai']);
    expect(meta).toContainEqual([
      'judul',
      'Judul',
      'Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan',
    ]);
    expect(meta).toContainEqual(['klasifikasi_akses', 'Klasifikasi Akses', 'Terbuka']);

    const dict = sheetValues(wb.getWorksheet('Kamus Kolom')!);
    expect(dict[0]).toEqual(['Nama', 'Label', 'Tipe', 'Tipe Table Schema', 'Deskripsi', 'Satuan']);
    expect(dict).toContainEqual([
      'jumlah_posyandu',
      'jumlah posyandu',
      'integer',
      'integer',
      'Banyaknya posyandu aktif',
      'unit',
    ]);
  });

  it('neutralises formulas, keeps non-canonical numbers as text and reports metadata gaps', async () => {
    const columns: ExportColumn[] = [
      { name: 'kode', label: 'Kode', type: 'identifier' },
      { name: 'nilai', label: 'Nilai', type: 'decimal' },
      { name: 'catatan', label: 'Catatan', type: 'text' },
    ];
    const rows = [
      ['0012', '1.234,5', '=HYPERLINK("http://x")'],
      ['64.71', '-2.5', '-'],
      ['+62', '007', '@SUM(1+1)'],
      ['1', '12', 'a\u0001b'],
    ];
    const path = join(tmp.dir, 'mixed.xlsx');
    const summary = await writeXlsxFile(sourceFrom(columns, rows), path);
    const data = sheetValues((await readBook(path)).getWorksheet('Data')!);
    expect(data.slice(1)).toEqual([
      ['0012', '1.234,5', `'=HYPERLINK("http://x")`],
      ['64.71', -2.5, '-'],
      ['+62', '007', "'@SUM(1+1)"],
      ['1', 12, 'ab'],
    ]);
    const fields = summary.warnings.map((w) => w.field);
    expect(fields).toContain('judul');
    expect(fields).toContain('data');
  });
});
