import { defineRule } from '../define-rule';
import { isValueRow } from '../rule-helpers';
import { CellKind } from '../types';

/**
 * An identifier or code destroyed by Excel's scientific notation (`6.47103E+15`): in every
 * column that is not a measure.
 */
export default defineRule({
  code: 'identitas-notasi-ilmiah',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns.filter((c) => !c.isMeasure && c.role !== 'year').map((c) => c.index);
    if (cols.length === 0) return {};
    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (const i of cols) {
          if (row.kinds[i] !== CellKind.Sci) continue;
          const v = row.cells[i] ?? '';
          ctx.report({ row: row.line, column: i, value: v, params: { value: v }, group: '' });
        }
      },
    };
  },
});
