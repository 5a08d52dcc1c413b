import { defineRule } from '../define-rule';

/** A row with no value at all inside the data. */
export default defineRule({
  code: 'baris-kosong',
  scope: 'row',
  create(ctx) {
    return {
      row(row) {
        if (row.kind === 'blank') ctx.report({ row: row.line, group: '' });
      },
    };
  },
});
