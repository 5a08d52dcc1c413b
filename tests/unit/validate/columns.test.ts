import { describe, expect, it } from 'vitest';
import { buildColumns } from '../../../src/main/core/validate/columns';
import type { InputColumn } from '../../../src/main/core/validate/types';

function cols(...labels: string[]): InputColumn[] {
  return labels.map((label, index) => ({ index, label, name: '' }));
}

describe('buildColumns', () => {
  it('derives roles from names and the first rows', () => {
    const sample = [
      [
        '1',
        '64.71.01',
        'Balikpapan Timur',
        'LAKI-LAKI',
        '53.020',
        'JIWA',
        '2024',
        'ok',
        '6471014507850003',
      ],
      [
        '2',
        '64.71.02',
        'Balikpapan Barat',
        'PEREMPUAN',
        '50240',
        'JIWA',
        '2024',
        '',
        '6471011203880001',
      ],
      [
        '3',
        '64.71.03',
        'Balikpapan Utara',
        'LAKI-LAKI',
        '61870',
        'JIWA',
        '2024',
        '',
        '6471025511900002',
      ],
      [
        '4',
        '64.71.04',
        'Balikpapan Tengah',
        'PEREMPUAN',
        '57260',
        'JIWA',
        '2024',
        '',
        '6471020101800004',
      ],
    ];
    const c = buildColumns(
      cols(
        'No',
        'Kode Kecamatan',
        'Kecamatan',
        'Jenis Kelamin',
        'Jumlah Penduduk',
        'Satuan',
        'Tahun',
        'Keterangan',
        'NIK',
      ),
      { sample },
    );
    expect(c.map((x) => x.role)).toEqual([
      'row-number',
      'region-code',
      'region-name',
      'category',
      'measure',
      'unit',
      'year',
      'free-text',
      'identifier',
    ]);
    expect(c[1]).toMatchObject({
      regionLevel: 'kecamatan',
      codeSystem: 'kemendagri',
      required: true,
      isKey: true,
    });
    expect(c[2]).toMatchObject({ regionLevel: 'kecamatan', isKey: true });
    expect(c[3]?.referenceList?.id).toBe('jenis-kelamin');
    expect(c[4]).toMatchObject({
      isMeasure: true,
      isCount: true,
      isKey: false,
      name: 'jumlah_penduduk',
    });
    expect(c[5]).toMatchObject({ required: true, isKey: false });
    expect(c[7]).toMatchObject({ isKey: false });
  });

  it('prefers declared facts', () => {
    const c = buildColumns(
      [
        {
          index: 0,
          label: 'wil',
          name: 'wil',
          declared: { codeSystem: 'bps', level: 'kecamatan', required: false },
        },
      ],
      { sample: [['6471010']] },
    );
    expect(c[0]).toMatchObject({
      role: 'region-code',
      codeSystem: 'bps',
      regionLevel: 'kecamatan',
      required: false,
    });
  });
});
