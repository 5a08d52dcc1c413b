import { defineRule } from '../define-rule';
import { rowHashes } from '../hash';
import { HashTable64 } from '../hash-table';
import { CellKind } from '../types';

/** A repeated value in a column declared unique (values compared by a 64-bit hash). */
export default defineRule({
  code: 'nilai-tidak-unik',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns.filter((c) => c.declared.unique === true).map((c) => c.index);
    if (cols.length === 0) return {};
    const seen = cols.map(() => new HashTable64());
    const hashes = rowHashes(ctx);
    return {
      row(row) {
        if (cols.length === 0 || row.kind !== 'data') return;
        hashes.update(row);
        cols.forEach((i, k) => {
          const kind = row.kinds[i];
          if (kind === CellKind.Empty || kind === CellKind.Blank) return;
          const table = seen[k];
          if (!table) return;
          const h = hashes.combine([i]);
          const first = table.getOrSet(h.hi, h.lo, row.line);
          if (first === 0) return;
          const v = row.cells[i] ?? '';
          ctx.report({ row: row.line, column: i, value: v, params: { value: v, first } });
        });
      },
    };
  },
});
