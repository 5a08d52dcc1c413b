import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../src/main/core/catalog';
import { sampleEntries } from '../../fixtures/catalog/sample-entries';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'daftar-data-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function withFormulaTitle() {
  const sample = sampleEntries();
  const posyandu = sample.entries[1];
  if (!posyandu?.metadata) throw new Error('fixture');
  posyandu.metadata['judul'] = '=HYPERLINK("http://contoh.invalid","klik")';
  return sample;
}

describe('catalog as CSV', () => {
  it('has one row per dataset and parses back', async () => {
    const { entries, writes } = withFormulaTitle();
    const r = await generateCatalog(entries, { outDir: dir, format: 'csv' });
    expect(r.files).toEqual([join(dir, 'daftar-data.csv')]);
    expect(writes).toHaveLength(0); // a table never writes dataset files
    const bytes = readFileSync(join(dir, 'daftar-data.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(entries.length);
    expect(parsed.data.map((row) => row['id'])).toEqual(entries.map((e) => e.id));
    const byId = new Map(parsed.data.map((row) => [row['id'], row]));
    const penduduk = byId.get('7f1c2a9e-0b1d-4c55-9a61-3d2f8e4b6a01');
    expect(penduduk?.['klasifikasi_akses']).toBe('Terbuka');
    expect(penduduk?.['dapat_diunduh']).toBe('Ya');
    expect(penduduk?.['skor_standar_data']).toBe('96');
    expect(penduduk?.['topik']).toBe('Pemerintahan Umum');
    expect(byId.get('bansos-2024')?.['dapat_diunduh']).toBe('Tidak');
    expect(byId.get('bansos-2024')?.['temuan_privasi']).toBe('NIK; Nama');
    expect(byId.get('fasilitas-kesehatan-2024')?.['klasifikasi_akses']).toBe(
      'Belum diklasifikasikan',
    );
    expect(byId.get('rsud-rawat-inap')?.['klasifikasi_akses']).toBe('Tertutup');
    // formula guard (the table is meant for spreadsheets)
    expect(byId.get('posyandu-2022-2024')?.['judul']).toBe(
      `'=HYPERLINK("http://contoh.invalid","klik")`,
    );
    expect(byId.get('xss-test')?.['judul']).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('catalog as XLSX', () => {
  it('has a Daftar Data sheet with one row per dataset and a Keterangan sheet', async () => {
    const { entries } = withFormulaTitle();
    await generateCatalog(entries, { outDir: dir, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'daftar-data.xlsx'));
    const sheet = wb.getWorksheet('Daftar Data');
    expect(sheet).toBeDefined();
    expect(sheet?.rowCount).toBe(entries.length + 1);
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe('ID Dataset');
    expect(header).toContain('Klasifikasi Akses');
    const idCol = 1;
    const titleCol = header.indexOf('Judul') + 1;
    const rowsCol = header.indexOf('Jumlah Baris') + 1;
    const ids: unknown[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) ids.push(row.getCell(idCol).value);
    });
    expect(ids).toEqual(entries.map((e) => e.id));
    expect(sheet?.getRow(3).getCell(titleCol).value).toBe(
      `'=HYPERLINK("http://contoh.invalid","klik")`,
    );
    expect(sheet?.getRow(2).getCell(rowsCol).value).toBe(24);
    const notes = wb.getWorksheet('Keterangan');
    expect(notes?.rowCount).toBe(header.length + 1);
  });
});
