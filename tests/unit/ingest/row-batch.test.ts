// Row batches sent to the writer thread: one joined string with a separator no cell holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRows, encodeRows } from '../../../src/main/core/ingest/row-batch';
import type { GridRow } from '../../../src/shared/model/dataset';

describe('encodeRows / decodeRows', () => {
  it('joins the cells with a separator that no cell contains', () => {
    const rows: GridRow[] = [
      { line: 2, cells: ['a\u0000b', 'c'] },
      { line: 5, cells: ['', '\u0001'] },
    ];
    const batch = encodeRows(rows);
    expect(batch.kind).toBe('joined');
    if (batch.kind === 'joined') {
      expect(batch.sep).toBe('\u0002');
      expect([...batch.lines]).toEqual([2, 5]);
      expect([...batch.counts]).toEqual([2, 2]);
    }
    expect(decodeRows(batch)).toEqual(rows);
  });

  it('keeps rows without cells, rows of one empty cell and ragged rows', () => {
    const rows: GridRow[] = [
      { line: 1, cells: [] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['', '', ''] },
      { line: 4, cells: [] },
    ];
    expect(decodeRows(encodeRows(rows))).toEqual(rows);
    expect(decodeRows(encodeRows([{ line: 9, cells: [] }]))).toEqual([{ line: 9, cells: [] }]);
  });

  it('falls back to plain arrays when every candidate separator occurs', () => {
    const all = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    const rows: GridRow[] = [{ line: 2, cells: [all, 'x'] }];
    const batch = encodeRows(rows);
    expect(batch.kind).toBe('plain');
    expect(decodeRows(batch)).toEqual(rows);
  });

  it('round-trips any rows', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', '\u0000', '\u0001', '\u0002', ',', '😀', ''),
      maxLength: 5,
    });
    const row = fc.record({
      line: fc.integer({ min: 1, max: 1_000_000 }),
      cells: fc.array(cell, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 10 }), (rows) => {
        expect(decodeRows(encodeRows(rows))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
