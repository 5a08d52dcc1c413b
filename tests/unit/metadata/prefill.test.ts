import { describe, expect, test } from 'vitest';
import {
  cleanTitle,
  prefillFromData,
  prefillInputFromDataset,
} from '../../../src/main/core/metadata/prefill';
import { validateMetadata } from '../../../src/main/core/metadata/validate-metadata';

const DATASET_A = {
  fileName: 'penduduk-kecamatan-2023-2024.csv',
  columns: [
    { label: 'kode_provinsi', name: 'kode_provinsi', type: 'region-code' },
    { label: 'nama_provinsi', name: 'nama_provinsi', type: 'text' },
    { label: 'kode_kabupaten_kota', name: 'kode_kabupaten_kota', type: 'region-code' },
    { label: 'nama_kabupaten_kota', name: 'nama_kabupaten_kota', type: 'text' },
    { label: 'kode_kecamatan', name: 'kode_kecamatan', type: 'region-code' },
    { label: 'nama_kecamatan', name: 'nama_kecamatan', type: 'text' },
    { label: 'jenis_kelamin', name: 'jenis_kelamin', type: 'category' },
    { label: 'jumlah_penduduk', name: 'jumlah_penduduk', type: 'integer' },
    { label: 'satuan', name: 'satuan', type: 'category' },
    { label: 'tahun', name: 'tahun', type: 'year' },
  ],
  rows: [
    [
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
    ],
    [
      '64',
      'KALIMANTAN TIMUR',
      '64.71',
      'KOTA BALIKPAPAN',
      '64.71.06',
      'BALIKPAPAN KOTA',
      'PEREMPUAN',
      '42805',
      'JIWA',
      '2024',
    ],
    [
      '64',
      'KALIMANTAN TIMUR',
      '64.71',
      'KOTA BALIKPAPAN',
      '64.71.05',
      'BALIKPAPAN SELATAN',
      'PEREMPUAN',
      '72915',
      'jiwa',
      '2024',
    ],
  ],
};

describe('prefill from the data', () => {
  test('Dataset A: title from the file name, period from tahun, coverage and level from codes', () => {
    const doc = prefillFromData(DATASET_A, { referenceEdition: 'kemendagri-2025' });
    expect(doc).toMatchObject({
      profil: 'sdi-dataset',
      judul: 'Penduduk Kecamatan',
      periode_awal: '2023',
      periode_akhir: '2024',
      cakupan_wilayah: ['64.71'],
      tingkat_penyajian: 'kecamatan',
      sistem_kode_wilayah: 'kemendagri',
      edisi_kode_wilayah: 'kemendagri-2025',
      satuan: 'Jiwa',
      ukuran: 'Jumlah',
    });
    const kolom = doc['kolom'] as Record<string, unknown>[];
    expect(kolom).toHaveLength(10);
    expect(kolom[4]).toEqual({
      nama: 'kode_kecamatan',
      judul: 'kode_kecamatan',
      peran: 'wilayah',
      tipe_data: 'kode',
      kode_referensi: { sistem: 'kemendagri', level: 'kecamatan', edisi: 'kemendagri-2025' },
    });
    expect(kolom[6]).toMatchObject({ peran: 'kategori', klasifikasi: 'jenis-kelamin' });
    expect(kolom[7]).toMatchObject({
      peran: 'ukuran',
      tipe_data: 'bilangan_bulat',
      ukuran: 'Jumlah',
      satuan: 'Jiwa',
    });
    expect(kolom[9]).toMatchObject({ peran: 'waktu', tipe_data: 'tahun' });
  });

  test('the prefilled document has only "missing" problems, never wrong values', () => {
    const doc = prefillFromData(DATASET_A);
    const r = validateMetadata('sdi-dataset', doc);
    expect(r.problems.every((p) => p.code === 'wajib-diisi')).toBe(true);
    expect(r.problems.map((p) => p.path)).toContain('/deskripsi');
    expect(r.problems.map((p) => p.path)).not.toContain('/periode_awal');
  });

  test('Dataset B: a title row becomes the title, without the period', () => {
    const doc = prefillFromData({
      fileName: 'sekolah-kelurahan-2024.csv',
      title: 'JUMLAH SEKOLAH MENURUT KELURAHAN DAN JENJANG KOTA BALIKPAPAN TAHUN 2024',
      columns: [
        { label: 'Kode Kelurahan', name: 'kode_kelurahan' },
        { label: 'Kelurahan', name: 'kelurahan' },
        { label: 'SD Negeri', name: 'sd_negeri', type: 'integer' },
      ],
      regionCodes: ['64.71.01.1001', '64.71.02.1004', '64.71.06.1003'],
    });
    expect(doc['judul']).toBe('Jumlah Sekolah menurut Kelurahan dan Jenjang Kota Balikpapan');
    expect(doc['periode_awal']).toBe('2024');
    expect(doc['periode_akhir']).toBe('2024');
    expect(doc['cakupan_wilayah']).toEqual(['64.71']);
    expect(doc['tingkat_penyajian']).toBe('desa_kelurahan');
  });

  test('codes across provinces give the provinces; only the profile own keys are set', () => {
    const doc = prefillFromData(
      {
        fileName: 'x.csv',
        columns: [{ label: 'kode', name: 'kode_kabupaten_kota' }],
        regionCodes: ['64.71', '63.71', 'rusak'],
      },
      { profile: 'balikpapan' },
    );
    expect(doc['cakupan_wilayah']).toEqual(['63', '64']);
    expect(doc['profil']).toBe('balikpapan');
    const ms = prefillFromData({ fileName: 'x.csv', columns: [] }, { profile: 'bps-ms-var' });
    expect(Object.keys(ms)).toEqual(['profil']);
  });

  test('cleaning titles', () => {
    expect(cleanTitle('data_penduduk_2023-2024')).toBe('Data Penduduk');
    expect(cleanTitle('Jumlah RSUD di Kota Balikpapan Tahun 2020 s.d. 2024')).toBe(
      'Jumlah RSUD di Kota Balikpapan',
    );
  });
});

test('a stored dataset feeds the prefill', () => {
  const input = prefillInputFromDataset(
    {
      file: 'sekolah-kelurahan-2024.csv',
      title: 'JUMLAH SEKOLAH TAHUN 2024',
      columnList: [
        {
          index: 0,
          label: 'Kode Kelurahan',
          name: 'kode_kelurahan',
          inferred: { type: 'region-code', confidence: 1, detail: 'desa', misfits: [] },
        },
        { index: 1, label: 'SD', name: 'sd' },
      ],
    },
    [['64.71.01.1001', '6']],
  );
  expect(input).toEqual({
    fileName: 'sekolah-kelurahan-2024.csv',
    title: 'JUMLAH SEKOLAH TAHUN 2024',
    columns: [
      { label: 'Kode Kelurahan', name: 'kode_kelurahan', type: 'region-code', detail: 'desa' },
      { label: 'SD', name: 'sd' },
    ],
    rows: [['64.71.01.1001', '6']],
  });
  expect(prefillFromData(input)['cakupan_wilayah']).toEqual(['64.71.01.1001']);
});
