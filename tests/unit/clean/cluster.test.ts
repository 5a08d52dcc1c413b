import { describe, expect, it } from 'vitest';
import {
  clusterToStep,
  clusterValues,
  fingerprintKey,
  indonesianKey,
  levenshtein,
  ngramKey,
  type ClusterMethod,
} from '../../../src/main/core/clean/cluster';
import { run, table } from './helpers';

const counts = (entries: [string, number][]) => new Map(entries);
const groups = (values: Map<string, number>, method: ClusterMethod) =>
  clusterValues(values, { method }).map((c) => c.values.map((v) => v.value).sort());

describe('keys', () => {
  it('fingerprint: case, accents, punctuation and word order', () => {
    expect(fingerprintKey(' Balikpapan  TIMUR ')).toBe('balikpapan timur');
    expect(fingerprintKey('Timur, Balikpapan')).toBe('balikpapan timur');
    expect(fingerprintKey('Café')).toBe('cafe');
  });

  it('ngram: ignores spaces', () => {
    expect(ngramKey('Sungai Nangka')).toBe(ngramKey('Sungainangka'));
  });

  it('indonesian: prefixes, abbreviations and old spellings', () => {
    expect(indonesianKey('Gn. Samarinda')).toBe('gunungsamarinda');
    expect(indonesianKey('Kel. Gunung Samarinda')).toBe('gunungsamarinda');
    expect(indonesianKey('KOTA BALIKPAPAN')).toBe('balikpapan');
    expect(indonesianKey('Balikpapan Kota')).toBe('balikpapankota');
    expect(indonesianKey('Kecamatan Soekadjadi')).toBe(indonesianKey('Sukajadi'));
    expect(indonesianKey('Tjilatjap')).toBe(indonesianKey('Cilacap'));
    expect(indonesianKey('Djakarta')).toBe('jakarta');
    expect(indonesianKey('Tj. Priok')).toBe('tanjungpriok');
    expect(indonesianKey('Sei Nangka')).toBe(indonesianKey('Sungai Nangka'));
    expect(indonesianKey('Kota')).toBe('kota');
  });

  it('levenshtein with a limit', () => {
    expect(levenshtein('kariangau', 'karingau')).toBe(1);
    expect(levenshtein('puskesmas', 'pkm')).toBe(6);
    expect(levenshtein('puskesmas', 'pkm', 2)).toBe(3);
  });
});

describe('clusterValues', () => {
  const kelurahan = counts([
    ['Gunung Samarinda', 5],
    ['Gn. Samarinda', 2],
    ['GUNUNG SAMARINDA', 5],
    ['Sungai Nangka', 3],
    ['Sungainangka', 1],
    ['Kariangau', 4],
    ['Karingau', 1],
    ['Mekar Sari', 2],
    ['Mekarsari', 2],
    ['Puskesmas', 12],
    ['PKM', 1],
    ['Baru Ilir', 3],
    ['Baru Ulu', 3],
  ]);

  it('fingerprint groups case variants only', () => {
    expect(groups(kelurahan, 'fingerprint')).toEqual([['GUNUNG SAMARINDA', 'Gunung Samarinda']]);
  });

  it('ngram joins spacing variants', () => {
    expect(groups(kelurahan, 'ngram')).toEqual(
      expect.arrayContaining([
        ['Sungai Nangka', 'Sungainangka'],
        ['Mekar Sari', 'Mekarsari'],
      ]),
    );
  });

  it('indonesian joins Gn./Gunung and spacing variants', () => {
    const g = groups(kelurahan, 'indonesian');
    expect(g).toContainEqual(['GUNUNG SAMARINDA', 'Gn. Samarinda', 'Gunung Samarinda']);
    expect(g).toContainEqual(['Sungai Nangka', 'Sungainangka']);
    expect(g).toContainEqual(['Mekar Sari', 'Mekarsari']);
  });

  it('levenshtein joins typos but not different short names', () => {
    const g = groups(kelurahan, 'levenshtein');
    expect(g).toContainEqual(['Kariangau', 'Karingau']);
    expect(g).toContainEqual(['Sungai Nangka', 'Sungainangka']);
    expect(g.flat()).not.toContain('Baru Ilir');
  });

  it('never clusters PKM with Puskesmas (different words: map by hand)', () => {
    for (const method of ['fingerprint', 'ngram', 'levenshtein', 'indonesian'] as const) {
      const g = groups(kelurahan, method);
      expect(g.some((c) => c.includes('PKM') && c.includes('Puskesmas'))).toBe(false);
    }
  });

  it('suggests the most frequent value, a tie going to the better-cased form', () => {
    const c = clusterValues(kelurahan, { method: 'indonesian' });
    const gunung = c.find((x) => x.values.some((v) => v.value === 'Gn. Samarinda'));
    expect(gunung?.suggested).toBe('Gunung Samarinda');
    expect(gunung?.values.map((v) => v.count)).toEqual([5, 5, 2]);
    const sungai = c.find((x) => x.values.some((v) => v.value === 'Sungainangka'));
    expect(sungai?.suggested).toBe('Sungai Nangka');
    const mekar = c.find((x) => x.values.some((v) => v.value === 'Mekarsari'));
    expect(mekar?.suggested).toBe('Mekar Sari');
  });

  it('is deterministic whatever the insertion order', () => {
    const reversed = new Map([...kelurahan.entries()].reverse());
    for (const method of ['fingerprint', 'ngram', 'levenshtein', 'indonesian'] as const) {
      expect(clusterValues(reversed, { method })).toEqual(clusterValues(kelurahan, { method }));
    }
  });
});

describe('clusterToStep', () => {
  it('turns the chosen canonical values into one map-values step that applies', () => {
    const step = clusterToStep('nama_kelurahan', [
      {
        values: ['Gn. Samarinda', 'GUNUNG SAMARINDA', 'Gunung Samarinda'],
        canonical: 'Gunung Samarinda',
      },
      {
        values: [{ value: 'Sungai Nangka' }, { value: 'Sungainangka' }],
        canonical: 'Sungainangka',
      },
    ]);
    expect(step).toEqual({
      op: 'map-values',
      column: 'nama_kelurahan',
      mapping: {
        'Gn. Samarinda': 'Gunung Samarinda',
        'GUNUNG SAMARINDA': 'Gunung Samarinda',
        'Sungai Nangka': 'Sungainangka',
      },
    });
    const out = run(
      table(['nama_kelurahan'], [['Gn. Samarinda'], ['Sungai Nangka'], ['Manggar']]),
      [step],
    );
    expect(out.cells).toEqual([['Gunung Samarinda'], ['Sungainangka'], ['Manggar']]);
  });

  it('keeps a value called __proto__ as data', () => {
    const step = clusterToStep('x', [{ values: ['__proto__', 'a'], canonical: 'a' }]);
    expect(Object.keys(step.mapping)).toEqual(['__proto__']);
  });
});
