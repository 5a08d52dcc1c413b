import { describe, expect, it } from 'vitest';
import type { MetadataProblem, ProfileField } from '../../../src/shared/model/metadata';
import {
  columnDictionaryKey,
  dictionaryRows,
  entryIndexFor,
  isDescribed,
  newColumnEntry,
  standardFilled,
  upsertColumnEntry,
} from '../../../src/renderer/screens/metadata/column-standard';
import {
  countByTopKey,
  isPlainRequired,
  problemsAt,
  problemsOutside,
  problemsUnder,
  problemText,
  rebaseProblems,
} from '../../../src/renderer/screens/metadata/problems';

const ORDER = ['kode_kecamatan', 'nama_kecamatan', 'jenis_kelamin', 'jumlah_penduduk', 'tahun'];

describe('column dictionary', () => {
  it('finds the profile’s column dictionary field', () => {
    const f = (key: string, widget?: string) =>
      ({ key, ...(widget ? { widget } : {}) }) as unknown as ProfileField;
    expect(columnDictionaryKey([f('judul'), f('kolom', 'column-dictionary')])).toBe('kolom');
    expect(columnDictionaryKey([f('nama'), f('konsep')])).toBeUndefined();
  });

  it('replaces an entry by name, or inserts it in the data’s column order', () => {
    const list = [{ nama: 'kode_kecamatan' }, { nama: 'jumlah_penduduk', satuan: 'Jiwa' }];
    expect(upsertColumnEntry(list, { nama: 'jumlah_penduduk', konsep: 'Penduduk' }, ORDER)).toEqual(
      [{ nama: 'kode_kecamatan' }, { nama: 'jumlah_penduduk', konsep: 'Penduduk' }],
    );
    expect(upsertColumnEntry(list, { nama: 'jenis_kelamin' }, ORDER).map((e) => e['nama'])).toEqual(
      ['kode_kecamatan', 'jenis_kelamin', 'jumlah_penduduk'],
    );
    expect(upsertColumnEntry(list, { nama: 'tahun' }, ORDER).map((e) => e['nama'])).toEqual([
      'kode_kecamatan',
      'jumlah_penduduk',
      'tahun',
    ]);
    expect(upsertColumnEntry(list, { nama: 'kode_kecamatan_x' }, ORDER).length).toBe(3);
    expect(upsertColumnEntry(undefined, { nama: 'tahun' }, ORDER)).toEqual([{ nama: 'tahun' }]);
    expect(list.length).toBe(2);
  });

  it('lists the data’s columns with their entries, then entries not in the data', () => {
    const dataset = {
      columnList: ORDER.slice(0, 2).map((name, index) => ({
        index,
        name,
        label: name.toUpperCase(),
      })),
    };
    const rows = dictionaryRows(dataset, [
      { nama: 'lama', judul: 'Kolom lama' },
      { nama: 'nama_kecamatan', konsep: 'Wilayah' },
    ]);
    expect(rows.map((r) => [r.name, r.entryIndex, r.inData])).toEqual([
      ['kode_kecamatan', -1, true],
      ['nama_kecamatan', 1, true],
      ['lama', 0, false],
    ]);
    expect(rows[2]?.label).toBe('Kolom lama');
    expect(entryIndexFor([{ nama: 'a' }, { nama: 'b' }], { name: 'b' })).toBe(1);
    expect(entryIndexFor('x', { name: 'b' })).toBe(-1);
  });

  it('counts what is written and knows when a person described the column', () => {
    expect(standardFilled({ nama: 'x', satuan: 'Jiwa', tipe_data: 'teks', konsep: ' ' })).toBe(2);
    expect(isDescribed({ nama: 'x', peran: 'ukuran', satuan: 'Jiwa' })).toBe(false);
    expect(isDescribed({ nama: 'x', definisi: 'Semua orang…' })).toBe(true);
  });

  it('starts a new entry from the data’s suggestion for that column only', () => {
    const column = { name: 'jumlah', label: 'Jumlah penduduk' };
    expect(newColumnEntry(column)).toEqual({ nama: 'jumlah', judul: 'Jumlah penduduk' });
    expect(newColumnEntry(column, { nama: 'jumlah', peran: 'ukuran' })).toEqual({
      nama: 'jumlah',
      peran: 'ukuran',
    });
    expect(newColumnEntry(column, { nama: 'lain', peran: 'ukuran' })).toEqual({
      nama: 'jumlah',
      judul: 'Jumlah penduduk',
    });
  });
});

describe('problems next to their fields', () => {
  const p = (path: string, code = 'format-salah'): MetadataProblem => ({
    path,
    code,
    message: `id ${path}`,
    messageEn: `en ${path}`,
  });
  const problems = [
    p('/judul', 'wajib-diisi'),
    p('/kontak'),
    p('/kontak/email'),
    p('/kolom/2/satuan'),
    p('/kolom/12/konsep'),
    p('/tidak_dikenal', 'kolom-tidak-dikenal'),
  ];

  it('finds problems at a field, inside it, and relative to a sub-form', () => {
    expect(problemsAt(problems, '/kontak').map((x) => x.path)).toEqual(['/kontak']);
    expect(problemsUnder(problems, '/kontak').map((x) => x.path)).toEqual([
      '/kontak',
      '/kontak/email',
    ]);
    expect(problemsUnder(problems, '/kolom/1')).toEqual([]);
    expect(rebaseProblems(problems, '/kolom/2').map((x) => x.path)).toEqual(['/satuan']);
    expect(problemsUnder(problems, '').length).toBe(problems.length);
  });

  it('lists problems of fields the form does not show', () => {
    const shown = new Set(['judul', 'kontak', 'kolom']);
    expect(problemsOutside(problems, shown).map((x) => x.path)).toEqual(['/tidak_dikenal']);
    expect(countByTopKey(problems).get('kolom')).toBe(2);
  });

  it('says a plain missing value briefly and everything else in the service’s words', () => {
    expect(isPlainRequired(p('/judul', 'wajib-diisi'), true)).toBe(true);
    expect(isPlainRequired(p('/unit_sampel', 'wajib-diisi'), false)).toBe(false);
    expect(isPlainRequired(p('/judul', 'terlalu-pendek'), true)).toBe(false);
    expect(problemText(p('/judul'), 'en')).toBe('en /judul');
    expect(problemText(p('/judul'), 'id')).toBe('id /judul');
  });
});
