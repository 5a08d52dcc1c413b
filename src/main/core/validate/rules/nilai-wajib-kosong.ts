import { defineRule } from '../define-rule';
import { CellKind } from '../types';

/**
 * An empty cell in a column that must be filled: declared required, primary-key columns, and
 * by convention region codes, satuan and tahun. Total rows are left out (their aggregated
 * dimensions are blank by nature).
 */
export default defineRule({
  code: 'nilai-wajib-kosong',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns.filter((c) => c.required).map((c) => c.index);
    if (cols.length === 0) return {};
    return {
      row(row) {
        if (row.kind !== 'data') return;
        for (const i of cols) {
          const k = row.kinds[i];
          if (k === CellKind.Empty || k === CellKind.Blank) {
            ctx.report({ row: row.line, column: i, value: row.cells[i] ?? '', group: '' });
          }
        }
      },
    };
  },
});
