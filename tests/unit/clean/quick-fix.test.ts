import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../src/shared/issues/catalog';
import {
  QUICK_FIXES,
  hasQuickFix,
  quickFixFor,
  type FixableFinding,
} from '../../../src/main/core/clean/quick-fix';
import { validateStep } from '../../../src/main/core/clean/recipe';
import { shapeOf } from './helpers';

const shape = {
  columns: [
    { name: 'kode_kecamatan', label: 'Kode Kecamatan' },
    { name: 'nama_kecamatan', label: 'Nama Kecamatan' },
    { name: 'jenis_kelamin', label: 'jenis_kelamin' },
    { name: 'jumlah_penduduk', label: 'jumlah_penduduk' },
    { name: 'satuan', label: 'satuan' },
    { name: 'tanggal', label: 'tanggal' },
    { name: 'nik_kepala', label: 'nik_kepala' },
    { name: 'no', label: 'no' },
    { name: 'tahun_2023', label: '2023' },
    { name: 'tahun_2024', label: '2024' },
  ],
};

function finding(partial: Partial<FixableFinding> & { code: string }): FixableFinding {
  return { column: null, row: null, value: null, suggestion: null, ...partial };
}

describe('quickFixFor', () => {
  it.each([
    [
      finding({ code: 'spasi-berlebih', column: 'Nama Kecamatan', row: 5, value: ' Timur  Baru ' }),
      {
        op: 'set-cell',
        line: 5,
        column: 'nama_kecamatan',
        value: 'Timur Baru',
        from: ' Timur  Baru ',
      },
      { op: 'trim', columns: ['nama_kecamatan'], collapse: true },
    ],
    [
      finding({
        code: 'angka-format-indonesia',
        column: 'jumlah_penduduk',
        row: 19,
        value: '92.651',
        params: { number: '92651', style: 'thousands-dot' },
      }),
      { op: 'set-cell', line: 19, column: 'jumlah_penduduk', value: '92651', from: '92.651' },
      { op: 'parse-number', column: 'jumlah_penduduk', locale: 'id' },
    ],
    [
      finding({ code: 'format-tanggal-campur', column: 'tanggal', row: 4, value: '3-Agu-2024' }),
      { op: 'set-cell', line: 4, column: 'tanggal', value: '2024-08-03', from: '3-Agu-2024' },
      { op: 'parse-date', column: 'tanggal' },
    ],
    [
      finding({
        code: 'nilai-referensi-tidak-dikenal',
        column: 'jenis_kelamin',
        row: 15,
        value: 'L',
        suggestion: 'LAKI-LAKI',
      }),
      { op: 'set-cell', line: 15, column: 'jenis_kelamin', value: 'LAKI-LAKI', from: 'L' },
      { op: 'map-values', column: 'jenis_kelamin', mapping: { L: 'LAKI-LAKI' } },
    ],
    [
      finding({
        code: 'kode-wilayah-kedaluwarsa',
        column: 'Kode Kecamatan',
        row: 16,
        value: '64.71.05.1005',
        params: { current: '64.71.06.1005' },
      }),
      {
        op: 'set-cell',
        line: 16,
        column: 'kode_kecamatan',
        value: '64.71.06.1005',
        from: '64.71.05.1005',
      },
      { op: 'map-values', column: 'kode_kecamatan', mapping: { '64.71.05.1005': '64.71.06.1005' } },
    ],
    [
      finding({
        code: 'kode-nama-tidak-cocok',
        column: 'nama_kecamatan',
        row: 17,
        value: 'BALIKPAPAN TIMUR',
        params: { official: 'BALIKPAPAN BARAT' },
      }),
      {
        op: 'set-cell',
        line: 17,
        column: 'nama_kecamatan',
        value: 'BALIKPAPAN BARAT',
        from: 'BALIKPAPAN TIMUR',
      },
      null,
    ],
    [
      finding({ code: 'baris-total', column: 'nama_kecamatan', row: 27, value: 'JUMLAH' }),
      { op: 'drop-rows', lines: [27] },
      { op: 'drop-rows', where: [{ column: 'nama_kecamatan', test: 'equals', value: 'JUMLAH' }] },
    ],
    [
      finding({ code: 'baris-duplikat', row: 7, rows: [7] }),
      { op: 'drop-rows', lines: [7] },
      { op: 'dedupe' },
    ],
    [
      finding({ code: 'data-pribadi', column: 'nik_kepala' }),
      { op: 'mask-personal', columns: ['nik_kepala'], method: 'drop' },
      { op: 'mask-personal', columns: ['nik_kepala'], method: 'drop' },
    ],
    [
      finding({
        code: 'nama-kolom-bukan-snake-case',
        column: 'Kode Kecamatan',
        params: { label: 'Kode Kecamatan', name: 'kode_kec' },
      }),
      { op: 'rename-column', from: 'kode_kecamatan', to: 'kode_kec' },
      { op: 'rename-column', from: 'kode_kecamatan', to: 'kode_kec' },
    ],
    [
      finding({ code: 'format-lebar', params: { columns: '2023, 2024', kind: 'tahun' } }),
      {
        op: 'unpivot',
        columns: ['tahun_2023', 'tahun_2024'],
        nameColumn: 'tahun',
        valueColumn: 'nilai',
      },
      {
        op: 'unpivot',
        columns: ['tahun_2023', 'tahun_2024'],
        nameColumn: 'tahun',
        valueColumn: 'nilai',
      },
    ],
    [
      finding({
        code: 'kolom-kode-wilayah-hilang',
        column: 'nama_kecamatan',
        params: { level: 'kecamatan' },
      }),
      {
        op: 'reconcile-region',
        level: 'kecamatan',
        nameColumn: 'nama_kecamatan',
        codeColumn: 'kode_kecamatan',
      },
      {
        op: 'reconcile-region',
        level: 'kecamatan',
        nameColumn: 'nama_kecamatan',
        codeColumn: 'kode_kecamatan',
      },
    ],
    [
      finding({ code: 'kolom-nomor-urut', column: 'no' }),
      { op: 'drop-columns', columns: ['no'] },
      { op: 'drop-columns', columns: ['no'] },
    ],
  ])('%# %o', (f, one, all) => {
    expect(quickFixFor(f, 'one', shape)).toEqual(one);
    expect(quickFixFor(f, 'all', shape)).toEqual(all);
    if (one) validateStep(one, 0);
    if (all) validateStep(all, 0);
  });

  it('offers nothing where a fix would be a guess', () => {
    for (const code of [
      'penanda-nilai-hilang',
      'identitas-notasi-ilmiah',
      'duplikat-kunci-bertentangan',
    ]) {
      expect(
        quickFixFor(finding({ code, column: 'jumlah_penduduk', row: 2, value: '-' }), 'one', shape),
      ).toBeNull();
    }
    expect(hasQuickFix('kode-nama-tidak-cocok', 'all')).toBe(false);
  });

  it('offers nothing without what the fix needs', () => {
    expect(
      quickFixFor(
        finding({
          code: 'nilai-referensi-tidak-dikenal',
          column: 'jenis_kelamin',
          row: 2,
          value: 'X',
        }),
        'one',
        shape,
      ),
    ).toBeNull();
    expect(
      quickFixFor(
        finding({ code: 'spasi-berlebih', column: 'tidak_ada', row: 2, value: ' a' }),
        'all',
        shape,
      ),
    ).toBeNull();
    expect(
      quickFixFor(finding({ code: 'kode-tidak-dikenal-sama-sekali', column: 'no' }), 'all', shape),
    ).toBeNull();
  });

  it('prefers the column index when it agrees with the label', () => {
    const twoSame = shapeOf(['nama', 'nama_2'], ['Nama', 'Nama']);
    const f = finding({ code: 'data-pribadi', column: 'Nama', columnIndex: 1 });
    expect(quickFixFor(f, 'one', twoSame)).toEqual({
      op: 'mask-personal',
      columns: ['nama_2'],
      method: 'drop',
    });
  });

  it('maps only codes that exist in the finding catalog', () => {
    const known = new Set<string>(FINDING_CODES);
    expect(Object.keys(QUICK_FIXES).filter((c) => !known.has(c))).toEqual([]);
  });
});
