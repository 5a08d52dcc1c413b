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
        const r = index.repeatedRows();
        // first rows already reported
        const reported = new Set<number>();
        let params: { key: string; first: number } = { key: '', first: 0 };
        let group = '';
        for (let i = 0; i < r.size; i++) {
          if (r.sameValues[i] === 1) continue;
          const first = r.first[i] ?? 0;
          if (first !== params.first) {
            // the collector keeps the params of a group's first report only: share one object
            params = { key: index.keyText(i) ?? '', first };
            group = String(first);
          }
          if (!reported.has(first)) {
            reported.add(first);
            ctx.report({ row: first, params, group });
          }
          ctx.report({ row: r.line[i] ?? 0, params, group });
        }
      },
    };
  },
});
