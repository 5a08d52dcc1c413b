import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  commonAncestor,
  isKemendagriCode,
  levelOfCode,
  looksLikeBpsCode,
  parentOfCode,
  regencyKind,
  villageKind,
} from '../../../src/main/core/reference/kemendagri-code';
import {
  basicNormalise,
  compact,
  normaliseName,
  normaliseOfficialName,
  queryVariants,
  trigrams,
} from '../../../src/main/core/reference/normalise-name';
import { levenshtein, nameSimilarity } from '../../../src/main/core/reference/similarity';

describe('normalising names', () => {
  test('case, diacritics, punctuation and spacing', () => {
    expect(basicNormalise('  Gunung   SAMARINDA-Baru. ')).toBe('gunung samarinda baru');
    expect(basicNormalise('Soka"an')).toBe('sokaan');
    expect(basicNormalise('Regapu’u')).toBe('regapuu');
    expect(basicNormalise('Lubuk Pakam I,II')).toBe('lubuk pakam i ii');
  });

  test('word abbreviations from the alias table', () => {
    expect(normaliseName('Gn. Samarinda')).toBe('gunung samarinda');
    expect(normaliseName('GN SAMARINDA')).toBe('gunung samarinda');
    expect(normaliseName('Kep. Riau')).toBe('kepulauan riau');
    expect(normaliseName('Tg. Redeb')).toBe('tanjung redeb');
  });

  test.each([
    ['Kab. Paser', 'kabupaten', 'paser'],
    ['Kab Paser', 'kabupaten', 'paser'],
    ['KABUPATEN PASER', 'kabupaten', 'paser'],
    ['Kota Balikpapan', 'kota', 'balikpapan'],
    ['Kec. Balikpapan Kota', 'kecamatan', 'balikpapan kota'],
    ['Kecamatan Balikpapan Kota', 'kecamatan', 'balikpapan kota'],
    ['Kel. Damai', 'kelurahan', 'damai'],
    ['Kel Damai', 'kelurahan', 'damai'],
    ['Kelurahan Damai', 'kelurahan', 'damai'],
    ['Desa Sukamaju', 'desa', 'sukamaju'],
    ['Prov. Kalimantan Timur', 'provinsi', 'kalimantan timur'],
    ['Kota Adm. Jakarta Pusat', 'kota', 'jakarta pusat'],
  ])('prefix of %s → %s + %s', (text, hint, norm) => {
    const [stripped, literal] = queryVariants(text);
    expect(stripped).toEqual({ norm, hint });
    expect(literal?.literal).toBe(true);
  });

  test('a lone prefix word is a name, not a prefix', () => {
    expect(queryVariants('Kota')).toEqual([{ norm: 'kota' }]);
    expect(queryVariants('Balikpapan Kota')).toEqual([{ norm: 'balikpapan kota' }]);
    expect(queryVariants('')).toEqual([]);
  });

  test('official names lose only their own level word', () => {
    expect(normaliseOfficialName('Kota Balikpapan', 'kabupaten_kota')).toBe('balikpapan');
    expect(normaliseOfficialName('Kabupaten Administrasi Kepulauan Seribu', 'kabupaten_kota')).toBe(
      'kepulauan seribu',
    );
    expect(normaliseOfficialName('Kota Baru', 'kecamatan')).toBe('kota baru');
    expect(normaliseOfficialName('Desa Baru', 'desa')).toBe('desa baru');
  });

  test('compact form and trigrams', () => {
    expect(compact('sungai nangka')).toBe(compact('sungainangka'));
    expect([...trigrams('ab')].sort()).toEqual(['  a', ' ab', 'ab '].sort());
  });
});

describe('similarity', () => {
  test('levenshtein basics', () => {
    expect(levenshtein('kariangau', 'karingau')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });

  test('equal names score 1, spacing-only differences 0.97', () => {
    expect(nameSimilarity('damai', 'damai')).toBe(1);
    expect(nameSimilarity('sungai nangka', 'sungainangka')).toBe(0.97);
    expect(nameSimilarity('damai', 'damai baru')).toBeLessThan(0.96);
  });

  test('score lies in [0, 1], is symmetric and is 1 only for equal names', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8}){0,2}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        const s = nameSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(nameSimilarity(b, a)).toBeCloseTo(s, 10);
        expect(s === 1).toBe(a === b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Kemendagri code shapes', () => {
  test('levels and parents', () => {
    expect(levelOfCode('64')).toBe('provinsi');
    expect(levelOfCode('64.71')).toBe('kabupaten_kota');
    expect(levelOfCode('64.71.05')).toBe('kecamatan');
    expect(levelOfCode('64.71.05.1010')).toBe('desa');
    expect(levelOfCode('6471')).toBeUndefined();
    expect(levelOfCode('64.71.5')).toBeUndefined();
    expect(parentOfCode('64.71.05.1010')).toBe('64.71.05');
    expect(parentOfCode('64')).toBeNull();
    expect(parentOfCode('64.7')).toBeUndefined();
    expect(isKemendagriCode('64.71.03.106')).toBe(false);
  });

  test('kinds and BPS look-alikes', () => {
    expect(regencyKind('64.71')).toBe('kota');
    expect(regencyKind('64.09')).toBe('kabupaten');
    expect(villageKind('64.71.05.1010')).toBe('kelurahan');
    expect(villageKind('11.01.01.2001')).toBe('desa');
    expect(villageKind('11.01.01.3001')).toBe('desa-adat');
    expect(looksLikeBpsCode('6471020')).toBe(true);
    expect(looksLikeBpsCode('64.71.02')).toBe(false);
  });

  test('common ancestor of codes', () => {
    expect(commonAncestor(['64.71.01', '64.71.06.1005'])).toBe('64.71');
    expect(commonAncestor(['64.71.05'])).toBe('64.71.05');
    expect(commonAncestor(['64.71', '63.71'])).toBeUndefined();
    expect(commonAncestor(['bad'])).toBeUndefined();
  });
});
