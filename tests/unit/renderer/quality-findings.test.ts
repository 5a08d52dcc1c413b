import { describe, expect, it } from 'vitest';
import type { Finding, ReportSummary } from '../../../src/shared/model/finding';
import {
  exampleRows,
  findingMessage,
  findingTarget,
  findingTitle,
  groupFindings,
  principleRows,
  scoreTone,
} from '../../../src/renderer/screens/validation/finding-groups';

function finding(p: Partial<Finding> & Pick<Finding, 'code' | 'severity'>): Finding {
  return {
    category: 'constraint',
    row: null,
    column: null,
    columnIndex: null,
    value: null,
    message: 'pesan tersimpan',
    suggestion: null,
    ...p,
  };
}

describe('finding groups', () => {
  const findings = [
    finding({
      code: 'spasi-berlebih',
      severity: 'warning',
      category: 'format',
      row: 4,
      column: 'nama',
      columnIndex: 1,
    }),
    finding({
      code: 'nilai-referensi-tidak-dikenal',
      severity: 'error',
      category: 'reference',
      row: 16,
      column: 'jk',
      columnIndex: 6,
      value: 'P',
      params: { value: 'P', list: 'Jenis Kelamin', column: 'jk' },
    }),
    finding({
      code: 'nilai-referensi-tidak-dikenal',
      severity: 'error',
      category: 'reference',
      row: 15,
      column: 'jk',
      columnIndex: 6,
      value: 'L',
    }),
    finding({ code: 'baris-duplikat', severity: 'error', category: 'duplicate', row: 7 }),
    finding({
      code: 'nilai-wajib-kosong',
      severity: 'error',
      row: 13,
      rows: [13, 14],
      count: 2,
      column: 'satuan',
      columnIndex: 8,
    }),
  ];

  it('groups by rule, errors first, then larger groups', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.code, g.count])).toEqual([
      ['nilai-referensi-tidak-dikenal', 2],
      ['nilai-wajib-kosong', 2],
      ['baris-duplikat', 1],
      ['spasi-berlebih', 1],
    ]);
    expect(groups[0]?.findings.map((f) => f.row)).toEqual([15, 16]);
    expect(groups[0]?.principle).toBe('kode-referensi');
    expect(groups[2]?.principle).toBe('standar-data');
  });

  it('explains a finding from the catalog by code and params, in both languages', () => {
    expect(findingTitle('baris-duplikat', 'id')).toBe('Baris duplikat');
    expect(findingTitle('baris-duplikat', 'en')).not.toBe(findingTitle('baris-duplikat', 'id'));
    expect(findingTitle('kode-tak-dikenal-ui', 'id')).toBe('kode-tak-dikenal-ui');
    const f = findings[1] as Finding;
    expect(findingMessage(f, 'id')).toContain('"P"');
    expect(findingMessage(f, 'id')).not.toBe('pesan tersimpan');
  });

  it('points a click at the first row and the column', () => {
    expect(findingTarget(findings[3] as Finding, 2)).toEqual({ line: 7, column: null });
    expect(findingTarget(findings[4] as Finding, 2)).toEqual({ line: 13, column: 8 });
    expect(
      findingTarget(finding({ code: 'x', severity: 'info', column: 'a', columnIndex: 3 }), 2),
    ).toEqual({ line: 2, column: 3 });
    expect(
      findingTarget(finding({ code: 'metadata-tidak-ada', severity: 'warning' }), 2),
    ).toBeNull();
    expect(exampleRows(findings[4] as Finding)).toEqual([13, 14]);
  });

  it('scores the five principles in order with words for each level', () => {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    const summary = {
      ...counts,
      byCategory: {},
      byPrinciple: {
        'standar-data': { errors: 3, warnings: 1, infos: 0, score: 60 },
        metadata: { ...counts, score: 94 },
        interoperabilitas: { errors: 1, warnings: 1, infos: 0, score: 85.4 },
        'kode-referensi': { errors: 5, warnings: 0, infos: 0, score: 42 },
        privasi: { ...counts, score: 100 },
      },
    } as unknown as ReportSummary;
    expect(principleRows(summary).map((r) => [r.principle, r.score, r.tone])).toEqual([
      ['standar-data', 60, 'poor'],
      ['metadata', 94, 'good'],
      ['interoperabilitas', 85, 'fair'],
      ['kode-referensi', 42, 'poor'],
      ['privasi', 100, 'good'],
    ]);
    expect(scoreTone(90)).toBe('good');
    expect(scoreTone(69)).toBe('poor');
  });
});
