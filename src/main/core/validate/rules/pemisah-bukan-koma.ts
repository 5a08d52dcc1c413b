import { defineRule } from '../define-rule';

/**
 * The CSV used another delimiter than the comma (`;` from Excel in an Indonesian locale): an
 * import fact (`input.source.delimiter`). Export always writes commas.
 */
export default defineRule({
  code: 'pemisah-bukan-koma',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        const delimiter = ctx.input.source?.delimiter;
        if (delimiter === undefined || delimiter === '' || delimiter === ',') return;
        ctx.report({ params: { delimiter }, value: delimiter, suggestion: ',' });
      },
    };
  },
});
