import { defineRule } from '../define-rule';
import { truncate } from '../rule-helpers';

/** Title lines above and notes below the table that ingestion kept out of the data. */
export default defineRule({
  code: 'judul-tabel-terpisah',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        const texts = [...(ctx.input.titleLines ?? []), ...(ctx.input.notes ?? [])];
        for (const raw of texts) {
          if (raw.trim() === '') continue;
          const text = truncate(raw, 120);
          ctx.report({ value: raw.trim(), params: { text }, group: text });
        }
      },
    };
  },
});
