import { describe, expect, it } from 'vitest';
import { runValidation } from '../../../src/main/core/validate/engine';
import { buildColumns } from '../../../src/main/core/validate/columns';
import { RegionAnalysis } from '../../../src/main/core/validate/region-analysis';
import { isTotalWord } from '../../../src/main/core/validate/row-kind';
import type { InputColumn } from '../../../src/main/core/validate/types';
import { createBalikpapanLookup } from '../../rules/support/balikpapan-regions';

function cols(...labels: string[]): InputColumn[] {
  return labels.map((label, index) => ({ index, label, name: label }));
}

describe('RegionAnalysis', () => {
  const regions = createBalikpapanLookup();
  const columns = buildColumns(cols('kode_kecamatan', 'kode_kelurahan'), { sample: [], regions });
  const ra = new RegionAnalysis(regions, columns);
  const kec = columns[0];
  const kel = columns[1];

  it('classifies codes by level, system and edition, never by stripping dots', () => {
    if (!kec || !kel) throw new Error('columns');
    expect(ra.code(kec, '64.71.02')).toMatchObject({
      status: 'ok',
      entry: { name: 'Balikpapan Barat' },
    });
    expect(ra.code(kec, '647102')).toMatchObject({
      status: 'ok',
      style: 'undotted',
      code: '64.71.02',
    });
    // BPS 6471020 is Balikpapan Timur, not Kemendagri 64.71.02 (Barat)
    expect(ra.code(kec, '6471020')).toMatchObject({ status: 'other-system', looksLike: 'bps' });
    expect(ra.code(kec, '64.71.07')).toMatchObject({ status: 'unknown' });
    expect(ra.code(kec, '64.71')).toMatchObject({ status: 'wrong-level' });
    expect(ra.code(kel, '64.71.03.106')).toMatchObject({ status: 'malformed' });
    expect(ra.code(kel, '64.71.05.1005')).toMatchObject({
      status: 'obsolete',
      obsolete: { current: '64.71.06.1005' },
    });
    expect(ra.code(kel, '  ')).toBeUndefined();
  });

  it('compares names strictly, as variants, or as mismatches', () => {
    const barat = regions.byCode('64.71.02');
    const gunung = regions.byCode('64.71.03.1002');
    if (!barat || !gunung) throw new Error('lookup');
    expect(ra.nameMatch(barat, 'KEC. BALIKPAPAN BARAT')).toBe('ok');
    expect(ra.nameMatch(barat, 'Balikpapan Timur')).toBe('mismatch');
    expect(ra.nameMatch(gunung, 'Gn. Samarinda')).toBe('variant');
  });

  it('knows a higher-level name in a lower-level column', () => {
    expect(ra.isHigherLevelName('Kota Balikpapan', 'kecamatan')).toBe(true);
    expect(ra.isHigherLevelName('Balikpapan Kota', 'kecamatan')).toBe(false);
  });
});

describe('lookups are memoised', () => {
  it('looks each distinct code up once however many rows repeat it', async () => {
    const regions = createBalikpapanLookup();
    const rows = Array.from({ length: 3000 }, (_v, i) => ({
      line: i + 2,
      cells: [
        `64.71.0${(i % 6) + 1}`,
        [
          'Balikpapan Timur',
          'Balikpapan Barat',
          'Balikpapan Utara',
          'Balikpapan Tengah',
          'Balikpapan Selatan',
          'Balikpapan Kota',
        ][i % 6] ?? '',
      ],
    }));
    const report = await runValidation(
      {
        columns: cols('kode_kecamatan', 'nama_kecamatan'),
        headerRow: 1,
        rows,
        context: { lang: 'id', regions },
      },
      { exclude: ['baris-duplikat'] },
    );
    expect(report.findings.filter((f) => f.row !== null)).toEqual([]);
    expect(regions.calls.byCode).toBeLessThan(30);
  });
});

describe('isTotalWord', () => {
  it('recognises total labels and not categories that start alike', () => {
    for (const s of [
      'JUMLAH',
      'Jumlah',
      'Total',
      'Sub Total',
      'subtotal',
      'Jumlah Kecamatan',
      ' Total: ',
      'Grand Total',
    ]) {
      expect(isTotalWord(s), s).toBe(true);
    }
    for (const s of ['Jumlah Penduduk Miskin', 'Teritip', 'Sepinggan', 'Total Bangunan Baru', '']) {
      expect(isTotalWord(s), s).toBe(false);
    }
  });
});
