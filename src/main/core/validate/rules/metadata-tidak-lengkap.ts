import { defineRule } from '../define-rule';
import { metadataProblems } from '../metadata-problems';

/** A required metadata field of the dataset's profile is empty (from the metadata validator). */
export default defineRule({
  code: 'metadata-tidak-lengkap',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        for (const p of metadataProblems(ctx)) {
          if (p.kind !== 'missing') continue;
          ctx.report({
            value: p.path,
            params: { path: p.path, detail: p.message, detailEn: p.messageEn },
            group: p.path,
          });
        }
      },
    };
  },
});
