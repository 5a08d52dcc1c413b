import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { detectLayout, isFootnoteRow } from '../../../src/main/core/ingest/layout';
import { listSheets, readXlsxSheet, streamXlsxSheet } from '../../../src/main/core/ingest/xlsx';
import { FIXTURES, SAMPLES } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'satudata-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, `wb-${++counter}.xlsx`);
  await wb.xlsx.writeFile(path);
  return path;
}

function zipFile(entries: [string, Buffer][]): Promise<string> {
  const path = join(dir, `zip-${++counter}.xlsx`);
  const zip = new yazl.ZipFile();
  for (const [name, buf] of entries) zip.addBuffer(buf, name);
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream
      .pipe(createWriteStream(path))
      .on('close', () => resolve(path))
      .on('error', reject);
  });
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.message.length).toBeGreaterThan(10);
    expect(e.messageEn.length).toBeGreaterThan(10);
    return e;
  }
  throw new Error('expected a refusal');
}

describe('the BPS-style sample sekolah-dasar-dalam-angka-2024.xlsx', () => {
  const path = join(SAMPLES, 'sekolah-dasar-dalam-angka-2024.xlsx');

  it('lists both sheets', async () => {
    expect(await listSheets(path)).toEqual(['Tabel 4.1.2', 'Catatan']);
  });

  it('reads the table sheet: title, merged header flattened, total row kept, footnote last', async () => {
    const book = await readXlsxSheet(path);
    expect(book.sheets).toEqual(['Tabel 4.1.2', 'Catatan']);
    expect(book.sheet).toBe('Tabel 4.1.2');
    expect(book.truncated).toBe(false);
    expect(book.rows.map((r) => r.line)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]);
    const layout = detectLayout(
      book.rows.map((r) => r.cells),
      book.rows.map((r) => r.line),
    );
    expect(layout.titleLines).toEqual([1]);
    expect(layout.title).toBe(
      'Tabel 4.1.2 Jumlah Sekolah Dasar Menurut Kecamatan dan Status Sekolah di Kota Balikpapan, 2024',
    );
    expect(layout.headerLines).toEqual([3, 4]);
    expect(layout.headerRow).toBe(4);
    expect(layout.labels).toEqual([
      'Kecamatan',
      'Status Sekolah - Negeri',
      'Status Sekolah - Swasta',
      'Jumlah',
    ]);
    expect(layout.names).toEqual([
      'kecamatan',
      'status_sekolah_negeri',
      'status_sekolah_swasta',
      'jumlah',
    ]);
    const data = book.rows.slice(layout.dataStartIndex);
    expect(data[0]).toEqual({ line: 5, cells: ['Balikpapan Timur', '12', '8', '20'] });
    expect(data[6]).toEqual({ line: 11, cells: ['Kota Balikpapan', '136', '84', '220'] });
    const last = data[data.length - 1];
    expect(last?.cells).toEqual(['Sumber: Dinas Pendidikan dan Kebudayaan Kota Balikpapan']);
    expect(isFootnoteRow(last?.cells ?? [])).toBe(true);
    expect(data.filter((r) => !isFootnoteRow(r.cells))).toHaveLength(7);
  });

  it('reads a named sheet (case forgiven)', async () => {
    const book = await readXlsxSheet(path, { sheet: 'catatan' });
    expect(book.sheet).toBe('Catatan');
    expect(book.rows).toEqual([{ line: 1, cells: ['Data per 31 Desember 2024'] }]);
  });

  it('refuses an unknown sheet, naming the ones there are', async () => {
    const e = await refusal(readXlsxSheet(path, { sheet: 'Tabel 9' }));
    expect(e.kind).toBe('not-found');
    expect(e.code).toBe('xlsx-sheet-not-found');
    expect(e.message).toContain('Tabel 4.1.2, Catatan');
  });
});

describe('merged cells', () => {
  it('fills merged header cells, leaves a merged title and footnote alone, fills a merged data column', async () => {
    const path = await workbook((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getCell('A1').value = 'Jumlah Penduduk per Kelurahan';
      ws.mergeCells('A1:E1');
      ws.getCell('A3').value = 'Kecamatan';
      ws.mergeCells('A3:A4');
      ws.getCell('B3').value = 'Kelurahan';
      ws.mergeCells('B3:B4');
      ws.getCell('C3').value = 'Jenis Kelamin';
      ws.mergeCells('C3:D3');
      ws.getCell('C4').value = 'Laki-laki';
      ws.getCell('D4').value = 'Perempuan';
      ws.getCell('E3').value = 'Jumlah';
      ws.mergeCells('E3:E4');
      ws.getCell('A5').value = 'Balikpapan Timur';
      ws.mergeCells('A5:A6');
      ws.getRow(5).getCell(2).value = 'Manggar';
      ws.getRow(5).getCell(3).value = 10;
      ws.getRow(5).getCell(4).value = 11;
      ws.getRow(5).getCell(5).value = 21;
      ws.getRow(6).getCell(2).value = 'Lamaru';
      ws.getRow(6).getCell(3).value = 5;
      ws.getRow(6).getCell(4).value = 6;
      ws.getRow(6).getCell(5).value = 11;
      ws.getCell('A8').value = 'Sumber: Disdukcapil';
      ws.mergeCells('A8:E8');
    });
    const book = await readXlsxSheet(path);
    expect(book.rows).toEqual([
      { line: 1, cells: ['Jumlah Penduduk per Kelurahan'] },
      { line: 3, cells: ['Kecamatan', 'Kelurahan', 'Jenis Kelamin', 'Jenis Kelamin', 'Jumlah'] },
      { line: 4, cells: ['Kecamatan', 'Kelurahan', 'Laki-laki', 'Perempuan', 'Jumlah'] },
      { line: 5, cells: ['Balikpapan Timur', 'Manggar', '10', '11', '21'] },
      { line: 6, cells: ['Balikpapan Timur', 'Lamaru', '5', '6', '11'] },
      { line: 8, cells: ['Sumber: Disdukcapil'] },
    ]);
    const layout = detectLayout(
      book.rows.map((r) => r.cells),
      book.rows.map((r) => r.line),
    );
    expect(layout.labels).toEqual([
      'Kecamatan',
      'Kelurahan',
      'Jenis Kelamin - Laki-laki',
      'Jenis Kelamin - Perempuan',
      'Jumlah',
    ]);
    expect(layout.headerRow).toBe(4);
    expect(layout.title).toBe('Jumlah Penduduk per Kelurahan');
  });
});

describe('cell text', () => {
  it('shows what Excel shows: leading zeros, formats, destroyed NIKs, dates, booleans, formulas', async () => {
    const path = await workbook((wb) => {
      const ws = wb.addWorksheet('Sel');
      ws.addRow([
        'teks',
        'kode',
        'nik',
        'nik_teks',
        'tanggal',
        'persen',
        'rasio',
        'ya',
        'rumus',
        'kaya',
        'galat',
      ]);
      const r = ws.addRow([
        '0012',
        12,
        6471014507850003,
        '6471014507850003',
        new Date(Date.UTC(2024, 0, 15)),
        0.125,
        0.1 + 0.2,
        true,
        { formula: 'B2*2', result: 24 },
        { richText: [{ text: 'Balik' }, { text: 'papan' }] },
        { error: '#N/A' },
      ]);
      r.getCell(2).numFmt = '0000';
      r.getCell(5).numFmt = 'dd/mm/yyyy';
      r.getCell(6).numFmt = '0.0%';
    });
    const book = await readXlsxSheet(path);
    expect(book.rows[1]?.cells).toEqual([
      '0012',
      '0012',
      '6.47101E+15',
      '6471014507850003',
      '2024-01-15',
      '12.5%',
      '0.3',
      'TRUE',
      '24',
      'Balikpapan',
      '#N/A',
    ]);
  });
});

describe('choosing the sheet', () => {
  it('skips empty and note sheets to the first that holds a table', async () => {
    const path = await workbook((wb) => {
      wb.addWorksheet('Kosong');
      wb.addWorksheet('Catatan').addRow(['Data sementara']);
      const ws = wb.addWorksheet('Data');
      ws.addRow(['kecamatan', 'jumlah']);
      ws.addRow(['Balikpapan Timur', 12]);
    });
    const book = await readXlsxSheet(path);
    expect(book.sheets).toEqual(['Kosong', 'Catatan', 'Data']);
    expect(book.sheet).toBe('Data');
    expect(book.rows).toHaveLength(2);
  });

  it('falls back to the first non-empty sheet when none holds a table', async () => {
    const path = await workbook((wb) => {
      wb.addWorksheet('Kosong');
      const ws = wb.addWorksheet('Nama');
      for (const n of ['nama', 'Manggar', 'Lamaru']) ws.addRow([n]);
    });
    const book = await readXlsxSheet(path);
    expect(book.sheet).toBe('Nama');
    expect(book.rows.map((r) => r.cells[0])).toEqual(['nama', 'Manggar', 'Lamaru']);
  });

  it('an empty sheet, and a workbook with nothing in it, are refused', async () => {
    const path = await workbook((wb) => {
      wb.addWorksheet('Kosong');
      wb.addWorksheet('Data').addRow(['a', 'b']);
    });
    expect((await refusal(readXlsxSheet(path, { sheet: 'Kosong' }))).code).toBe('xlsx-sheet-empty');
    const empty = await workbook((wb) => {
      wb.addWorksheet('Sheet1');
    });
    expect((await refusal(readXlsxSheet(empty))).code).toBe('xlsx-empty');
  });

  it('maxRows stops early and says so; streamXlsxSheet delivers batches', async () => {
    const path = await workbook((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.addRow(['no', 'nilai']);
      for (let i = 1; i <= 5000; i++) ws.addRow([i, i * 2]);
    });
    const book = await readXlsxSheet(path, { maxRows: 10 });
    expect(book.rows).toHaveLength(10);
    expect(book.truncated).toBe(true);
    const sizes: number[] = [];
    const res = await streamXlsxSheet(path, {}, (rows) => {
      sizes.push(rows.length);
    });
    expect(res.rowCount).toBe(5001);
    expect(res.truncated).toBe(false);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(5001);
    expect(sizes.length).toBeGreaterThan(1);
  });
});

describe('guards', () => {
  it('a renamed PDF', async () => {
    const e = await refusal(readXlsxSheet(join(FIXTURES, 'renamed-pdf.xlsx')));
    expect(e.code).toBe('xlsx-is-pdf');
    expect(e.file).toBe('renamed-pdf.xlsx');
  });

  it('a password-protected (encrypted OLE) workbook, and an old .xls', async () => {
    expect((await refusal(readXlsxSheet(join(FIXTURES, 'encrypted-ole.xlsx')))).code).toBe(
      'xlsx-encrypted',
    );
    expect((await refusal(listSheets(join(FIXTURES, 'legacy.xls')))).code).toBe(
      'xls-legacy-format',
    );
  });

  it('not a zip, a zip that is no workbook, a damaged zip', async () => {
    expect((await refusal(readXlsxSheet(join(FIXTURES, 'not-a-zip.xlsx')))).code).toBe(
      'xlsx-not-zip',
    );
    const docx = await zipFile([['word/document.xml', Buffer.from('<w:document/>')]]);
    expect((await refusal(readXlsxSheet(docx))).code).toBe('xlsx-not-a-workbook');
    const good = readFileSync(join(SAMPLES, 'sekolah-dasar-dalam-angka-2024.xlsx'));
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, good.subarray(0, good.length - 200));
    expect((await refusal(readXlsxSheet(cut, { fileName: 'potong.xlsx' }))).code).toBe(
      'xlsx-corrupt',
    );
  });

  it('a zip bomb: one highly compressed large entry', async () => {
    const path = await zipFile([
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['xl/workbook.xml', Buffer.from('<workbook/>')],
      ['xl/worksheets/sheet1.xml', Buffer.alloc(20 * 1024 * 1024, 0x20)],
    ]);
    const e = await refusal(readXlsxSheet(path));
    expect(e.code).toBe('xlsx-too-large');
    expect(e.messageEn).toContain('200:1');
  });

  it('a zip bomb: a directory claiming more than 500 MB in total', async () => {
    const path = await zipFile([
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['xl/workbook.xml', Buffer.from('<workbook/>')],
    ]);
    const bytes = readFileSync(path);
    // patch the uncompressed size of the first central directory record
    const cd = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(600 * 1024 * 1024, cd + 24);
    writeFileSync(path, bytes);
    const e = await refusal(listSheets(path));
    expect(e.code).toBe('xlsx-too-large');
    expect(e.messageEn).toContain('500 MB');
  });

  it('a zip bomb: too many entries', async () => {
    const path = await zipFile([
      ['[Content_Types].xml', Buffer.from('<Types/>')],
      ['xl/workbook.xml', Buffer.from('<workbook/>')],
    ]);
    const bytes = readFileSync(path);
    // patch the entry counts of the end-of-central-directory record
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bytes.writeUInt16LE(20_000, eocd + 8);
    bytes.writeUInt16LE(20_000, eocd + 10);
    writeFileSync(path, bytes);
    const e = await refusal(listSheets(path));
    expect(e.code).toBe('xlsx-too-large');
    expect(e.messageEn).toContain('20000 entries');
  });
});
