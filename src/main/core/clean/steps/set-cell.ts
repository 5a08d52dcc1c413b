import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumn, columnMissing } from '../columns';
import { columnRef, opSchema } from '../cells';

/**
 * A manual edit in the grid: the cell of `column` in the row(s) from source `line`. With `from`,
 * only a cell that still holds that value changes — so replaying the recipe on another file
 * never overwrites an unrelated value. A line that is not found is noted in the report.
 */
export const setCellStep: StepUnit<'set-cell'> = {
  op: 'set-cell',
  title: { id: 'Ubah sel', en: 'Edit cell' },
  paramsSchema: opSchema(
    'set-cell',
    {
      line: { type: 'integer', minimum: 1 },
      column: columnRef,
      value: { type: 'string', maxLength: 100000 },
      from: { type: 'string', maxLength: 100000 },
    },
    ['line', 'column', 'value'],
  ),
  plan(shape, p) {
    return resolveColumn(shape, p.column) < 0
      ? { ok: false, reason: columnMissing([p.column]) }
      : { ok: true, shape };
  },
  create(shape, p) {
    const col = resolveColumn(shape, p.column);
    const counts = newCounts();
    let seen = false;
    return {
      counts,
      row(row) {
        if (row.line !== p.line) return row;
        const current = row.cells[col] ?? '';
        if (p.from !== undefined && current !== p.from) return row;
        seen = true;
        if (current === p.value) return row;
        const cells = row.cells.slice();
        cells[col] = p.value;
        counts.cellsChanged++;
        return { line: row.line, cells };
      },
      details() {
        if (seen) return {};
        return {
          notes: [
            {
              code: 'row-not-found',
              message:
                p.from === undefined
                  ? `Baris ${p.line} tidak ditemukan; sel tidak diubah.`
                  : `Baris ${p.line} dengan nilai "${p.from}" pada kolom "${p.column}" tidak ditemukan; sel tidak diubah.`,
              messageEn:
                p.from === undefined
                  ? `Row ${p.line} was not found; no cell changed.`
                  : `Row ${p.line} with value "${p.from}" in column "${p.column}" was not found; no cell changed.`,
            },
          ],
        };
      },
    };
  },
};
