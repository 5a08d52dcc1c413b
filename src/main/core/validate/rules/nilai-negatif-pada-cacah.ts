import { defineRule } from '../define-rule';
import { parseIndonesianNumber } from '../number-format';
import { isValueRow } from '../rule-helpers';
import { CellKind } from '../types';

/** A negative value in a count column (jumlah_*, banyak_*, or declared isCount). */
export default defineRule({
  code: 'nilai-negatif-pada-cacah',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns.filter((c) => c.isCount).map((c) => c.index);
    if (cols.length === 0) return {};
    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (const i of cols) {
          const k = row.kinds[i];
          const v = row.cells[i] ?? '';
          let negative = false;
          if (k === CellKind.Int || k === CellKind.Dec || k === CellKind.DotGroup) {
            negative = v.trimStart().charCodeAt(0) === 45;
          } else if (k === CellKind.IdNum) {
            negative = (parseIndonesianNumber(v, 'thousands')?.value ?? 0) < 0;
          }
          if (negative) {
            ctx.report({
              row: row.line,
              column: i,
              value: v,
              params: { value: v },
              group: '',
            });
          }
        }
      },
    };
  },
});
