import { describe, expect, it } from 'vitest';
import {
  isValidSlug,
  titleFromFileName,
  toSlug,
  toTagName,
  toTags,
  uniqueNames,
} from '../../../src/main/core/export/slug';

describe('toSlug (CKAN name rules)', () => {
  it.each([
    ['Jumlah Penduduk Berdasarkan Kecamatan', 'jumlah-penduduk-berdasarkan-kecamatan'],
    ['Data Sekolah (SD/SMP) — 2024', 'data-sekolah-sd-smp-2024'],
    ['Keuangan Daerah: Realisasi & Anggaran', 'keuangan-daerah-realisasi-anggaran'],
    ['Café Pariwisata', 'cafe-pariwisata'],
    ['snake_case_name', 'snake_case_name'],
    ['  --Trim--  ', 'trim'],
    ['x', 'dataset'],
    ['', 'dataset'],
    ['***', 'dataset'],
  ])('%j → %j', (input, expected) => {
    expect(toSlug(input)).toBe(expected);
    expect(isValidSlug(toSlug(input))).toBe(true);
  });

  it('uses the fallback when the text gives nothing', () => {
    expect(toSlug('???', 'penduduk-2024')).toBe('penduduk-2024');
  });

  it('cuts long names to 100 characters at a word boundary', () => {
    const long =
      'jumlah penduduk berdasarkan kecamatan dan jenis kelamin di kota balikpapan provinsi kalimantan timur tahun 2023 sampai 2024';
    const slug = toSlug(long);
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(isValidSlug(slug)).toBe(true);
    expect(long.replace(/ /g, '-').startsWith(slug)).toBe(true);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('tags', () => {
  it.each([
    ['kesehatan', 'kesehatan'],
    ['  data   prioritas ', 'data prioritas'],
    ['ibu & anak', 'ibu anak'],
    ['covid-19', 'covid-19'],
    ['x', undefined],
    ['!!', undefined],
  ])('%j → %j', (input, expected) => {
    expect(toTagName(input)).toBe(expected);
  });

  it('drops duplicates regardless of case', () => {
    expect(toTags(['Kesehatan', 'kesehatan', 'Posyandu', 'a'])).toEqual(['Kesehatan', 'Posyandu']);
  });
});

describe('titleFromFileName', () => {
  it.each([
    ['jumlah_penduduk-kecamatan 2024.csv', 'Jumlah Penduduk Kecamatan 2024'],
    ['/data/in/sekolah-kelurahan-2024.xlsx', 'Sekolah Kelurahan 2024'],
    ['C:\\Data\\RSUD_pasien.csv', 'RSUD Pasien'],
    ['JUMLAH_POSYANDU.CSV', 'Jumlah Posyandu'],
    ['.csv', 'Dataset'],
  ])('%j → %j', (input, expected) => {
    expect(titleFromFileName(input)).toBe(expected);
  });
});

describe('uniqueNames', () => {
  it('suffixes repeats and names empty headers', () => {
    expect(uniqueNames(['nama', 'nama', '', 'nama_2', 'nama'])).toEqual([
      'nama',
      'nama_2',
      'kolom_3',
      'nama_2_2',
      'nama_3',
    ]);
  });
});
