import { defineRule } from '../define-rule';

/**
 * Cells beyond the header's width that hold data in at least half of the rows: a column
 * without a label (as opposed to a few ragged rows, see baris-tidak-rata).
 */
export default defineRule({
  code: 'header-hilang',
  scope: 'table',
  create(ctx) {
    const extra = new Map<number, number>();
    let rows = 0;
    return {
      row(row) {
        if (row.kind === 'blank') return;
        rows++;
        for (let i = ctx.width; i < row.width; i++) {
          if ((row.cells[i] ?? '').trim() !== '') extra.set(i, (extra.get(i) ?? 0) + 1);
        }
      },
      end() {
        for (const [i, n] of extra) {
          if (n * 2 >= rows) {
            ctx.report({ params: { position: i + 1, count: n }, group: String(i) });
          }
        }
      },
    };
  },
});
