import { describe, expect, it } from 'vitest';
import { previewStep } from '../../../src/main/core/clean/preview';
import { table } from './helpers';

const sample = table(
  ['kode', 'jk', 'n'],
  [
    ['1', 'L', '1.000'],
    ['1', 'L', '1.000'],
    ['2', 'P', '2'],
  ],
);

describe('previewStep', () => {
  it('shows the changed cells', () => {
    const p = previewStep(sample.shape, sample.rows, {
      op: 'map-values',
      column: 'jk',
      mapping: { L: 'LAKI-LAKI' },
    });
    expect(p.status).toBe('applied');
    expect(p.changedCells).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(p.before).toEqual(sample.rows);
    expect(p.after[0]?.cells).toEqual(['1', 'LAKI-LAKI', '1.000']);
    expect(p.counts.cellsChanged).toBe(2);
    expect(sample.rows[0]?.cells[1]).toBe('L');
  });

  it('shows removed rows by line', () => {
    const p = previewStep(sample.shape, sample.rows, { op: 'dedupe' });
    expect(p.removedLines).toEqual([3]);
    expect(p.changedCells).toEqual([]);
    expect(p.counts.rowsRemoved).toBe(1);
  });

  it('marks a new column as changed and keeps other cells aligned by name', () => {
    const p = previewStep(sample.shape, sample.rows, {
      op: 'add-column',
      name: 'satuan',
      value: 'JIWA',
      after: 'kode',
    });
    expect(p.shape.columns.map((c) => c.name)).toEqual(['kode', 'satuan', 'jk', 'n']);
    expect(p.changedCells).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });

  it('explains a step that cannot apply', () => {
    const p = previewStep(sample.shape, sample.rows, { op: 'fill-down', columns: ['x'] });
    expect(p.status).toBe('skipped');
    expect(p.reason?.code).toBe('column-missing');
    expect(p.after).toEqual(sample.rows);
  });
});
