import { defineRule } from '../define-rule';
import { duplicateIndex } from '../duplicate-index';

/** params cached per key number (a power of two) */
const CACHE_SIZE = 1 << 16;

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
        // per repeated key (r.key): its first row already reported
        const reported = new Uint8Array(r.keys);
        // the collector keeps the params of a group's first report only: one params object and
        // group text per key, made once — in a cache by key number (bounded: a key that lost
        // its place just makes them again)
        const cachedKey = new Int32Array(CACHE_SIZE).fill(-1);
        const cached = new Array<{ params: { key: string; first: number }; group: string }>(
          CACHE_SIZE,
        );
        for (let i = 0; i < r.size; i++) {
          if (r.sameValues(i)) continue;
          const first = r.first(i);
          const k = r.key(i);
          const at = k & (CACHE_SIZE - 1);
          let shared = cachedKey[at] === k ? cached[at] : undefined;
          if (shared === undefined) {
            shared = { params: { key: index.keyText(i) ?? '', first }, group: String(first) };
            cached[at] = shared;
            cachedKey[at] = k;
          }
          const { params, group } = shared;
          if (reported[k] === 0) {
            reported[k] = 1;
            ctx.report({ row: first, params, group });
          }
          ctx.report({ row: r.line(i), params, group });
        }
      },
    };
  },
});
