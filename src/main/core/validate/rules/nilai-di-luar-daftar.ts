import { defineRule } from '../define-rule';
import { isValueRow, truncate } from '../rule-helpers';
import { CellKind } from '../types';

/** A value outside the list (enum) declared for the column. */
export default defineRule({
  code: 'nilai-di-luar-daftar',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns
      .filter((c) => c.declared.enum !== undefined && c.declared.enum.length > 0)
      .map((c) => {
        const list = c.declared.enum ?? [];
        const lower = new Map(list.map((v) => [v.trim().toLowerCase(), v]));
        return {
          index: c.index,
          allowed: new Set(list),
          lower,
          text: truncate(list.join(', '), 120),
        };
      });
    if (cols.length === 0) return {};
    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (const c of cols) {
          const k = row.kinds[c.index];
          if (k === CellKind.Empty || k === CellKind.Blank) continue;
          const v = row.cells[c.index] ?? '';
          if (c.allowed.has(v)) continue;
          ctx.report({
            row: row.line,
            column: c.index,
            value: v,
            suggestion: c.lower.get(v.trim().toLowerCase()) ?? null,
            params: { value: v, allowed: c.text },
          });
        }
      },
    };
  },
});
