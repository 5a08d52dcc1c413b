import { defineRule } from '../define-rule';
import { rowHashes } from '../hash';
import { HashTable64 } from '../hash-table';

/**
 * A row identical to an earlier one (all cells except row-counter columns, compared by a
 * 64-bit hash). The repeated row is reported; the first occurrence is the one to keep.
 */
export default defineRule({
  code: 'baris-duplikat',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns.filter((c) => c.role !== 'row-number').map((c) => c.index);
    const seen = new HashTable64(Math.min(ctx.input.rowCount ?? 1024, 4_000_000));
    const hashes = rowHashes(ctx);
    return {
      row(row) {
        if (row.kind !== 'data' || cols.length === 0) return;
        const h = hashes.update(row).combine(cols);
        const first = seen.getOrSet(h.hi, h.lo, row.line);
        if (first === 0) return;
        ctx.report({ row: row.line, params: { first }, group: String(first) });
      },
    };
  },
});
