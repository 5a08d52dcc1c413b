import { defineRule } from '../define-rule';
import { duplicateIndex } from '../duplicate-index';

/**
 * The same key with different values. The key is every non-measure column (codes, names,
 * categories, period), leaving out measures, satuan, free text and row counters; the values
 * are the measures and satuan. With a declared primary key, kunci-primer-duplikat reports
 * instead. Both rows of a conflict are listed.
 */
export default defineRule({
  code: 'duplikat-kunci-bertentangan',
  scope: 'table',
  create(ctx) {
    const index = duplicateIndex(ctx);
    const hasKey = ctx.columns.some((c) => c.isKey);
    if (index.usesPrimaryKey || !hasKey || index.valueCols.length === 0) return {};
    return {
      row(row) {
        index.add(row);
      },
      end() {
        const reported = new Set<number>();
        for (const r of index.repeatedRows()) {
          if (r.sameValues) continue;
          const first = r.first;
          const key = index.keyText(r.line) ?? '';
          const group = String(first);
          if (!reported.has(first)) {
            reported.add(first);
            ctx.report({ row: first, params: { key, first }, group });
          }
          ctx.report({ row: r.line, params: { key, first }, group });
        }
      },
    };
  },
});
