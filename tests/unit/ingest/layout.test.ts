import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectLayout,
  isFootnoteRow,
  toSnakeCase,
  uniqueNames,
} from '../../../src/main/core/ingest/layout';
import { FIXTURES, parseCsv, readCsvFile, SAMPLES } from './helpers';

const csv = (text: string) => {
  const p = parseCsv(text);
  return { ...p, layout: detectLayout(p.records, p.lines) };
};

describe('detectLayout: header and title rows', () => {
  it('a tidy file: header on line 1, data from record 1', () => {
    const { layout } = csv('kode,nama\n64.71.01,Balikpapan Timur\n64.71.02,Balikpapan Barat\n');
    expect(layout).toEqual({
      titleLines: [],
      headerLines: [1],
      headerRow: 1,
      dataStartIndex: 1,
      labels: ['kode', 'nama'],
      names: ['kode', 'nama'],
      columnCount: 2,
    });
  });

  it('title rows above the table become the proposed title; blank lines are skipped', () => {
    const p = readCsvFile(join(FIXTURES, 'title-rows.csv'));
    const layout = detectLayout(p.records, p.lines);
    expect(layout.titleLines).toEqual([1, 2]);
    expect(layout.title).toBe('DATA JUMLAH POSYANDU — KOTA BALIKPAPAN 2024');
    expect(layout.headerLines).toEqual([4]);
    expect(layout.headerRow).toBe(4);
    expect(p.records[layout.dataStartIndex]).toEqual(['Balikpapan Timur', '55', 'unit']);
    expect(p.lines[layout.dataStartIndex]).toBe(5);
    expect(layout.names).toEqual(['kecamatan', 'jumlah_posyandu', 'satuan']);
  });

  it('a title padded with delimiters (as Excel writes it) is still a title', () => {
    const { layout } = csv('JUDUL TABEL;;;\nkode;nama;l;p\n1;a;2;3\n2;b;4;5\n');
    expect(layout.titleLines).toEqual([1]);
    expect(layout.title).toBe('JUDUL TABEL');
    expect(layout.headerRow).toBe(2);
    expect(layout.columnCount).toBe(4);
  });

  it('numeric-looking labels are still a header', () => {
    const p = readCsvFile(join(FIXTURES, 'numeric-header.csv'));
    const layout = detectLayout(p.records, p.lines);
    expect(layout.headerRow).toBe(1);
    expect(layout.labels).toEqual(['kecamatan', '2022', '2023', '2024']);
    expect(layout.names).toEqual(['kecamatan', 'tahun_2022', 'tahun_2023', 'tahun_2024']);
    expect(layout.dataStartIndex).toBe(1);
  });

  it('noHeader: labels Kolom N, every row is data', () => {
    const p = parseCsv('64.71.01,Balikpapan Timur,12\n64.71.02,Balikpapan Barat,7\n');
    const layout = detectLayout(p.records, p.lines, { noHeader: true });
    expect(layout).toEqual({
      titleLines: [],
      headerLines: [],
      headerRow: 0,
      dataStartIndex: 0,
      labels: ['Kolom 1', 'Kolom 2', 'Kolom 3'],
      names: ['kolom_1', 'kolom_2', 'kolom_3'],
      columnCount: 3,
    });
  });

  it('noHeader still sets a title row aside', () => {
    const p = parseCsv('JUDUL\n1,a,2\n2,b,3\n');
    const layout = detectLayout(p.records, p.lines, { noHeader: true });
    expect(layout.titleLines).toEqual([1]);
    expect(layout.dataStartIndex).toBe(1);
  });

  it('headerRow override picks that line (and its upper level when it is a sub-header)', () => {
    const p = parseCsv('catatan bebas,x\nkode,nama\n1,a\n2,b\n');
    const layout = detectLayout(p.records, p.lines, { headerRow: 2 });
    expect(layout.headerLines).toEqual([2]);
    expect(layout.titleLines).toEqual([1]);
    expect(layout.labels).toEqual(['kode', 'nama']);
    const two = readCsvFile(join(FIXTURES, 'two-row-header.csv'));
    const l2 = detectLayout(two.records, two.lines, { headerRow: 2 });
    expect(l2.headerLines).toEqual([1, 2]);
    expect(l2.labels).toEqual([
      'Kode',
      'Kelurahan',
      'SD - Negeri',
      'SD - Swasta',
      'SMP - Negeri',
      'SMP - Swasta',
    ]);
    const one = detectLayout(two.records, two.lines, { headerRow: 1 });
    expect(one.headerLines).toEqual([1]);
    expect(one.dataStartIndex).toBe(1);
  });

  it('a one-column file', () => {
    const p = readCsvFile(join(FIXTURES, 'single-column.csv'));
    const layout = detectLayout(p.records, p.lines);
    expect(layout.headerRow).toBe(1);
    expect(layout.titleLines).toEqual([]);
    expect(layout.labels[0]).toBe('nama');
    // the unquoted comma of the last line splits it: a ragged row, not a second header
    expect(p.records.slice(layout.dataStartIndex)).toEqual([['Manggar'], ['Lamaru', ' Teritip']]);
    const clean = parseCsv('nama\nManggar\nLamaru\n');
    expect(detectLayout(clean.records, clean.lines)).toMatchObject({
      labels: ['nama'],
      columnCount: 1,
      dataStartIndex: 1,
    });
  });

  it('empty input, blank rows only, a single line', () => {
    const empty = {
      titleLines: [],
      headerLines: [],
      headerRow: 0,
      labels: [],
      names: [],
      columnCount: 0,
    };
    expect(detectLayout([], [])).toEqual({ ...empty, dataStartIndex: 0 });
    expect(detectLayout([[''], ['', ' ']], [1, 2])).toEqual({ ...empty, dataStartIndex: 2 });
    const one = detectLayout([['a', 'b']], [1]);
    expect(one.headerRow).toBe(1);
    expect(one.dataStartIndex).toBe(1);
    expect(one.labels).toEqual(['a', 'b']);
  });

  it('ragged rows: the widest data row sets the column count; blank labels get kolom_N', () => {
    const { layout } = csv('kode,nama\n1,a\n2,b,extra\n3\n');
    expect(layout.columnCount).toBe(3);
    expect(layout.labels).toEqual(['kode', 'nama', '']);
    expect(layout.names).toEqual(['kode', 'nama', 'kolom_3']);
  });

  it('a trailing delimiter on every line adds no column', () => {
    const { layout } = csv('kode;nama;\n1;a;\n2;b;\n');
    expect(layout.columnCount).toBe(2);
  });
});

describe('detectLayout: multi-row headers', () => {
  it('CSV form with blank cells: SD;;SMP; over Negeri;Swasta', () => {
    const p = readCsvFile(join(FIXTURES, 'two-row-header.csv'));
    const layout = detectLayout(p.records, p.lines);
    expect(layout.headerLines).toEqual([1, 2]);
    expect(layout.headerRow).toBe(2);
    expect(layout.labels).toEqual([
      'Kode',
      'Kelurahan',
      'SD - Negeri',
      'SD - Swasta',
      'SMP - Negeri',
      'SMP - Swasta',
    ]);
    expect(layout.names).toEqual([
      'kode',
      'kelurahan',
      'sd_negeri',
      'sd_swasta',
      'smp_negeri',
      'smp_swasta',
    ]);
    expect(p.lines[layout.dataStartIndex]).toBe(3);
  });

  it('XLSX form with merged cells filled: repeated labels over sub-labels', () => {
    const rows = [
      ['Kecamatan', 'Status Sekolah', 'Status Sekolah', 'Jumlah'],
      ['Kecamatan', 'Negeri', 'Swasta', 'Jumlah'],
      ['Balikpapan Timur', '12', '8', '20'],
    ];
    const layout = detectLayout(rows, [3, 4, 5]);
    expect(layout.headerLines).toEqual([3, 4]);
    expect(layout.labels).toEqual([
      'Kecamatan',
      'Status Sekolah - Negeri',
      'Status Sekolah - Swasta',
      'Jumlah',
    ]);
  });

  it('a stub label written on the lower row', () => {
    const rows = [
      ['', 'Jenis Kelamin', ''],
      ['Kecamatan', 'Laki-laki', 'Perempuan'],
      ['Balikpapan Timur', '53020', '50240'],
    ];
    const layout = detectLayout(rows, [1, 2, 3]);
    expect(layout.headerLines).toEqual([1, 2]);
    expect(layout.labels).toEqual([
      'Kecamatan',
      'Jenis Kelamin - Laki-laki',
      'Jenis Kelamin - Perempuan',
    ]);
  });

  it('year sub-labels under a spanning label', () => {
    const rows = [
      ['Kecamatan', 'Jumlah Posyandu', '', ''],
      ['', '2022', '2023', '2024'],
      ['Balikpapan Timur', '55', '116', '102'],
    ];
    const layout = detectLayout(rows, [1, 2, 3]);
    expect(layout.labels).toEqual([
      'Kecamatan',
      'Jumlah Posyandu - 2022',
      'Jumlah Posyandu - 2023',
      'Jumlah Posyandu - 2024',
    ]);
    expect(layout.names[1]).toBe('jumlah_posyandu_2022');
  });

  it('a data row with blanks under a header is not a sub-header', () => {
    // a total row with empty leading cells right under a header with a blank (unnamed) column
    const rows = [
      ['kode', 'nama', '', 'jumlah'],
      ['', '', 'JUMLAH', '59'],
      ['1', 'a', 'x', '3'],
    ];
    expect(detectLayout(rows, [1, 2, 3]).headerLines).toEqual([1]);
    // text under a single-column label is data
    const rows2 = [
      ['kode', 'nama', 'jumlah', ''],
      ['', 'Manggar', 'banyak', 'x'],
    ];
    expect(detectLayout(rows2, [1, 2]).headerLines).toEqual([1]);
    // one value under a span is not enough
    const rows3 = [
      ['kode', 'nama', '', 'ket'],
      ['', '', 'Santoso', ''],
    ];
    expect(detectLayout(rows3, [1, 2]).headerLines).toEqual([1]);
  });
});

describe('isFootnoteRow', () => {
  it.each([
    [['Sumber: Dinas Pendidikan'], true],
    [['', 'SUMBER : BPS Kota Balikpapan', ''], true],
    [['Sumber/Source: BPS'], true],
    [['Catatan: angka sementara', ''], true],
    [['Keterangan: - = nihil'], true],
    [['Ket: data Juni'], true],
    [['Note: preliminary'], true],
    [['source: x'], true],
    [['Sumber: BPS', 'x'], false],
    [['Keterangan', 'a'], false],
    [['Sumbernya dari BPS'], false],
    [['', ''], false],
    [[], false],
  ])('%j → %s', (cells, expected) => {
    expect(isFootnoteRow(cells)).toBe(expected);
  });

  it('the footnote fixture ends in two footnote rows', () => {
    const p = readCsvFile(join(FIXTURES, 'footnotes.csv'));
    expect(p.records.slice(-2).map(isFootnoteRow)).toEqual([true, true]);
    expect(p.records.slice(0, -2).some(isFootnoteRow)).toBe(false);
  });
});

describe('toSnakeCase and uniqueNames', () => {
  it.each([
    ['Kode Kelurahan', 'kode_kelurahan'],
    ['SD - Negeri', 'sd_negeri'],
    ['Status Sekolah - Swasta', 'status_sekolah_swasta'],
    ['No.', 'no'],
    ['Persentase (%)', 'persentase_persen'],
    ['% Penduduk Miskin', 'persen_penduduk_miskin'],
    ['Kab./Kota', 'kab_kota'],
    ['Luas (km²)', 'luas_km2'],
    ['Café Kopi', 'cafe_kopi'],
    ["Jum'at", 'jumat'],
    ['Laki-laki & Perempuan', 'laki_laki_dan_perempuan'],
    ['  JUMLAH   PENDUDUK  ', 'jumlah_penduduk'],
    ['2024', 'tahun_2024'],
    ['1. Nama', 'kolom_1_nama'],
    ['#', 'no'],
    ['---', ''],
    ['', ''],
  ])('%j → %j', (label, name) => {
    const got = toSnakeCase(label);
    expect(got).toBe(name);
    if (got !== '') expect(got).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('caps long names at 63 characters', () => {
    const got = toSnakeCase(
      'Jumlah penduduk menurut kelompok umur dan jenis kelamin di seluruh kecamatan kota',
    );
    expect(got.length).toBeLessThanOrEqual(63);
    expect(got).toMatch(/^[a-z][a-z0-9_]*[a-z0-9]$/);
  });

  it('makes names unique and fills blanks', () => {
    expect(uniqueNames(['Nama', 'nama', '', 'NAMA', 'kolom_3', '—'])).toEqual([
      'nama',
      'nama_2',
      'kolom_3',
      'nama_3',
      'kolom_3_2',
      'kolom_6',
    ]);
  });
});

describe('detectLayout on the shared samples', () => {
  it('penduduk-kecamatan-2023-2024.csv: header line 1, 26 data rows', () => {
    const p = readCsvFile(join(SAMPLES, 'penduduk-kecamatan-2023-2024.csv'));
    const layout = detectLayout(p.records, p.lines);
    expect(p.encoding).toBe('utf-8');
    expect(layout.headerRow).toBe(1);
    expect(layout.titleLines).toEqual([]);
    expect(layout.columnCount).toBe(10);
    expect(layout.names).toEqual([
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
    expect(p.records.length - layout.dataStartIndex).toBe(26);
  });

  it('sekolah-kelurahan-2024.csv: title line 1, header lines 2–3, 17 data rows from line 4', () => {
    const p = readCsvFile(join(SAMPLES, 'sekolah-kelurahan-2024.csv'));
    const layout = detectLayout(p.records, p.lines);
    expect(p.encoding).toBe('windows-1252');
    expect(p.dialect).toEqual({ delimiter: ';', quoteChar: '"', lineTerminator: '\r\n' });
    expect(layout.titleLines).toEqual([1]);
    expect(layout.title).toBe(
      'JUMLAH SEKOLAH MENURUT KELURAHAN DAN JENJANG KOTA BALIKPAPAN TAHUN 2024',
    );
    expect(layout.headerLines).toEqual([2, 3]);
    expect(layout.headerRow).toBe(3);
    expect(layout.labels).toEqual([
      'Kode Kelurahan',
      'Kelurahan',
      'Kecamatan',
      'SD - Negeri',
      'SD - Swasta',
      'SMP - Negeri',
      'SMP - Swasta',
      'Keterangan',
    ]);
    expect(layout.names.slice(3, 7)).toEqual([
      'sd_negeri',
      'sd_swasta',
      'smp_negeri',
      'smp_swasta',
    ]);
    expect(p.lines[layout.dataStartIndex]).toBe(4);
    const data = p.records.slice(layout.dataStartIndex);
    expect(data).toHaveLength(17);
    expect(data[16]).toEqual(['', '', 'JUMLAH', '59', '43', '', '', '']);
    expect(data[5]?.[7]).toBe('pesisir – akses kapal');
  });

  it('fasilitas-kesehatan-2024.csv: 14 columns, 16 data rows', () => {
    const p = readCsvFile(join(SAMPLES, 'fasilitas-kesehatan-2024.csv'));
    const layout = detectLayout(p.records, p.lines);
    expect(layout.headerRow).toBe(1);
    expect(layout.columnCount).toBe(14);
    expect(p.records.length - layout.dataStartIndex).toBe(16);
    expect(p.records[layout.dataStartIndex + 4]?.[9]).toBe('6.47103E+15');
  });

  it('clean/jumlah-posyandu-kecamatan-2022-2024.csv: 18 data rows', () => {
    const p = readCsvFile(join(SAMPLES, 'clean/jumlah-posyandu-kecamatan-2022-2024.csv'));
    const layout = detectLayout(p.records, p.lines);
    expect(layout.headerRow).toBe(1);
    expect(layout.columnCount).toBe(9);
    expect(p.records.length - layout.dataStartIndex).toBe(18);
  });
});
