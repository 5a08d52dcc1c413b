import { defineRule } from '../define-rule';
import { rowHashes } from '../hash';
import { HashTable64 } from '../hash-table';
import { truncate } from '../rule-helpers';

/** The declared primary key repeated in another row (compared by a 64-bit hash). */
export default defineRule({
  code: 'kunci-primer-duplikat',
  scope: 'row',
  create(ctx) {
    const pk = (ctx.input.primaryKey ?? []).filter((i) => i >= 0 && i < ctx.width);
    const seen = new HashTable64(Math.min(ctx.input.rowCount ?? 1024, 4_000_000));
    const hashes = rowHashes(ctx);
    return {
      row(row) {
        if (pk.length === 0 || row.kind !== 'data') return;
        const h = hashes.update(row).combine(pk);
        const first = seen.getOrSet(h.hi, h.lo, row.line);
        if (first === 0) return;
        const value = truncate(pk.map((i) => row.cells[i] ?? '').join(', '));
        ctx.report({
          row: row.line,
          column: pk.length === 1 ? (pk[0] ?? null) : null,
          value,
          params: { value, first },
        });
      },
    };
  },
});
