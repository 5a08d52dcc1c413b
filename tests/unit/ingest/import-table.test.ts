// Finding the table and streaming its rows: a long XLSX sheet is detected on its first rows
// and streamed again (never held whole); a CSV read in small pieces gives the same rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/main/core/ingest/import-source';
import { detectTable, readTable } from '../../../src/main/core/ingest/import-table';
import { readCsvRecords } from '../../../src/main/core/ingest/import-csv-records';
import type { GridRow } from '../../../src/shared/model/dataset';

const dir = mkdtempSync(join(tmpdir(), 'sdw-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('XLSX tables', () => {
  it('streams a long sheet: title, header, every data row, the footnote as a note', async () => {
    const path = join(dir, 'panjang.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['Jumlah Penduduk per Desa, 2024']);
    sheet.addRow(['kode_desa', 'nama_desa', 'jumlah']);
    for (let i = 0; i < 2500; i++) sheet.addRow([`64.71.01.${1001 + i}`, `Desa ${i}`, i * 10]);
    sheet.addRow([]);
    sheet.addRow(['Sumber: Disdukcapil']);
    await book.xlsx.writeFile(path);

    const table = await detectTable(checkSource(path));
    expect(table.format).toBe('xlsx');
    expect(table.sheet).toBe('Data');
    expect(table.layout.headerRow).toBe(2);
    expect(table.layout.title).toBe('Jumlah Penduduk per Desa, 2024');
    expect(table.layout.labels).toEqual(['kode_desa', 'nama_desa', 'jumlah']);
    // only the layout sample was read: the sheet is streamed again by readTable
    expect(table.xlsxRows).toBeUndefined();

    const rows: GridRow[] = [];
    let batches = 0;
    const result = await readTable(table, {}, (batch) => {
      batches++;
      rows.push(...batch);
    });
    expect(result.rowCount).toBe(2500);
    expect(result.notes).toEqual(['Sumber: Disdukcapil']);
    expect(batches).toBeGreaterThan(1);
    expect(rows[0]).toEqual({ line: 3, cells: ['64.71.01.1001', 'Desa 0', '0'] });
    expect(rows[2499]).toEqual({ line: 2502, cells: ['64.71.01.3500', 'Desa 2499', '24990'] });
  });

  it('keeps a short sheet from the detection pass', async () => {
    const path = join(dir, 'pendek.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['kode', 'nama']);
    sheet.addRow(['64', 'Kalimantan Timur']);
    sheet.addRow(['65', 'Kalimantan Utara']);
    await book.xlsx.writeFile(path);
    const table = await detectTable(checkSource(path));
    expect(table.xlsxRows).toHaveLength(3);
    const rows: GridRow[] = [];
    const result = await readTable(table, {}, (batch) => {
      rows.push(...batch);
    });
    expect(result.rowCount).toBe(2);
    expect(rows.map((r) => r.cells[1])).toEqual(['Kalimantan Timur', 'Kalimantan Utara']);
  });
});

describe('CSV records', () => {
  it('gives the same records and lines whatever the read size', async () => {
    const path = join(dir, 'potongan.csv');
    let text = 'kode;nama;catatan\r\n';
    for (let i = 0; i < 400; i++) {
      text += `${i};"Nama ${i}";${i % 9 === 0 ? '"baris\r\nkedua; ""kutip"""' : 'biasa'}\r\n`;
    }
    writeFileSync(path, text);
    const dialect = { delimiter: ';', quoteChar: '"', lineTerminator: '\r\n' };
    const read = async (readBytes: number): Promise<[string[][], number[]]> => {
      const records: string[][] = [];
      const lines: number[] = [];
      await readCsvRecords(
        path,
        { encoding: 'utf-8', dialect, fileName: 'potongan.csv', readBytes },
        (b) => {
          records.push(...b.records);
          lines.push(...b.lines);
        },
      );
      return [records, lines];
    };
    const [whole, wholeLines] = await read(1 << 20);
    expect(whole).toHaveLength(401);
    expect(whole[1]).toEqual(['0', 'Nama 0', 'baris\r\nkedua; "kutip"']);
    expect(wholeLines.slice(0, 4)).toEqual([1, 2, 4, 5]);
    for (const size of [7, 64, 1000]) expect(await read(size)).toEqual([whole, wholeLines]);
  });

  it('stops after maxRecords', async () => {
    const path = join(dir, 'banyak.csv');
    writeFileSync(path, Array.from({ length: 1000 }, (_, i) => `${i},x`).join('\n'));
    const records: string[][] = [];
    const n = await readCsvRecords(
      path,
      {
        encoding: 'utf-8',
        dialect: { delimiter: ',', quoteChar: '"', lineTerminator: '\n' },
        fileName: 'banyak.csv',
        maxRecords: 200,
        readBytes: 512,
      },
      (b) => {
        records.push(...b.records);
      },
    );
    expect(n).toBe(200);
    expect(records).toHaveLength(200);
    expect(records[199]).toEqual(['199', 'x']);
  });
});
