import { defineRule } from '../define-rule';

/** The dataset has no metadata document. */
export default defineRule({
  code: 'metadata-tidak-ada',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        const doc = ctx.input.metadata?.doc;
        if (doc && Object.keys(doc).length > 0) return;
        ctx.report({});
      },
    };
  },
});
