import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import type { MetadataDoc } from '../../../src/shared/model/metadata';
import {
  getProfile,
  listProfiles,
  mergeProfileSchema,
  profileDetail,
} from '../../../src/main/core/metadata/profiles';
import { templateFor } from '../../../src/main/core/metadata/template';
import { validateMetadata } from '../../../src/main/core/metadata/validate-metadata';

const PROFILES = [
  'sdi-dataset',
  'balikpapan',
  'bps-ms-keg',
  'bps-ms-var',
  'bps-ms-ind',
  'standar-data-kolom',
];

function fixture(name: string): MetadataDoc {
  return JSON.parse(
    readFileSync(new URL(`../../fixtures/metadata/${name}`, import.meta.url), 'utf8'),
  ) as MetadataDoc;
}

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('profile registry', () => {
  test('lists every profile; the regional one extends the national one', () => {
    expect(
      listProfiles()
        .map((p) => p.name)
        .sort(),
    ).toEqual([...PROFILES].sort());
    const bpp = listProfiles().find((p) => p.name === 'balikpapan');
    expect(bpp?.extends).toBe('sdi-dataset');
    expect(getProfile('balikpapan').lineage).toEqual(['balikpapan', 'sdi-dataset']);
  });

  test('an unknown profile name is an error listing the known ones', () => {
    const err = thrown(() => getProfile('sdi'));
    expect(err.kind).toBe('not-found');
    expect(err.code).toBe('metadata-profile-unknown');
    for (const p of PROFILES) expect(err.message).toContain(p);
    expect(err.messageEn).toContain('Known profiles');
  });

  test('sdi-dataset requires the catalog fields of the portal', () => {
    const required = getProfile('sdi-dataset')
      .fields.filter((f) => f.required)
      .map((f) => f.key);
    expect(required.sort()).toEqual(
      [
        'judul',
        'deskripsi',
        'produsen_data',
        'topik',
        'frekuensi',
        'periode_awal',
        'periode_akhir',
        'tingkat_penyajian',
        'cakupan_wilayah',
        'klasifikasi_akses',
        'lisensi',
        'kontak',
      ].sort(),
    );
  });

  test('every field has Indonesian and English labels, a group of the profile and export names', () => {
    for (const name of PROFILES) {
      const p = profileDetail(name);
      const groups = new Set(p.groups.map((g) => g.id));
      for (const f of p.fields) {
        expect(f.label.id, `${name}.${f.key}`).not.toBe('');
        expect(f.label.en, `${name}.${f.key}`).not.toBe('');
        expect(groups.has(f.group), `${name}.${f.key} group ${f.group}`).toBe(true);
        expect(f.key).toMatch(/^[a-z][a-z0-9_]*$/);
      }
    }
    const sdi = getProfile('sdi-dataset').fieldMap;
    expect(sdi.get('judul')?.exportKeys).toMatchObject({
      ckan: 'title',
      dcat: 'dct:title',
      frictionless: 'title',
    });
    expect(sdi.get('deskripsi')?.exportKeys.ckan).toBe('notes');
    expect(sdi.get('frekuensi')?.exportKeys.ckan).toBe('accrualPeriodicity');
  });

  test('vocabulary codes are filled into the compiled schema', () => {
    const props = getProfile('sdi-dataset').schema['properties'] as Record<
      string,
      { enum?: string[] }
    >;
    expect(props['frekuensi']?.enum).toContain('dua_tahunan');
    expect(props['klasifikasi_akses']?.enum).toEqual(['terbuka', 'terbatas', 'tertutup']);
    expect(props['topik']?.enum).toHaveLength(10);
  });
});

describe('the regional profile (merge step)', () => {
  test('Balikpapan: cakupan defaults to 64.71, produsen data from its perangkat daerah', () => {
    const bpp = getProfile('balikpapan');
    expect(bpp.fieldMap.get('cakupan_wilayah')?.default).toEqual(['64.71']);
    expect(bpp.fieldMap.get('produsen_data')?.vocabulary).toEqual({
      id: 'perangkat-daerah-balikpapan',
      select: 'all',
      value: 'label',
    });
    const required = new Set(bpp.fields.filter((f) => f.required).map((f) => f.key));
    for (const f of getProfile('sdi-dataset').fields.filter((x) => x.required))
      expect(required.has(f.key)).toBe(true);
    expect(required.has('walidata')).toBe(true);
  });

  test('a document of the national profile is accepted by the regional one and the other way round', () => {
    const national = { ...fixture('balikpapan.valid.json'), profil: 'sdi-dataset' };
    expect(validateMetadata('balikpapan', national).valid).toBe(true);
    expect(validateMetadata('sdi-dataset', fixture('balikpapan.valid.json')).valid).toBe(true);
  });

  test('a regional override may not change a field type', () => {
    const parent = { properties: { judul: { type: 'string' } }, required: ['judul'] };
    expect(() =>
      mergeProfileSchema('x', parent, { properties: { judul: { type: 'number' } } }),
    ).toThrow(/type/);
    const merged = mergeProfileSchema('x', parent, {
      properties: { judul: { maxLength: 5 } },
      required: ['slug'],
    });
    expect(merged['properties']).toEqual({ judul: { type: 'string', maxLength: 5 } });
    expect(merged['required']).toEqual(['judul', 'slug']);
  });
});

describe('valid and invalid documents of every profile', () => {
  test.each(PROFILES)('%s: the valid fixture has no problems', (name) => {
    const r = validateMetadata(name, fixture(`${name}.valid.json`));
    expect(r.problems).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.completeness.score).toBeGreaterThan(0.5);
  });

  const EXPECTED: Record<string, [string, string][]> = {
    'sdi-dataset': [
      ['/judul', 'terlalu-pendek'],
      ['/slug', 'format-salah'],
      ['/deskripsi', 'wajib-diisi'],
      ['/topik', 'nilai-tidak-dikenal'],
      ['/kontak', 'salah-satu-wajib'],
      ['/periode_akhir', 'periode-terbalik'],
      ['/frekuensi', 'nilai-tidak-dikenal'],
      ['/jadwal_pemutakhiran', 'format-salah'],
      ['/tingkat_penyajian', 'wajib-diisi'],
      ['/cakupan_wilayah/0', 'format-salah'],
      ['/dasar_pengecualian', 'wajib-diisi'],
      ['/judull', 'kolom-tidak-dikenal'],
    ],
    balikpapan: [
      ['/produsen_data', 'nilai-tidak-dikenal'],
      ['/walidata', 'wajib-diisi'],
      ['/cakupan_wilayah/0', 'format-salah'],
    ],
    'bps-ms-keg': [
      ['/email', 'format-salah'],
      ['/penanggung_jawab_teknis/jabatan', 'wajib-diisi'],
      ['/jadwal/0/selesai', 'tanggal-terbalik'],
      ['/frekuensi_penyelenggaraan', 'tidak-berlaku'],
      ['/wilayah_pengumpulan', 'wajib-diisi'],
      ['/jenis_rancangan_sampel', 'tidak-berlaku'],
    ],
    'bps-ms-var': [
      ['/konsep', 'tipe-salah'],
      ['/referensi_waktu', 'wajib-diisi'],
      ['/ukuran', 'wajib-diisi'],
      ['/satuan', 'wajib-diisi'],
      ['/dapat_diakses_umum', 'tipe-salah'],
      ['/id_sds', 'format-salah'],
    ],
    'bps-ms-ind': [
      ['/level_estimasi', 'nilai-tidak-dikenal'],
      ['/indikator_pembangun', 'wajib-diisi'],
      ['/variabel_pembangun', 'tidak-berlaku'],
    ],
    'standar-data-kolom': [
      ['/nama', 'format-salah'],
      ['/tipe_data', 'nilai-tidak-dikenal'],
      ['/konsep', 'wajib-diisi'],
      ['/definisi', 'wajib-diisi'],
      ['/ukuran', 'wajib-diisi'],
      ['/satuan', 'wajib-diisi'],
      ['/nilai_hilang', 'isian-ganda'],
      ['/kode_referensi/daftar', 'wajib-diisi'],
    ],
  };

  test.each(PROFILES)('%s: the invalid fixture reports every problem, one each', (name) => {
    const r = validateMetadata(name, fixture(`${name}.invalid.json`));
    expect(r.valid).toBe(false);
    expect(r.problems.map((p) => [p.path, p.code])).toEqual(EXPECTED[name]);
    for (const p of r.problems) {
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.messageEn.length).toBeGreaterThan(10);
      expect(p.path.startsWith('/')).toBe(true);
    }
  });

  test('messages are plain Indonesian with English beside them', () => {
    const r = validateMetadata('sdi-dataset', fixture('sdi-dataset.invalid.json'));
    const byPath = new Map(r.problems.map((p) => [p.path, p]));
    expect(byPath.get('/deskripsi')?.message).toBe("Kolom wajib 'deskripsi' belum diisi.");
    expect(byPath.get('/deskripsi')?.messageEn).toBe(
      "Required field 'deskripsi' (Description) is missing.",
    );
    expect(byPath.get('/frekuensi')?.message).toContain('Maksud Anda "tahunan"');
    expect(byPath.get('/judull')?.message).toContain("Maksud Anda 'judul'?");
    expect(byPath.get('/dasar_pengecualian')?.message).toContain('UU KIP');
    expect(byPath.get('/kontak')?.message).toContain('email atau telepon');
  });

  test('sample design only for surveys, and required for them', () => {
    const survey = fixture('bps-ms-keg.valid.json');
    delete survey['kerangka_sampel'];
    delete survey['unit_sampel'];
    const r = validateMetadata('bps-ms-keg', survey);
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([
      ['/kerangka_sampel', 'wajib-diisi'],
      ['/unit_sampel', 'wajib-diisi'],
    ]);
    expect(r.problems[0]?.message).toContain('survei');
  });
});

describe('templates', () => {
  test.each(PROFILES)(
    '%s: the template has every key and fails only on required fields',
    (name) => {
      const p = getProfile(name);
      const doc = templateFor(name);
      expect(Object.keys(doc).sort()).toEqual(p.fields.map((f) => f.key).sort());
      const r = validateMetadata(name, doc);
      expect(r.problems.every((x) => x.code === 'wajib-diisi')).toBe(true);
      const missing = r.problems
        .filter((x) => x.path.split('/').length === 2)
        .map((x) => x.path.slice(1));
      const requiredWithoutDefault = p.fields
        .filter((f) => f.required && f.default === undefined)
        .map((f) => f.key);
      expect(missing.sort()).toEqual(requiredWithoutDefault.sort());
    },
  );

  test('sdi-dataset: one problem per missing required field (12)', () => {
    const r = validateMetadata('sdi-dataset', templateFor('sdi-dataset'));
    expect(r.problems).toHaveLength(12);
    expect(templateFor('sdi-dataset')['kontak']).toEqual({
      nama: '',
      unit: '',
      email: '',
      telepon: '',
    });
  });

  test('the regional template carries its defaults', () => {
    const doc = templateFor('balikpapan');
    expect(doc['profil']).toBe('balikpapan');
    expect(doc['cakupan_wilayah']).toEqual(['64.71']);
    expect(doc['walidata']).toBe('Dinas Komunikasi dan Informatika Kota Balikpapan');
  });
});

describe('completeness', () => {
  test('per group and overall; a full document scores higher than a template', () => {
    const full = validateMetadata('sdi-dataset', fixture('sdi-dataset.valid.json')).completeness;
    const empty = validateMetadata('sdi-dataset', templateFor('sdi-dataset')).completeness;
    expect(empty.score).toBe(0);
    expect(full.score).toBeGreaterThan(0.8);
    const identitas = full.groups.find((g) => g.group === 'identitas');
    expect(identitas).toMatchObject({ requiredTotal: 3, requiredFilled: 3 });
    expect(full.groups.map((g) => g.group)).toEqual([
      'identitas',
      'organisasi',
      'cakupan',
      'standar',
      'akses',
      'rujukan',
    ]);
  });

  test('a filled field with a problem does not count as filled', () => {
    const doc = fixture('sdi-dataset.valid.json');
    const ok = validateMetadata('sdi-dataset', doc).completeness.score;
    const bad = validateMetadata('sdi-dataset', { ...doc, frekuensi: 'kadang-kadang' }).completeness
      .score;
    expect(bad).toBeLessThan(ok);
  });
});
