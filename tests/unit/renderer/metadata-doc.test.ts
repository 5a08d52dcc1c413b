import { describe, expect, it } from 'vitest';
import {
  carryOver,
  getIn,
  initialDoc,
  isBlank,
  mergePrefill,
  pointerParts,
  pruneBlank,
  sameDoc,
  setIn,
  stableStringify,
  toPointer,
} from '../../../src/renderer/screens/metadata/metadata-doc';

describe('blank values', () => {
  it('counts what the service counts as missing', () => {
    for (const v of [undefined, null, '', '   ', [], [''], {}, { a: '', b: [] }]) {
      expect(isBlank(v), JSON.stringify(v)).toBe(true);
    }
    for (const v of ['x', 0, false, ['a'], { a: 'x' }]) {
      expect(isBlank(v), JSON.stringify(v)).toBe(false);
    }
  });

  it('prunes blanks but keeps list items in place', () => {
    const doc = {
      judul: '  ',
      deskripsi: 'Isi',
      kontak: { nama: 'Budi', email: '' },
      kata_kunci: [],
      jadwal: [{ tahap: '' }, { tahap: 'desain', mulai: '' }],
    };
    expect(pruneBlank(doc)).toEqual({
      deskripsi: 'Isi',
      kontak: { nama: 'Budi' },
      jadwal: [{}, { tahap: 'desain' }],
    });
  });

  it('compares documents ignoring blanks and key order', () => {
    expect(sameDoc({ a: 'x', b: '' }, { a: 'x' })).toBe(true);
    expect(sameDoc({ a: { y: 1, x: 2 } }, { a: { x: 2, y: 1 } })).toBe(true);
    expect(sameDoc({ a: 'x' }, { a: 'y' })).toBe(false);
    expect(stableStringify({ b: 1, a: [1, { d: 1, c: 2 }] })).toBe('{"a":[1,{"c":2,"d":1}],"b":1}');
  });
});

describe('paths', () => {
  it('reads and writes JSON pointers', () => {
    expect(pointerParts('/kolom/2/kode_referensi/sistem')).toEqual([
      'kolom',
      '2',
      'kode_referensi',
      'sistem',
    ]);
    expect(pointerParts('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(toPointer(['a/b', 3])).toBe('/a~1b/3');
    expect(pointerParts('')).toEqual([]);
  });

  it('sets values without touching the original, creating what is missing', () => {
    const doc = { kontak: { nama: 'Budi' }, kolom: [{ nama: 'a' }] };
    const next = setIn(doc, ['kontak', 'email'], 'b@x.id');
    expect(next).toEqual({ kontak: { nama: 'Budi', email: 'b@x.id' }, kolom: [{ nama: 'a' }] });
    expect(doc.kontak).toEqual({ nama: 'Budi' });
    expect(next.kolom).toBe(doc.kolom);
    expect(setIn(doc, ['kolom', 1, 'nama'], 'b').kolom).toEqual([{ nama: 'a' }, { nama: 'b' }]);
    expect(setIn({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(getIn(next, ['kolom', 0, 'nama'])).toBe('a');
    expect(getIn(next, ['kolom', 5, 'nama'])).toBeUndefined();
  });
});

describe('prefill merge', () => {
  it('fills only blank fields and names what it filled', () => {
    const current = {
      profil: 'sdi-dataset',
      judul: 'Judul yang ditulis petugas',
      periode_awal: '',
      kontak: { nama: 'Budi', email: '' },
    };
    const found = {
      profil: 'sdi-dataset',
      judul: 'Penduduk Kecamatan',
      periode_awal: '2023',
      periode_akhir: '2024',
      kontak: { nama: 'Lain', email: 'x@y.id' },
      satuan: '',
    };
    const merged = mergePrefill(current, found);
    expect(merged.doc['judul']).toBe('Judul yang ditulis petugas');
    expect(merged.doc['periode_awal']).toBe('2023');
    expect(merged.doc['periode_akhir']).toBe('2024');
    expect(merged.doc['kontak']).toEqual({ nama: 'Budi', email: 'x@y.id' });
    expect(merged.filled).toEqual(['periode_awal', 'periode_akhir', 'kontak']);
    expect(current.periode_awal).toBe('');
  });

  it('merges the column dictionary entry by entry, by column name', () => {
    const current = {
      kolom: [{ nama: 'jumlah', konsep: 'Penduduk', satuan: '' }],
    };
    const found = {
      kolom: [
        { nama: 'kecamatan', peran: 'wilayah' },
        { nama: 'jumlah', peran: 'ukuran', satuan: 'Jiwa', konsep: 'Lain' },
      ],
    };
    const merged = mergePrefill(current, found, 'kolom');
    expect(merged.doc['kolom']).toEqual([
      { nama: 'jumlah', konsep: 'Penduduk', satuan: 'Jiwa', peran: 'ukuran' },
      { nama: 'kecamatan', peran: 'wilayah' },
    ]);
    expect(merged.columns).toBe(2);
    expect(merged.filled).toEqual(['kolom']);
    expect(mergePrefill(merged.doc, found, 'kolom').filled).toEqual([]);
  });
});

describe('profiles and drafts', () => {
  const fields = [
    { key: 'profil' },
    { key: 'judul' },
    { key: 'walidata', default: 'Diskominfo' },
    { key: 'cakupan_wilayah', default: ['64.71'] },
  ];

  it('starts a document with the profile name and its defaults', () => {
    const doc = initialDoc('balikpapan', fields);
    expect(doc).toEqual({
      profil: 'balikpapan',
      walidata: 'Diskominfo',
      cakupan_wilayah: ['64.71'],
    });
    (doc['cakupan_wilayah'] as string[]).push('64.72');
    expect(fields[3]?.default).toEqual(['64.71']);
  });

  it('carries filled values the new profile also has and names the rest', () => {
    const from = { profil: 'sdi-dataset', judul: 'A', walidata: '', topik: 'x' };
    const { doc, dropped } = carryOver(from, 'balikpapan', fields);
    expect(doc).toEqual({
      profil: 'balikpapan',
      judul: 'A',
      walidata: 'Diskominfo',
      cakupan_wilayah: ['64.71'],
    });
    expect(dropped).toEqual(['topik']);
  });
});
