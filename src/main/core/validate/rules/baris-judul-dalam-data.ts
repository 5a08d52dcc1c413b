import { defineRule } from '../define-rule';
import { truncate } from '../rule-helpers';
import { CellKind } from '../types';

/** A title, source or footnote row inside the data (one text cell, the rest empty). */
export default defineRule({
  code: 'baris-judul-dalam-data',
  scope: 'row',
  create(ctx) {
    return {
      row(row) {
        if (row.kind !== 'note') return;
        let col = 0;
        for (let i = 0; i < ctx.width; i++) {
          if (row.kinds[i] !== CellKind.Empty && row.kinds[i] !== CellKind.Blank) col = i;
        }
        const text = truncate(row.cells[col] ?? '');
        ctx.report({ row: row.line, column: col, value: row.cells[col] ?? '', params: { text } });
      },
    };
  },
});
