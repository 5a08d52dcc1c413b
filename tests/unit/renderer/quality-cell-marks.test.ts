import { describe, expect, it } from 'vitest';
import type { CellDetail } from '../../../src/shared/api/validation';
import { CellMarks, worstSeverity } from '../../../src/renderer/screens/validation/cell-marks';

const cells: CellDetail[] = [
  {
    code: 'baris-duplikat',
    severity: 'error',
    row: 7,
    columnIndex: null,
    value: null,
    suggestion: null,
  },
  {
    code: 'spasi-berlebih',
    severity: 'warning',
    row: 9,
    columnIndex: 2,
    value: 'a ',
    suggestion: 'a',
  },
  {
    code: 'tipe-tidak-sesuai',
    severity: 'error',
    row: 9,
    columnIndex: 2,
    value: 'x',
    suggestion: null,
  },
  {
    code: 'metadata-tidak-ada',
    severity: 'warning',
    row: null,
    columnIndex: null,
    value: null,
    suggestion: null,
  },
];

function fake(all: CellDetail[], pageLimit: number) {
  const queries: { row?: number; limit: number }[] = [];
  const fetch = (q: { row?: number; limit: number }) => {
    queries.push(q);
    const matching = all.filter((c) => q.row === undefined || c.row === q.row);
    const limit = Math.min(q.limit, pageLimit);
    return Promise.resolve({
      ok: true as const,
      value: { cells: matching.slice(0, limit), nextAfter: matching.length > limit ? limit : null },
    });
  };
  return { fetch, queries };
}

describe('cell marks', () => {
  it('takes the worst severity', () => {
    expect(
      worstSeverity([{ severity: 'info' }, { severity: 'error' }, { severity: 'warning' }]),
    ).toBe('error');
    expect(worstSeverity([])).toBeUndefined();
  });

  it('loads a small run whole with one request', async () => {
    const { fetch, queries } = fake(cells, 5000);
    let changes = 0;
    const marks = new CellMarks(fetch, () => (changes += 1));
    await marks.want([7, 8, 9]);
    expect(marks.complete).toBe(true);
    expect(queries).toHaveLength(1);
    expect(changes).toBe(1);
    expect(worstSeverity(marks.cell(9, 2))).toBe('error');
    expect(marks.cell(7, null).map((h) => h.code)).toEqual(['baris-duplikat']);
    expect(marks.cell(8, 0)).toEqual([]);
  });

  it('fetches a large run per visible problem row only, once each', async () => {
    const { fetch, queries } = fake(cells, 2);
    const marks = new CellMarks(fetch, () => undefined, { allAtOnce: 2 });
    await marks.want([7, 8, 9], (line) => line !== 8);
    expect(marks.complete).toBe(false);
    expect(queries.slice(1).map((q) => q.row)).toEqual([7, 9]);
    await marks.want([7, 9]);
    expect(queries).toHaveLength(3);
    expect(
      marks
        .cell(9, 2)
        .map((h) => h.severity)
        .sort(),
    ).toEqual(['error', 'warning']);
  });

  it('forgets the oldest rows beyond its limit', async () => {
    const many: CellDetail[] = Array.from({ length: 30 }, (_, i) => ({
      code: 'spasi-berlebih',
      severity: 'warning',
      row: i + 2,
      columnIndex: 0,
      value: ' ',
      suggestion: '',
    }));
    const { fetch } = fake(many, 1);
    const marks = new CellMarks(fetch, () => undefined, { allAtOnce: 1, maxLines: 10 });
    await marks.want(many.map((c) => c.row ?? 0));
    expect(marks.hits(2)).toEqual([]);
    expect(marks.hits(31)).toHaveLength(1);
  });
});
