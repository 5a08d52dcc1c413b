import { defineRule } from '../define-rule';

/**
 * A row with fewer cells than the header, or with non-empty cells beyond it. (Rows whose
 * extra cells are empty — Excel's trailing separators — are fine.) When most rows carry data
 * beyond the header, header-hilang reports the unlabelled column instead.
 */
export default defineRule({
  code: 'baris-tidak-rata',
  scope: 'row',
  create(ctx) {
    const extraRows: { line: number; cells: number }[] = [];
    let extraCount = 0;
    let rows = 0;
    return {
      row(row) {
        // blank rows and title/footnote rows are reported by their own rules
        if (row.kind === 'blank' || row.kind === 'note') return;
        rows++;
        if (row.width < ctx.width) {
          ctx.report({
            row: row.line,
            params: { cells: row.width, expected: ctx.width },
            group: 'short',
          });
          return;
        }
        if (row.width > ctx.width) {
          let last = -1;
          for (let i = ctx.width; i < row.width; i++) {
            if ((row.cells[i] ?? '').trim() !== '') last = i;
          }
          if (last >= 0) {
            extraCount++;
            if (extraRows.length < 1000) extraRows.push({ line: row.line, cells: last + 1 });
          }
        }
      },
      end() {
        if (extraCount === 0 || extraCount * 2 >= rows) return;
        extraRows.forEach((r, i) => {
          ctx.report({
            row: r.line,
            params: { cells: r.cells, expected: ctx.width },
            group: 'long',
            count: i === extraRows.length - 1 ? 1 + extraCount - extraRows.length : 1,
          });
        });
      },
    };
  },
});
