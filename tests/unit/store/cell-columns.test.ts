// Per-cell findings kept in columns: what goes in comes out (nulls included), the capacity is
// a hard limit, and a packed set survives a trip through structured clone with its buffers
// transferred (as from the validation worker to the host).
import { describe, expect, it } from 'vitest';
import { CellColumns, cellAt } from '../../../src/main/core/store/cell-columns';
import type { CellFinding } from '../../../src/shared/model/finding';

const cell = (over: Partial<CellFinding>): CellFinding => ({
  code: 'spasi-berlebih',
  severity: 'warning',
  row: 2,
  column: 'nama',
  columnIndex: 1,
  value: ' x',
  suggestion: 'x',
  ...over,
});

describe('CellColumns', () => {
  it('returns every kept cell as it was pushed, nulls included', () => {
    const cells = [
      cell({}),
      cell({ code: 'nik-terdeteksi', severity: 'error', row: null, columnIndex: null }),
      cell({ severity: 'info', value: null, suggestion: null, row: 1_000_001 }),
    ];
    const c = new CellColumns(10);
    for (const x of cells) expect(c.push(x)).toBe(true);
    const { packed, transfer } = c.pack();
    const copy = structuredClone(packed, { transfer });
    expect(copy.count).toBe(3);
    expect([0, 1, 2].map((i) => cellAt(copy, i))).toEqual(
      cells.map(({ column: _label, ...rest }) => rest),
    );
  });

  it('keeps at most its capacity and says so', () => {
    const c = new CellColumns(2);
    expect(c.push(cell({ row: 1 }))).toBe(true);
    expect(c.push(cell({ row: 2 }))).toBe(false);
    expect(c.push(cell({ row: 3 }))).toBe(false);
    const { packed } = c.pack();
    expect(packed.count).toBe(2);
    expect(cellAt(packed, 1).row).toBe(2);
    expect(new CellColumns(0).push(cell({}))).toBe(false);
  });
});
