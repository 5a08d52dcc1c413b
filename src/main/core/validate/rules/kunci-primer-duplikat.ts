import { defineRule } from '../define-rule';
import { duplicateIndex } from '../duplicate-index';

/**
 * The declared primary key repeated in another row (compared by 64-bit hashes). Rows that are
 * identical throughout are left to baris-duplikat.
 */
export default defineRule({
  code: 'kunci-primer-duplikat',
  scope: 'table',
  create(ctx) {
    const index = duplicateIndex(ctx);
    if (!index.usesPrimaryKey) return {};
    const pk = index.keyCols;
    return {
      row(row) {
        index.add(row);
      },
      end() {
        const r = index.repeatedRows();
        const column = pk.length === 1 ? (pk[0] ?? null) : null;
        for (let i = 0; i < r.size; i++) {
          if (r.identicalTo(i) !== 0) continue;
          const value = index.keyText(i) ?? null;
          const first = r.first(i);
          ctx.report({ row: r.line(i), column, value, params: { value: value ?? '', first } });
        }
      },
    };
  },
});
