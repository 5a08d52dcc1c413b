import { defineRule } from '../define-rule';
import { parseIndonesianNumber } from '../number-format';
import { isValueRow } from '../rule-helpers';
import { CellKind } from '../types';

/** A number below the declared minimum or above the declared maximum. */
export default defineRule({
  code: 'nilai-di-luar-rentang',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns
      .filter((c) => c.declared.minimum !== undefined || c.declared.maximum !== undefined)
      .map((c) => {
        const { minimum: min, maximum: max } = c.declared;
        const range =
          min !== undefined && max !== undefined
            ? `${min}–${max}`
            : min !== undefined
              ? `≥ ${min}`
              : `≤ ${max ?? ''}`;
        return { index: c.index, min, max, range };
      });
    if (cols.length === 0) return {};
    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (const c of cols) {
          const k = row.kinds[c.index];
          if (
            k !== CellKind.Int &&
            k !== CellKind.Dec &&
            k !== CellKind.DotGroup &&
            k !== CellKind.IdNum &&
            k !== CellKind.Sci
          )
            continue;
          const v = row.cells[c.index] ?? '';
          const n = k === CellKind.IdNum ? parseIndonesianNumber(v, 'thousands')?.value : Number(v);
          if (n === undefined || Number.isNaN(n)) continue;
          if ((c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max)) {
            ctx.report({
              row: row.line,
              column: c.index,
              value: v,
              params: { value: v, range: c.range },
              group: '',
            });
          }
        }
      },
    };
  },
});
