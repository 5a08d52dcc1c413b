import { defineRule } from '../define-rule';
import { isTotalWord } from '../row-kind';

/**
 * A total or subtotal row ("Jumlah", "Total", or the parent area's name) among the detail
 * rows. The engine recognises these rows once (row-kind.ts); total-tidak-cocok checks their
 * figures.
 */
export default defineRule({
  code: 'baris-total',
  scope: 'row',
  create(ctx) {
    const labelCols = ctx.columns.filter(
      (c) =>
        c.role === 'region-name' ||
        c.role === 'category' ||
        c.role === 'text' ||
        c.role === 'region-code',
    );
    return {
      row(row) {
        if (row.kind !== 'total') return;
        let col = labelCols.find((c) => isTotalWord(row.cells[c.index] ?? ''));
        col ??= labelCols.find(
          (c) => c.role === 'region-name' && (row.cells[c.index] ?? '').trim() !== '',
        );
        const value = col ? (row.cells[col.index] ?? '').trim() : '';
        ctx.report({
          row: row.line,
          column: col ? col.index : null,
          value,
          params: { value },
          group: String(row.line),
        });
      },
    };
  },
});
