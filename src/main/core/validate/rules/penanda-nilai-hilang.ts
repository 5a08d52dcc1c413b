import { WEAK_MARKERS } from '../cell-kind';
import { defineRule } from '../define-rule';
import { expectsNumber, isValueRow } from '../rule-helpers';
import { CellKind } from '../types';

/**
 * A missing-value marker (`-`, `–`, `n/a`, `tidak ada`…) instead of a value. Weak markers
 * (`x`, `?`) count only in numeric, date and year columns. Markers the dataset declares as
 * missingValues are treated as empty and not reported.
 */
export default defineRule({
  code: 'penanda-nilai-hilang',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns
      .filter((c) => c.role !== 'free-text')
      .map((c) => ({
        index: c.index,
        weakAllowed: expectsNumber(c) || c.type === 'date' || c.role === 'year',
      }));
    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (const c of cols) {
          if (row.kinds[c.index] !== CellKind.Missing) continue;
          const v = row.cells[c.index] ?? '';
          if (!c.weakAllowed && WEAK_MARKERS.has(v.trim().toLowerCase())) continue;
          ctx.report({ row: row.line, column: c.index, value: v, params: { value: v } });
        }
      },
    };
  },
});
