import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnTypeInfo } from '../../../src/shared/model/dataset';
import { classifyValue, createTypeInferrer } from '../../../src/main/core/ingest/infer-types';
import { detectLayout } from '../../../src/main/core/ingest/layout';
import { readCsvFile, SAMPLES } from './helpers';

/** Infer the type of one column from its values (and label). */
function infer(values: readonly string[], label?: string): ColumnTypeInfo {
  const inf = createTypeInferrer(1, label !== undefined ? { labels: [label] } : {});
  for (const v of values) inf.add([v]);
  return inf.result()[0] as ColumnTypeInfo;
}

function inferSample(name: string): Record<string, ColumnTypeInfo> {
  const p = readCsvFile(join(SAMPLES, name));
  const layout = detectLayout(p.records, p.lines);
  const inf = createTypeInferrer(layout.columnCount, { labels: layout.labels });
  for (const r of p.records.slice(layout.dataStartIndex)) inf.add(r);
  const out: Record<string, ColumnTypeInfo> = {};
  inf.result().forEach((t, i) => (out[layout.names[i] as string] = t));
  return out;
}

describe('numbers', () => {
  it('plain integers', () => {
    expect(infer(['1', '22', '-3', '4000'])).toEqual({
      type: 'integer',
      confidence: 1,
      misfits: [],
    });
  });

  it('a thousands dot in an integer column reads as Indonesian grouping', () => {
    expect(infer(['53020', '92.651', '88437'], 'jumlah_penduduk')).toMatchObject({
      type: 'integer',
      locale: 'id',
      confidence: 1,
    });
    expect(infer(['1.234.567', '2.000', '15'])).toMatchObject({ type: 'integer', locale: 'id' });
    expect(infer(['1,234,567', '2,000', '15'])).toMatchObject({ type: 'integer', locale: 'en' });
  });

  it('decimal comma vs decimal point', () => {
    expect(infer(['0,38', '0,19', '4,70', '1.234,5'])).toEqual({
      type: 'decimal',
      confidence: 1,
      locale: 'id',
      misfits: [],
    });
    expect(infer(['0.38', '0.19', '4.70', '1,234.5'])).toMatchObject({
      type: 'decimal',
      locale: 'en',
      confidence: 1,
    });
    expect(infer(['1', '2.5', '3.25', '4'])).toMatchObject({ type: 'decimal', locale: 'en' });
  });

  it('a decimal-comma value in an integer column stays a misfit of an integer column', () => {
    const values = [
      '6',
      '4',
      '5',
      '3',
      '7',
      '3',
      '2',
      '4',
      '6',
      '3',
      '2',
      '3',
      '2',
      '3',
      '2',
      '3,0',
    ];
    expect(infer(values, 'SD - Negeri')).toEqual({
      type: 'integer',
      confidence: 0.9375,
      locale: 'id',
      misfits: ['3,0'],
    });
  });

  it('a count-named column stays integer despite fractions', () => {
    expect(infer(['1', '2', '3', '2,5', '4'], 'jumlah_sekolah')).toMatchObject({
      type: 'integer',
      misfits: ['2,5'],
    });
  });

  it('percentages and money', () => {
    expect(infer(['12,5%', '40%', '7.25 %'])).toMatchObject({ type: 'percentage', confidence: 1 });
    expect(infer(['Rp 10.000.000,00', 'Rp10.000,-', 'Rp 2.500'])).toMatchObject({
      type: 'currency',
      confidence: 1,
    });
  });
});

describe('missing values and misfits', () => {
  it('missing-value markers count neither for nor against a type', () => {
    const got = infer(['1', '-', '–', 'n/a', 'NA', 'tidak ada', '…', '', ' ', '2', 'Tidak Ada']);
    expect(got).toEqual({ type: 'integer', confidence: 1, misfits: [] });
  });

  it('an all-missing column is empty', () => {
    expect(infer(['', '-', 'n/a'])).toEqual({ type: 'empty', confidence: 1, misfits: [] });
    expect(createTypeInferrer(2).result()).toEqual([
      { type: 'empty', confidence: 1, misfits: [] },
      { type: 'empty', confidence: 1, misfits: [] },
    ]);
  });

  it('keeps at most five distinct misfits', () => {
    const values = [
      ...Array.from({ length: 200 }, (_, i) => String(i)),
      'a1',
      'b',
      'c',
      'd',
      'e',
      'f',
      'b',
    ];
    const got = infer(values);
    expect(got.type).toBe('integer');
    expect(got.misfits).toEqual(['a1', 'b', 'c', 'd', 'e']);
    expect(got.confidence).toBeCloseTo(200 / 207, 4);
  });

  it('short and long rows: missing cells are empty, extra cells ignored', () => {
    const inf = createTypeInferrer(2);
    inf.add(['1']);
    inf.add(['2', 'x', 'extra']);
    inf.add([]);
    const [a, b] = inf.result();
    expect(a?.type).toBe('integer');
    expect(b?.type).toBe('text');
  });

  it('sampleLimit stops looking', () => {
    const inf = createTypeInferrer(1, { sampleLimit: 3 });
    for (const v of ['1', '2', '3', 'x', 'y', 'z']) inf.add([v]);
    expect(inf.result()[0]).toEqual({ type: 'integer', confidence: 1, misfits: [] });
  });
});

describe('dates and years', () => {
  it('mixed Indonesian date formats', () => {
    expect(
      infer(['15 Januari 2024', '3-Agu-2024', '20/02/2024', '2024-05-06', '12 Apr 2024']),
    ).toMatchObject({
      type: 'date',
      detail: 'mixed',
      confidence: 1,
    });
    expect(infer(['2024-01-01', '2024-02-01', '2024-03-01'])).toMatchObject({
      type: 'date',
      detail: 'iso',
    });
  });

  it('Excel serials count as dates only in a date-named column', () => {
    expect(infer(['15 Januari 2024', '45292', '2024-05-06'], 'tanggal_pemutakhiran')).toMatchObject(
      {
        type: 'date',
        confidence: 1,
      },
    );
    expect(infer(['45292', '45293', '45300'], 'nilai')).toMatchObject({ type: 'integer' });
    expect(infer(['45292', '45293', '45300'], 'tgl_lapor')).toMatchObject({
      type: 'date',
      detail: 'excel-serial',
    });
  });

  it('years: tahun columns, and 4-digit columns in range', () => {
    expect(infer(['2023', '2024', '2024'], 'tahun')).toEqual({
      type: 'year',
      confidence: 1,
      misfits: [],
    });
    expect(infer(['2023', '2024', '2022'])).toMatchObject({ type: 'year' });
    expect(infer(['2023', '24', '2022'], 'Tahun')).toMatchObject({ type: 'year', misfits: ['24'] });
    expect(infer(['2023', '2024', '2022'], 'jumlah_bayi')).toMatchObject({ type: 'integer' });
  });

  it('a wide-layout year label is no year hint', () => {
    expect(infer(['55', '80', '104', '105'], '2022')).toMatchObject({ type: 'integer' });
  });
});

describe('booleans and categories', () => {
  it('ya/tidak, true/false, 0/1', () => {
    expect(infer(['ya', 'Tidak', 'YA', 'tidak'])).toMatchObject({ type: 'boolean', confidence: 1 });
    expect(infer(['true', 'false', 'TRUE'])).toMatchObject({ type: 'boolean' });
    expect(infer(['1', '0', '1', '1', '0'])).toMatchObject({ type: 'boolean' });
    expect(infer(['1', '0', '1', '1', '0'], 'jumlah_rs')).toMatchObject({ type: 'integer' });
    expect(infer(['1', '1', '1'])).toMatchObject({ type: 'integer' });
  });

  it('few distinct values are a category; many are text', () => {
    expect(
      infer([
        'Puskesmas',
        'PKM',
        'Puskesmas',
        'RSUD',
        'Puskesmas',
        'Klinik',
        'Puskesmas',
        'Puskesmas',
      ]),
    ).toEqual({
      type: 'category',
      confidence: 1,
      misfits: [],
    });
    expect(infer(['Manggar', 'Lamaru', 'Teritip', 'Damai'])).toMatchObject({ type: 'text' });
  });

  it('distinct tracking is capped: 5000 different names are text', () => {
    const values = Array.from({ length: 5000 }, (_, i) => `Nama ${i}`);
    expect(infer(values)).toEqual({ type: 'text', confidence: 1, misfits: [] });
  });
});

describe('codes and identifiers', () => {
  it('Kemendagri codes by level (dotted)', () => {
    expect(infer(['64', '64'], 'kode_provinsi')).toMatchObject({
      type: 'region-code',
      locale: 'kemendagri',
      detail: 'provinsi',
    });
    expect(infer(['64.71', '64.72'], 'kode_kabupaten_kota')).toMatchObject({
      detail: 'kabupaten_kota',
    });
    expect(infer(['64.71.01', '64.71.02'])).toMatchObject({
      type: 'region-code',
      detail: 'kecamatan',
      locale: 'kemendagri',
    });
    expect(infer(['64.71.01.1001', '64.71.05.1010', '64.71.03.106'], 'Kode Kelurahan')).toEqual({
      type: 'region-code',
      confidence: 0.6667,
      locale: 'kemendagri',
      detail: 'desa',
      misfits: ['64.71.03.106'],
    });
  });

  it('a BPS code among Kemendagri codes is a misfit, never stripped and compared', () => {
    expect(infer(['64.71.01', '64.71.02', '64.71.03', '6471011'], 'kode_kecamatan')).toMatchObject({
      type: 'region-code',
      locale: 'kemendagri',
      detail: 'kecamatan',
      misfits: ['6471011'],
    });
  });

  it('BPS codes by length in a kode column', () => {
    expect(infer(['6471010', '6471020', '6471011'], 'kode_kecamatan')).toMatchObject({
      type: 'region-code',
      locale: 'bps',
      detail: 'kecamatan',
    });
    expect(infer(['3201', '3202', '3273'], 'kode_kabupaten_kota')).toMatchObject({
      locale: 'bps',
      detail: 'kabupaten_kota',
    });
    expect(infer(['6471010001', '6471010002'], 'kode_desa')).toMatchObject({
      locale: 'bps',
      detail: 'desa',
    });
  });

  it('NIK, NPSN and phone numbers are identifiers, never numbers', () => {
    expect(infer(['6471014507850003', '6471011203880001', '6.47103E+15'], 'nik_kepala')).toEqual({
      type: 'identifier',
      confidence: 0.6667,
      detail: 'nik',
      misfits: ['6.47103E+15'],
    });
    expect(infer(['30401234', '30401235'], 'npsn')).toMatchObject({
      type: 'identifier',
      detail: 'npsn',
    });
    expect(infer(['081234567801', '081234567802'], 'no_hp_kepala')).toMatchObject({
      type: 'identifier',
      detail: 'phone',
    });
  });

  it('leading zeros or 12+ digits make a column text (identifier) even without a hint', () => {
    expect(infer(['001', '002', '010'])).toMatchObject({ type: 'identifier' });
    expect(infer(['6471014507850003', '6471011203880001'])).toMatchObject({
      type: 'identifier',
      detail: 'nik',
    });
    expect(infer(['123456789012', '123456789013'])).toMatchObject({ type: 'identifier' });
  });

  it('other kode_* columns are identifiers', () => {
    expect(infer(['1.02.01', '1.02.02', '2.12.01'], 'kode_program')).toMatchObject({
      type: 'identifier',
    });
    expect(infer(['A-001', 'B-002'], 'kode_barang')).toMatchObject({ type: 'identifier' });
  });
});

describe('classifyValue', () => {
  it('gives an ambiguous value every shape it fits', () => {
    expect(classifyValue('92.651')).not.toBe(classifyValue('92651'));
    expect(classifyValue('Balikpapan Timur')).toBe(0);
  });
});

describe('the shared samples', () => {
  it('penduduk-kecamatan-2023-2024.csv', () => {
    const t = inferSample('penduduk-kecamatan-2023-2024.csv');
    expect(t['kode_provinsi']).toMatchObject({
      type: 'region-code',
      locale: 'kemendagri',
      detail: 'provinsi',
    });
    expect(t['kode_kabupaten_kota']).toMatchObject({
      type: 'region-code',
      detail: 'kabupaten_kota',
      misfits: ['6471'],
    });
    expect(t['kode_kecamatan']).toMatchObject({
      type: 'region-code',
      detail: 'kecamatan',
      misfits: ['6471011'],
    });
    expect(t['jumlah_penduduk']).toMatchObject({ type: 'integer', locale: 'id', confidence: 1 });
    expect(t['jenis_kelamin']?.type).toBe('category');
    expect(t['satuan']?.type).toBe('category');
    expect(t['tahun']).toEqual({ type: 'year', confidence: 1, misfits: [] });
  });

  it('sekolah-kelurahan-2024.csv', () => {
    const t = inferSample('sekolah-kelurahan-2024.csv');
    expect(t['kode_kelurahan']).toMatchObject({
      type: 'region-code',
      detail: 'desa',
      misfits: ['64.71.03.106'],
    });
    expect(t['sd_negeri']).toMatchObject({ type: 'integer', locale: 'id', misfits: ['3,0'] });
    expect(t['smp_negeri']).toEqual({ type: 'integer', confidence: 1, misfits: [] });
    expect(t['keterangan']?.type).toBe('text');
  });

  it('fasilitas-kesehatan-2024.csv', () => {
    const t = inferSample('fasilitas-kesehatan-2024.csv');
    expect(t['no']?.type).toBe('integer');
    expect(t['kode_kecamatan']).toMatchObject({
      type: 'region-code',
      detail: 'kecamatan',
      confidence: 1,
    });
    expect(t['jenis_fasilitas']?.type).toBe('category');
    expect(t['jumlah_bidan']).toEqual({ type: 'integer', confidence: 1, misfits: [] });
    expect(t['rasio_dokter_per_10000_penduduk']).toEqual({
      type: 'decimal',
      confidence: 1,
      locale: 'id',
      misfits: [],
    });
    expect(t['tanggal_pemutakhiran']).toMatchObject({
      type: 'date',
      detail: 'mixed',
      confidence: 1,
    });
    expect(t['nik_kepala']).toMatchObject({
      type: 'identifier',
      detail: 'nik',
      misfits: ['6.47103E+15'],
    });
    expect(t['no_hp_kepala']).toMatchObject({ type: 'identifier', detail: 'phone', confidence: 1 });
    expect(t['nama_kepala']?.type).toBe('text');
    expect(t['tahun']?.type).toBe('year');
  });

  it('clean/jumlah-posyandu-kecamatan-2022-2024.csv: every column fits fully', () => {
    const t = inferSample('clean/jumlah-posyandu-kecamatan-2022-2024.csv');
    for (const info of Object.values(t)) {
      expect(info.confidence).toBe(1);
      expect(info.misfits).toEqual([]);
    }
    expect(t['jumlah_posyandu']?.type).toBe('integer');
    expect(t['kode_kecamatan']).toMatchObject({ type: 'region-code', detail: 'kecamatan' });
  });
});
