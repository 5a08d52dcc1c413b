import { describe, expect, it } from 'vitest';
import { dottedCode } from '../../../src/main/core/clean/steps/reconcile-region';
import { validateStep } from '../../../src/main/core/clean/recipe';
import { balikpapanRegions, run, table } from './helpers';

describe('reconcile-region', () => {
  it('names → official code and name, creating the code column before the names', () => {
    const regions = balikpapanRegions();
    const input = table(
      ['nama_kelurahan', 'n'],
      [
        ['Gn. Samarinda', '4'],
        ['Sungai Nangka', '3'],
        ['Kel. Mekar Sari', '2'],
        ['GUNUNG SAMARINDA', '1'],
      ],
    );
    const step = validateStep(
      {
        op: 'reconcile-region',
        level: 'desa',
        nameColumn: 'nama_kelurahan',
        codeColumn: 'kode_kelurahan',
        parent: '64.71',
      },
      0,
    );
    const out = run(input, [step], { regions });
    expect(out.entry.status).toBe('applied');
    expect(out.names).toEqual(['kode_kelurahan', 'nama_kelurahan', 'n']);
    expect(out.cells).toEqual([
      ['64.71.03.1002', 'Gunung Samarinda', '4'],
      ['64.71.05.1010', 'Sungainangka', '3'],
      ['64.71.04.1005', 'Mekar Sari', '2'],
      ['64.71.03.1002', 'Gunung Samarinda', '1'],
    ]);
    expect(out.entry.counts).toMatchObject({ columnsAdded: 1, unparsed: 0 });
    expect(out.entry.review).toBeUndefined();
  });

  it('looks each distinct value up once', () => {
    const regions = balikpapanRegions();
    const rows = Array.from({ length: 500 }, (_, i) => [i % 2 ? 'Manggar' : 'Lamaru']);
    run(table(['kel'], rows), [{ op: 'reconcile-region', level: 'desa', nameColumn: 'kel' }], {
      regions,
    });
    expect(regions.lookups).toBe(2);
  });

  it('codes → official names; a code↔name mismatch goes to review, unchanged', () => {
    const input = table(
      ['kode_kecamatan', 'nama_kecamatan'],
      [
        ['64.71.01', 'BALIKPAPAN TIMUR'],
        ['64.71.02', 'BALIKPAPAN TIMUR'],
        ['6471011', 'BALIKPAPAN KOTA'],
        ['647104', 'Kec. Balikpapan Tengah'],
        ['64.71.09', 'Balikpapan Entah'],
        ['', ''],
      ],
    );
    const out = run(
      input,
      [
        {
          op: 'reconcile-region',
          level: 'kecamatan',
          codeColumn: 'kode_kecamatan',
          nameColumn: 'nama_kecamatan',
          nameCase: 'upper',
        },
      ],
      { regions: balikpapanRegions() },
    );
    expect(out.cells).toEqual([
      ['64.71.01', 'BALIKPAPAN TIMUR'],
      ['64.71.02', 'BALIKPAPAN TIMUR'],
      ['64.71.06', 'BALIKPAPAN KOTA'],
      ['64.71.04', 'BALIKPAPAN TENGAH'],
      ['64.71.09', 'Balikpapan Entah'],
      ['', ''],
    ]);
    expect(out.entry.counts.unparsed).toBe(2);
    const review = out.entry.review ?? [];
    expect(review.map((r) => [r.code, r.reason.code, r.lines])).toEqual([
      ['64.71.02', 'region-code-name-mismatch', [3]],
      ['64.71.09', 'region-code-unknown', [6]],
    ]);
    expect(review[0]?.candidates[0]).toMatchObject({ code: '64.71.02', name: 'Balikpapan Barat' });
    expect(review[0]?.candidates.map((c) => c.code)).toContain('64.71.01');
    expect(review[0]?.reason.messageEn).toBe(
      'Code 64.71.02 is Balikpapan Barat, but the name says "BALIKPAPAN TIMUR".',
    );
  });

  it('an ambiguous name is not guessed', () => {
    const out = run(
      table(['kel'], [['Sepinggan Baru Raya'], ['Damai']]),
      [{ op: 'reconcile-region', level: 'desa', nameColumn: 'kel', parent: '6471' }],
      { regions: balikpapanRegions() },
    );
    expect(out.cells).toEqual([['Sepinggan Baru Raya'], ['Damai']]);
    expect(out.entry.review?.map((r) => r.reason.code)).toEqual(['region-name-uncertain']);
  });

  it('restricts to the parent given per row', () => {
    const out = run(
      table(
        ['kode_kec', 'kel'],
        [
          ['64.71.06', 'Damai'],
          ['64.71.05', 'Damai'],
        ],
      ),
      [
        {
          op: 'reconcile-region',
          level: 'desa',
          nameColumn: 'kel',
          codeColumn: 'kode_kel',
          parentColumn: 'kode_kec',
        },
      ],
      { regions: balikpapanRegions() },
    );
    expect(out.names).toEqual(['kode_kec', 'kode_kel', 'kel']);
    expect(out.cells[0]).toEqual(['64.71.06', '64.71.06.1005', 'Damai']);
    expect(out.cells[1]?.[1]).toBe('');
    expect(out.entry.review?.[0]?.reason.code).toBe('region-name-not-found');
  });

  it('is skipped without reference data and when its columns are missing', () => {
    const t = table(['nama'], [['x']]);
    const step = { op: 'reconcile-region', level: 'kecamatan', nameColumn: 'nama' } as const;
    expect(run(t, [step]).entry.reason?.code).toBe('reference-unavailable');
    expect(
      run(t, [{ ...step, nameColumn: 'nama_kecamatan' }], { regions: balikpapanRegions() }).entry
        .reason?.code,
    ).toBe('column-missing');
  });

  it('dots only the exact Kemendagri lengths, never a BPS code', () => {
    expect(dottedCode('6471')).toBe('64.71');
    expect(dottedCode('647101')).toBe('64.71.01');
    expect(dottedCode('6471011001')).toBe('64.71.01.1001');
    expect(dottedCode('6471020')).toBe('6471020');
  });
});
