import { defineRule } from '../define-rule';
import { CellKind } from '../types';

/** A column that only counts rows (1, 2, 3…): not data. */
export default defineRule({
  code: 'kolom-nomor-urut',
  scope: 'table',
  create(ctx) {
    const cols = ctx.columns
      .filter((c) => c.role === 'row-number' || c.type === 'integer' || c.type === 'identifier')
      .filter(
        (c) => c.role === 'row-number' || /^(no|nomor|urut|no_urut|nomor_urut|id)$/.test(c.name),
      )
      .map((col) => ({ col, prev: Number.NaN, ok: true, n: 0 }));
    if (cols.length === 0) return {};
    return {
      row(row) {
        if (row.kind !== 'data') return;
        for (const c of cols) {
          if (!c.ok) continue;
          if (row.kinds[c.col.index] !== CellKind.Int) {
            c.ok = false;
            continue;
          }
          const v = Number(row.cells[c.col.index]);
          if (c.n > 0 && v !== c.prev + 1) c.ok = false;
          c.prev = v;
          c.n++;
        }
      },
      end() {
        for (const c of cols) {
          if (c.ok && c.n >= 2) ctx.report({ column: c.col.index, group: String(c.col.index) });
        }
      },
    };
  },
});
