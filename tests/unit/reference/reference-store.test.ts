import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { allObsoleteEntries } from '../../../src/main/core/reference/obsolete-codes';
import {
  openReferenceStore,
  referenceStorePath,
  type ReferenceStore,
} from '../../../src/main/core/reference/reference-store';

let dir: string;
let store: ReferenceStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'satudata-ref-'));
  store = openReferenceStore({ dir });
});

afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('edition and counts', () => {
  test('counts every level of the bundled edition (38 / 514 / 7,285 / 83,762)', () => {
    const s = store.stats();
    expect(s.counts).toEqual({ provinsi: 38, kabupaten_kota: 514, kecamatan: 7285, desa: 83762 });
    expect(s.villageKinds).toEqual({ kelurahan: 8496, desa: 75252, desaAdat: 14 });
  });

  test('names the edition honestly: decree and package version', () => {
    const s = store.stats();
    expect(s.edition).toBe('kemendagri-2025');
    expect(s.source).toEqual({ package: 'idn-area-data', version: '4.0.1' });
    expect(s.editionLabel.id).toContain('300.2.2-2138');
    expect(s.editionLabel.en).toContain('idn-area-data package 4.0.1');
  });
});

describe('lookup by code', () => {
  test('finds regions at every level with official names', () => {
    expect(store.byCode('64')).toEqual({
      code: '64',
      name: 'Kalimantan Timur',
      level: 'provinsi',
      parent: null,
    });
    expect(store.byCode('64.71')).toEqual({
      code: '64.71',
      name: 'Kota Balikpapan',
      level: 'kabupaten_kota',
      parent: '64',
    });
    expect(store.byCode('64.71.05')).toEqual({
      code: '64.71.05',
      name: 'Balikpapan Selatan',
      level: 'kecamatan',
      parent: '64.71',
    });
    expect(store.byCode('64.71.03.1005')?.name).toBe('Gunung Samarinda Baru');
    expect(store.byCode(' 64.71.05.1010 ')?.name).toBe('Sungainangka');
  });

  test('never rewrites a code: BPS-style digits are not Kemendagri codes', () => {
    expect(store.byCode('6471')).toBeUndefined();
    expect(store.byCode('6471020')).toBeUndefined();
    expect(store.byCode('64.71.07')).toBeUndefined();
    expect(store.byCode('')).toBeUndefined();
  });

  test('children, parent and ancestors', () => {
    expect(store.children('64.71').map((r) => r.name)).toEqual([
      'Balikpapan Timur',
      'Balikpapan Barat',
      'Balikpapan Utara',
      'Balikpapan Tengah',
      'Balikpapan Selatan',
      'Balikpapan Kota',
    ]);
    expect(store.children('64.71.06').map((r) => `${r.code} ${r.name}`)).toEqual([
      '64.71.06.1001 Prapatan',
      '64.71.06.1002 Telaga Sari',
      '64.71.06.1003 Klandasan Ulu',
      '64.71.06.1004 Klandasan Ilir',
      '64.71.06.1005 Damai',
    ]);
    expect(store.children(null)).toHaveLength(38);
    expect(store.children('64.71.05.1010')).toEqual([]);
    expect(store.parent('64.71.05.1010')?.name).toBe('Balikpapan Selatan');
    expect(store.parent('64')).toBeUndefined();
    expect(store.ancestors('64.71.05.1010').map((r) => r.code)).toEqual([
      '64',
      '64.71',
      '64.71.05',
    ]);
  });
});

describe('lookup by name', () => {
  test('"Kel. Gn. Samarinda Baru" → 64.71.03.1005', () => {
    const [first] = store.find('Kel. Gn. Samarinda Baru');
    expect(first).toMatchObject({
      code: '64.71.03.1005',
      name: 'Gunung Samarinda Baru',
      level: 'desa',
      score: 1,
    });
  });

  test.each([
    'KELURAHAN GUNUNG SAMARINDA BARU',
    'kel gn samarinda baru',
    'Gn Samarinda Baru',
    '  gunung   samarinda-baru ',
    'Kel.Gn.Samarinda Baru',
  ])('any case, spacing and prefix: %s', (name) => {
    expect(store.find(name)[0]?.code).toBe('64.71.03.1005');
  });

  test('level prefixes choose between kota and kabupaten', () => {
    expect(store.find('Kota Balikpapan')[0]?.code).toBe('64.71');
    expect(store.find('Kec. Balikpapan Kota')[0]?.code).toBe('64.71.06');
    expect(store.find('Kab. Bogor')[0]?.code).toBe('32.01');
    expect(store.find('Kabupaten Bogor')[0]?.code).toBe('32.01');
    expect(store.find('Kota Bogor')[0]?.code).toBe('32.71');
    expect(store.find('Provinsi Kalimantan Timur')[0]?.code).toBe('64');
  });

  test('known aliases and spelling variants', () => {
    const sungai = store.find('Sungai Nangka', { parentCode: '64.71' })[0];
    expect(sungai).toMatchObject({
      code: '64.71.05.1010',
      name: 'Sungainangka',
      alias: 'Sungai Nangka',
    });
    expect(store.find('Mekarsari', { parentCode: '64.71' })[0]?.code).toBe('64.71.04.1005');
    expect(store.find('Karingau')[0]?.code).toBe('64.71.02.1004');
    expect(store.find('Gn. Samarinda', { parentCode: '64.71' })[0]?.code).toBe('64.71.03.1002');
    expect(store.find('DI Yogyakarta')[0]?.code).toBe('34');
  });

  test('fuzzy ranking tolerates typos', () => {
    expect(store.find('Balikpapn Selatn')[0]?.code).toBe('64.71.05');
    expect(store.find('Klandasan Ilr', { level: 'desa' })[0]?.code).toBe('64.71.06.1004');
  });

  test('filters by level and parent; results best first within the limit', () => {
    const kec = store.find('Balikpapan', { level: 'kecamatan', limit: 20 });
    expect(kec.length).toBeGreaterThanOrEqual(6);
    expect(kec.every((m) => m.level === 'kecamatan')).toBe(true);
    const under = store.find('Damai', { parentCode: '64.71' });
    expect(under.every((m) => m.code.startsWith('64.71.'))).toBe(true);
    expect(under[0]?.code).toBe('64.71.06.1005');
    const many = store.find('Sukamaju', { limit: 5 });
    expect(many).toHaveLength(5);
    for (let i = 1; i < many.length; i++)
      expect(many[i - 1]!.score).toBeGreaterThanOrEqual(many[i]!.score);
    for (const m of many) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
    }
  });

  test('empty or punctuation-only names find nothing', () => {
    expect(store.find('')).toEqual([]);
    expect(store.find(' .,- ')).toEqual([]);
  });
});

describe('names written in data', () => {
  test('exact, normalised, alias and different', () => {
    expect(store.checkName('64.71.05', 'Balikpapan Selatan')?.match).toBe('exact');
    expect(store.checkName('64.71.05', 'BALIKPAPAN SELATAN')?.match).toBe('normalized');
    expect(store.checkName('64.71', 'KOTA BALIKPAPAN')?.match).toBe('normalized');
    expect(store.checkName('64.71.03.1002', 'Gn. Samarinda')?.match).toBe('normalized');
    expect(store.checkName('64.71.05.1010', 'Sungai Nangka')?.match).toBe('alias');
    expect(store.checkName('64.71.04.1005', 'Mekarsari')?.match).toBe('alias');
    expect(store.checkName('64.71.02', 'Balikpapan Timur')?.match).toBe('different');
    expect(store.checkName('64.71', 'Kabupaten Balikpapan')?.match).toBe('different');
    expect(store.checkName('64.71.07', 'Balikpapan Kota')).toBeUndefined();
  });
});

describe('obsolete codes', () => {
  test('Balikpapan 2012: old Balikpapan Selatan codes point to Balikpapan Kota', () => {
    const damai = store.isObsolete('64.71.05.1005');
    expect(damai).toMatchObject({
      current: '64.71.06.1005',
      name: 'Damai',
      certainty: 'inferred',
      change: 'balikpapan-2012',
    });
    expect(damai?.reason).toContain('2012');
    expect(damai?.reasonEn).toContain('64.71.06.1005');
    expect(store.isObsolete('64.71.05.1007')).toMatchObject({
      current: '64.71.06.1002',
      certainty: 'guess',
    });
  });

  test('a code that exists in the edition is never obsolete', () => {
    expect(store.isObsolete('64.71.05.1002')).toBeUndefined(); // Sepinggan, still valid
    expect(store.isObsolete('64.71.06.1005')).toBeUndefined();
    expect(store.isObsolete('99.99')).toBeUndefined();
  });

  test('every shipped change: old code absent, current code present with the same name', () => {
    const entries = allObsoleteEntries();
    expect(entries).toHaveLength(5);
    for (const e of entries) {
      expect(store.byCode(e.code)).toBeUndefined();
      expect(store.byCode(e.current)?.name).toBe(e.name);
    }
  });

  test('moved names under their old kecamatan', () => {
    expect(store.movedFrom('Damai', '64.71.05')?.current).toBe('64.71.06.1005');
    expect(store.movedFrom('KLANDASAN ULU', '64.71.05')?.current).toBe('64.71.06.1003');
    expect(store.movedFrom('Damai Baru', '64.71.05')).toBeUndefined();
    expect(store.movedFrom('Damai', '64.71.06')).toBeUndefined();
  });
});

describe('BPS codes are a separate system', () => {
  test('the shipped BPS list maps to Kemendagri codes without touching dots', () => {
    expect(store.bpsToKemendagri('6471020')).toBe('64.71.01'); // Balikpapan Timur, not 64.71.02 (Barat)
    expect(store.bpsToKemendagri('6471011')).toBe('64.71.06');
    expect(store.kemendagriToBps('64.71.05')).toBe('6471010');
    expect(store.bpsToKemendagri('64.71.02')).toBeUndefined();
    const list = store.lists().find((l) => l.id === 'bps-kecamatan-balikpapan');
    expect(list).toMatchObject({
      system: 'bps',
      builtin: true,
      mapsTo: 'kemendagri',
      entryCount: 8,
    });
  });

  test('every mapped code exists and its name agrees with the Kemendagri name', () => {
    const list = store.list('bps-kecamatan-balikpapan');
    expect(list).toBeDefined();
    for (const e of list!.entries()) {
      expect(e.mapped).toBeTruthy();
      const check = store.checkName(e.mapped!, e.name);
      expect(check?.match === 'different', `${e.code} ${e.name} → ${e.mapped}`).toBe(false);
    }
  });
});

describe('building the store', () => {
  test('is reused on later starts (same file, not rebuilt)', () => {
    const path = referenceStorePath({ dir });
    const before = statSync(path).mtimeMs;
    const again = openReferenceStore({ dir });
    try {
      expect(again.path).toBe(path);
      expect(statSync(path).mtimeMs).toBe(before);
      expect(again.byCode('64.71.05')?.name).toBe('Balikpapan Selatan');
    } finally {
      again.close();
    }
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  test('a damaged store file is replaced by a fresh build', () => {
    const other = mkdtempSync(join(tmpdir(), 'satudata-ref-bad-'));
    try {
      const path = referenceStorePath({ dir: other });
      writeFileSync(path, 'not a database');
      const fresh = openReferenceStore({ dir: other });
      try {
        expect(fresh.stats().counts.desa).toBe(83762);
      } finally {
        fresh.close();
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  test('a missing source refuses with a clear error and leaves no file', () => {
    const other = mkdtempSync(join(tmpdir(), 'satudata-ref-nosrc-'));
    try {
      let caught: unknown;
      try {
        openReferenceStore({ dir: other, sourceDir: join(other, 'nowhere', 'data') });
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).code).toBe('reference-source-missing');
      expect(readdirSync(other)).toEqual([]);
      expect(existsSync(join(other, 'nowhere'))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
