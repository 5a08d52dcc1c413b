import { defineRule } from '../define-rule';

/** A header label that is blank. */
export default defineRule({
  code: 'header-kosong',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        for (const col of ctx.columns) {
          if (col.label.trim() === '') {
            ctx.report({
              column: col.index,
              params: { position: col.index + 1 },
              group: String(col.index),
            });
          }
        }
      },
    };
  },
});
