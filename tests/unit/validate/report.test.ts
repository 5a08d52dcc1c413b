import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/shared/model/finding';
import { buildReport, findingPenalty } from '../../../src/main/core/validate/report';

function f(partial: Partial<Finding>): Finding {
  return {
    code: 'nilai-wajib-kosong',
    severity: 'error',
    category: 'constraint',
    row: 2,
    column: 'satuan',
    columnIndex: 0,
    value: '',
    message: 'm',
    suggestion: null,
    ...partial,
  };
}

describe('buildReport', () => {
  it('counts per severity, category and principle', () => {
    const r = buildReport(
      [
        f({}),
        f({ severity: 'warning', category: 'format', code: 'spasi-berlebih' }),
        f({ severity: 'info', category: 'metadata', code: 'metadata-tidak-ada', row: null }),
        f({ category: 'reference', code: 'kode-wilayah-tidak-dikenal' }),
        f({ category: 'privacy', code: 'data-pribadi', row: null }),
      ],
      { rowCount: 100, lang: 'id' },
    );
    expect(r.valid).toBe(false);
    expect(r.summary).toMatchObject({ errors: 3, warnings: 1, infos: 1 });
    expect(r.summary.byCategory.constraint).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(r.summary.byCategory.format).toEqual({ errors: 0, warnings: 1, infos: 0 });
    expect(r.summary.byPrinciple['standar-data']).toMatchObject({ errors: 1 });
    expect(r.summary.byPrinciple.interoperabilitas).toMatchObject({ warnings: 1 });
    expect(r.summary.byPrinciple['kode-referensi']).toMatchObject({ errors: 1 });
    expect(r.summary.byPrinciple.privasi).toMatchObject({ errors: 1 });
    expect(r.summary.byPrinciple.metadata).toMatchObject({ infos: 1, score: 100 });
  });

  it('scores 100 without findings and valid', () => {
    const r = buildReport([], { rowCount: 10, lang: 'en' });
    expect(r.valid).toBe(true);
    for (const p of Object.values(r.summary.byPrinciple)) expect(p.score).toBe(100);
  });

  it('weighs errors more than warnings and spread more than one cell', () => {
    expect(findingPenalty(f({}), 100)).toBeCloseTo(10.4);
    expect(findingPenalty(f({ severity: 'warning' }), 100)).toBeCloseTo(3.12);
    expect(findingPenalty(f({ count: 100, rows: [2, 3] }), 100)).toBe(50);
    expect(findingPenalty(f({ row: null }), 100)).toBe(20);
    expect(findingPenalty(f({ severity: 'info' }), 100)).toBe(0);
    const r = buildReport([f({ count: 100 }), f({ count: 100 }), f({ count: 100 })], {
      rowCount: 100,
      lang: 'id',
    });
    expect(r.summary.byPrinciple['standar-data'].score).toBe(0);
  });
});
