import { defineRule } from '../define-rule';
import { duplicateIndex } from '../duplicate-index';

/**
 * A row identical to an earlier one (all cells except row-counter columns, compared by 64-bit
 * hashes, see duplicate-index.ts). The repeated row is reported; the first occurrence is the
 * one to keep.
 */
export default defineRule({
  code: 'baris-duplikat',
  scope: 'table',
  create(ctx) {
    const index = duplicateIndex(ctx);
    return {
      row(row) {
        index.add(row);
      },
      end() {
        const r = index.repeatedRows();
        for (let i = 0; i < r.size; i++) {
          const first = r.identicalTo(i);
          if (first === 0) continue;
          ctx.report({ row: r.line(i), params: { first }, group: String(first) });
        }
      },
    };
  },
});
