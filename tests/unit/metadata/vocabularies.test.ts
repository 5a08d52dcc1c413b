import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import {
  getVocabulary,
  listVocabularies,
  lookupVocabularyValue,
  vocabularyShapeProblems,
  vocabularyValues,
} from '../../../src/main/core/metadata/vocabularies';

const files = readdirSync(new URL('../../../resources/vocabularies/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

describe('every vocabulary', () => {
  test('every file in resources/vocabularies is registered under its file name', () => {
    expect(
      listVocabularies()
        .map((v) => v.id)
        .sort(),
    ).toEqual(files);
  });

  test.each(files)('%s: well-formed, Indonesian and English labels, no duplicate codes', (id) => {
    const v = getVocabulary(id);
    expect(vocabularyShapeProblems(v)).toEqual([]);
    expect(v.title.id).not.toBe('');
    expect(v.title.en).not.toBe('');
    expect(v.source.length).toBeGreaterThan(10);
    const codes = v.values.map((x) => x.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const value of v.values) {
      expect(value.label.id.trim()).not.toBe('');
      expect(value.label.en.trim()).not.toBe('');
      if (value.parent !== undefined) expect(codes).toContain(value.parent);
    }
    const labels = v.values.map((x) => `${x.parent ?? ''}|${x.label.id.toLowerCase()}`);
    expect(new Set(labels).size, 'duplicate Indonesian labels').toBe(labels.length);
  });

  test('the shape check catches what it should', () => {
    expect(
      vocabularyShapeProblems({
        id: 'x',
        title: { id: 'X', en: 'X' },
        source: 'test source',
        values: [],
      }),
    ).toEqual(['values']);
    const dup = vocabularyShapeProblems({
      id: 'x',
      title: { id: 'X', en: 'X' },
      source: 'test source',
      values: [
        { code: 'a', label: { id: 'A', en: 'A' } },
        { code: 'a', label: { id: 'B', en: '' } },
        { code: 'c', label: { id: 'C', en: 'C' }, parent: 'zz' },
      ],
    });
    expect(dup).toEqual(['values[1].code duplicate a', 'values[1].label', 'values[2].parent']);
  });

  test('an unknown vocabulary is an error listing the known ones', () => {
    expect(() => getVocabulary('nope')).toThrow(AppError);
    expect(() => getVocabulary('nope')).toThrow(/frekuensi/);
  });
});

describe('contents', () => {
  test('frekuensi: Harian … Dua Tahunan, Ad-hoc, mapped to DCAT and POD', () => {
    const v = getVocabulary('frekuensi');
    expect(v.values.map((x) => x.label.id)).toEqual([
      'Harian',
      'Mingguan',
      'Bulanan',
      'Triwulanan',
      'Empat Bulanan',
      'Semesteran',
      'Tahunan',
      'Dua Tahunan',
      'Ad-hoc',
    ]);
    expect(v.values.find((x) => x.code === 'tahunan')?.map).toMatchObject({ pod: 'R/P1Y' });
    expect(v.values.find((x) => x.code === 'tahunan')?.map?.['dcat']).toMatch(/frequency\/ANNUAL$/);
  });

  test('klasifikasi akses, jenis kelamin, agama, pendidikan, tingkat penyajian, lisensi, satuan', () => {
    expect(vocabularyValues('klasifikasi-akses').map((x) => x.label.id)).toEqual([
      'Terbuka',
      'Terbatas',
      'Tertutup',
    ]);
    expect(vocabularyValues('jenis-kelamin').map((x) => `${x.code} ${x.label.id}`)).toEqual([
      '1 Laki-laki',
      '2 Perempuan',
    ]);
    expect(vocabularyValues('agama')).toHaveLength(7);
    expect(vocabularyValues('pendidikan')).toHaveLength(10);
    expect(vocabularyValues('tingkat-penyajian').map((x) => x.code)).toContain('kecamatan');
    expect(vocabularyValues('lisensi').find((x) => x.code === 'cc-by-4.0')?.map?.['ckan']).toBe(
      'cc-by',
    );
    expect(vocabularyValues('satuan').length).toBeGreaterThan(20);
  });

  test('topik: the portal topic list with sub-topics', () => {
    expect(vocabularyValues('topik', 'roots')).toHaveLength(10);
    const sub = vocabularyValues('topik', 'children').find((x) => x.label.id === 'Kependudukan');
    expect(sub?.parent).toBe('pemerintahan_umum');
  });

  test('urusan pemerintahan: Permendagri 90/2019 codes', () => {
    const u = getVocabulary('urusan-pemerintahan');
    expect(u.values.find((x) => x.code === '2.12')?.label.id).toBe(
      'Administrasi Kependudukan dan Pencatatan Sipil',
    );
    expect(u.values.find((x) => x.code === '7.01')?.parent).toBe('7');
    expect(u.values.filter((x) => x.verified === false).length).toBeGreaterThan(0);
  });

  test('lookup by code, label (id or en) and alias', () => {
    expect(lookupVocabularyValue('frekuensi', 'Tahunan')?.code).toBe('tahunan');
    expect(lookupVocabularyValue('frekuensi', 'annual')?.code).toBe('tahunan');
    expect(lookupVocabularyValue('jenis-kelamin', 'L')?.code).toBe('1');
    expect(lookupVocabularyValue('jenis-kelamin', 'PEREMPUAN')?.code).toBe('2');
    expect(lookupVocabularyValue('agama', 'Katholik')?.code).toBe('3');
    expect(lookupVocabularyValue('agama', 'Atheis')).toBeUndefined();
  });
});
