import { describe, expect, it } from 'vitest';
import {
  deriveCollector,
  metadataRows,
  resolveMetadata,
} from '../../../src/main/core/export/mappings';
import {
  coverageFromCodes,
  findAccessLevel,
  findFrequency,
  findLicense,
  findTopic,
  regionLevel,
  tableSchemaType,
} from '../../../src/main/core/export/vocabularies';
import { posyanduSource } from './helpers';

describe('frequency table (domain §2.4)', () => {
  it.each([
    ['Harian', 'DAILY', 'R/P1D'],
    ['Mingguan', 'WEEKLY', 'R/P1W'],
    ['Bulanan', 'MONTHLY', 'R/P1M'],
    ['Triwulanan', 'QUARTERLY', 'R/P3M'],
    ['Empat Bulanan', 'ANNUAL_3', 'R/P4M'],
    ['Semesteran', 'ANNUAL_2', 'R/P6M'],
    ['Tahunan', 'ANNUAL', 'R/P1Y'],
    ['Dua Tahunan', 'BIENNIAL', 'R/P2Y'],
    ['Ad-hoc', 'IRREG', 'irregular'],
    // ids and API aliases
    ['tahunan', 'ANNUAL', 'R/P1Y'],
    ['TAHUNAN', 'ANNUAL', 'R/P1Y'],
    ['empat_bulanan', 'ANNUAL_3', 'R/P4M'],
    ['dua-tahunan', 'BIENNIAL', 'R/P2Y'],
    ['adhoc', 'IRREG', 'irregular'],
    ['LAINNYA', 'IRREG', 'irregular'],
  ])('%j → %s / %s', (input, eu, pod) => {
    expect(findFrequency(input)).toMatchObject({ eu, pod });
  });

  it('does not guess unknown values', () => {
    expect(findFrequency('kadang-kadang')).toBeUndefined();
    expect(findFrequency('')).toBeUndefined();
  });
});

describe('access levels (domain §5.1)', () => {
  it.each([
    ['Terbuka', 'PUBLIC', 'public'],
    ['terbatas', 'RESTRICTED', 'restricted public'],
    ['TERTUTUP', 'NON_PUBLIC', 'non-public'],
    ['dikecualikan', 'NON_PUBLIC', 'non-public'],
  ])('%j → %s / %s', (input, eu, pod) => {
    expect(findAccessLevel(input)).toMatchObject({ eu, pod });
  });
});

describe('licences', () => {
  it.each([
    ['CC-BY-4.0', 'cc-by', 'CC-BY-4.0'],
    ['cc by 4.0', 'cc-by', 'CC-BY-4.0'],
    ['Creative Commons Attribution', 'cc-by', 'CC-BY-4.0'],
    ['CC-BY-SA-4.0', 'cc-by-sa', 'CC-BY-SA-4.0'],
    ['CC0', 'cc-zero', 'CC0-1.0'],
    ['ODC-BY', 'odc-by', 'ODC-By-1.0'],
    ['notspecified', 'notspecified', 'notspecified'],
    ['ODbL-1.0', 'odc-odbl', 'ODbL-1.0'],
    ['other-open', 'other-open', 'other-open'],
  ])('%j → CKAN %s, Frictionless %s', (input, ckan, id) => {
    expect(findLicense(input)).toMatchObject({ ckan, id });
  });
});

describe('topics', () => {
  it('maps a sub-topic to its portal topic and EU theme', () => {
    expect(findTopic('kesehatan')).toMatchObject({
      label: 'Kesehatan',
      topic: { label: 'Perlindungan Sosial dan Kesehatan', eu: 'HEAL' },
    });
    expect(findTopic('Pendidikan dan Tenaga Kerja').topic?.eu).toBe('EDUC');
    // vocabulary codes (resources/vocabularies/topik.json)
    expect(findTopic('pendidikan_dan_tenaga_kerja').topic?.label).toBe(
      'Pendidikan dan Tenaga Kerja',
    );
    expect(findTopic('perlindungan_sosial_dan_kesehatan.kesehatan')).toMatchObject({
      label: 'Kesehatan',
      topic: { label: 'Perlindungan Sosial dan Kesehatan' },
    });
    expect(findTopic('Astrologi')).toEqual({ label: 'Astrologi' });
  });
});

describe('region codes', () => {
  it.each([
    [['64.71.01', '64.71.02', '64.71.06'], ['64.71']],
    [['64.71.01.1001', '64.71.01.1002'], ['64.71.01']],
    [['64.71', '64.71.03'], ['64.71.03']],
    [['64', '64.71', '64.71.01', '64.71.06'], ['64.71']],
    [['64', '6471', '6471010', '6471020'], ['6471']],
    [['64.71.01', '64.72.01'], ['64']],
    [
      ['64.71', '63.71'],
      ['63', '64'],
    ],
    [['6471010', '6471020'], ['6471']],
    [['64'], ['64']],
    [[], []],
  ])('%j → %j', (codes, expected) => {
    expect(coverageFromCodes(codes)).toEqual(expected);
  });

  it('knows levels by structure', () => {
    expect(regionLevel('64')).toBe('provinsi');
    expect(regionLevel('64.71')).toBe('kabupaten_kota');
    expect(regionLevel('64.71.01')).toBe('kecamatan');
    expect(regionLevel('64.71.01.1001')).toBe('desa');
    expect(regionLevel('6471010')).toBe('kecamatan');
  });
});

describe('column types → Table Schema', () => {
  it.each([
    ['integer', 'integer'],
    ['decimal', 'number'],
    ['percentage', 'number'],
    ['currency', 'number'],
    ['date', 'date'],
    ['year', 'year'],
    ['boolean', 'boolean'],
    ['region-code', 'string'],
    ['identifier', 'string'],
    ['category', 'string'],
    ['text', 'string'],
    ['empty', 'string'],
    [undefined, 'string'],
  ] as const)('%s → %s', (type, expected) => {
    expect(tableSchemaType(type)).toBe(expected);
  });
});

describe('deriveCollector', () => {
  it('finds years, region codes and the unit in the rows', async () => {
    const source = posyanduSource(false);
    const c = deriveCollector(source.columns);
    for await (const row of source.rows()) c.onRow(row);
    const d = c.result();
    expect(d.years).toEqual([2022, 2024]);
    expect(d.units).toEqual(['unit']);
    expect(d.regionCodes).toEqual(expect.arrayContaining(['64', '64.71', '64.71.01', '64.71.06']));
  });
});

describe('resolveMetadata', () => {
  it('reads a complete sdi-dataset document without warnings', () => {
    const { meta, warnings } = resolveMetadata(posyanduSource(true));
    expect(warnings).toEqual([]);
    expect(meta).toMatchObject({
      title: 'Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan',
      slug: 'jumlah-posyandu-berdasarkan-kecamatan-di-kota-balikpapan',
      producer: 'Dinas Kesehatan Kota Balikpapan',
      publisher: 'Dinas Komunikasi dan Informatika Kota Balikpapan',
      keywords: ['posyandu', 'kesehatan', 'kecamatan'],
      frequency: { eu: 'ANNUAL' },
      period: { start: '2022', end: '2024' },
      coverage: ['64.71'],
      regionSystem: 'kemendagri',
      unit: 'unit',
      access: { id: 'terbuka' },
      license: { id: 'CC-BY-4.0' },
      contact: { email: 'statistik@balikpapan.go.id', unit: 'Dinas Komunikasi dan Informatika' },
      version: '3',
      issued: '2025-01-15T08:30:00.000Z',
      presentationLevel: 'Kecamatan',
      status: 'DRAFT',
      references: 'Profil Kesehatan Kota Balikpapan 2024',
      codeReference: 'Kode wilayah Kemendagri (Kepmendagri 300.2.2-2138/2025)',
      topics: [
        { label: 'Perlindungan Sosial dan Kesehatan' },
        { label: 'Kesehatan', topic: { label: 'Perlindungan Sosial dan Kesehatan' } },
      ],
      extras: [['prioritas_tahun', '2024']],
    });
  });

  it('never refuses: fills from the data and lists every missing field', () => {
    const source = posyanduSource(false);
    const { meta, warnings } = resolveMetadata(source, {
      years: [2022, 2024],
      regionCodes: ['64.71.01', '64.71.02'],
      units: ['unit'],
    });
    expect(meta.title).toBe('Jumlah Posyandu Kecamatan 2022 2024');
    expect(meta.slug).toBe('jumlah-posyandu-kecamatan-2022-2024');
    expect(meta.description).toContain('kode_kecamatan');
    expect(meta.period).toEqual({ start: '2022', end: '2024' });
    expect(meta.coverage).toEqual(['64.71']);
    expect(meta.presentationLevel).toBe('Kecamatan');
    expect(meta.unit).toBe('unit');
    const fields = warnings.map((w) => w.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'judul',
        'deskripsi',
        'produsen_data',
        'walidata',
        'topik',
        'kata_kunci',
        'frekuensi',
        'periode',
        'cakupan_wilayah',
        'tingkat_penyajian',
        'satuan',
        'klasifikasi_akses',
        'lisensi',
        'kontak',
      ]),
    );
    const filled = warnings.filter((w) => w.filled).map((w) => w.field);
    expect(filled.sort()).toEqual(
      ['cakupan_wilayah', 'deskripsi', 'judul', 'periode', 'satuan', 'tingkat_penyajian'].sort(),
    );
    for (const w of warnings) {
      expect(w.message.length).toBeGreaterThan(0);
      expect(w.messageEn.length).toBeGreaterThan(0);
    }
  });

  it('takes the title row of the file before the file name', () => {
    const source = posyanduSource(false);
    source.dataset.title = 'JUMLAH POSYANDU MENURUT KECAMATAN';
    const { meta, warnings } = resolveMetadata(source);
    expect(meta.title).toBe('JUMLAH POSYANDU MENURUT KECAMATAN');
    expect(warnings.find((w) => w.field === 'judul')?.messageEn).toContain('title row');
  });

  it('reports values it does not recognise and keeps them', () => {
    const source = posyanduSource(true);
    source.metadata = {
      ...source.metadata,
      frekuensi: 'kadang-kadang',
      lisensi: 'Lisensi Pemda',
      klasifikasi_akses: 'setengah terbuka',
      periode_awal: '01/01/2022',
      slug: 'Judul Dengan Spasi',
    };
    const { meta, warnings } = resolveMetadata(source);
    expect(meta.frequency).toBeUndefined();
    expect(meta.frequencyText).toBe('kadang-kadang');
    expect(meta.licenseText).toBe('Lisensi Pemda');
    expect(meta.access).toBeUndefined();
    expect(meta.slug).toBe('judul-dengan-spasi');
    expect(meta.period).toEqual({ start: '2024', end: '2024' });
    expect(warnings.map((w) => w.field)).toEqual(
      expect.arrayContaining(['frekuensi', 'lisensi', 'klasifikasi_akses', 'periode_awal', 'slug']),
    );
  });

  it('accepts keywords as a comma-separated string and kontak as an e-mail', () => {
    const source = posyanduSource(true);
    source.metadata = {
      ...source.metadata,
      kata_kunci: 'posyandu, balita ,',
      kontak: 'data@kota.go.id',
    };
    const { meta } = resolveMetadata(source);
    expect(meta.keywords).toEqual(['posyandu', 'balita']);
    expect(meta.contact).toEqual({ email: 'data@kota.go.id' });
  });

  it('gives a flat metadata view for people', () => {
    const source = posyanduSource(true);
    const rows = metadataRows(source, resolveMetadata(source).meta);
    const byKey = new Map(rows.map((r) => [r.key, r.value]));
    expect(byKey.get('judul')).toBe('Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan');
    expect(byKey.get('frekuensi')).toBe('Tahunan');
    expect(byKey.get('dataset.jumlah_baris')).toBe('18');
    expect(byKey.get('prioritas_tahun')).toBe('2024');
  });
});
