import { defineRule } from '../define-rule';
import { declaredYears } from '../metadata-fields';

/**
 * No tahun: neither a tahun (or other period) column nor a period in the metadata. A year
 * found in the title is proposed as the value of a new tahun column.
 */
export default defineRule({
  code: 'tahun-tidak-ada',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        if (ctx.columns.some((c) => c.role === 'year' || c.role === 'period')) return;
        if (declaredYears(ctx.input.metadata?.doc)) return;
        const texts = [...(ctx.input.titleLines ?? []), ctx.input.datasetName ?? ''];
        let year: string | undefined;
        for (const t of texts) {
          const m = /\b(19\d{2}|20\d{2})\b/.exec(t);
          if (m) {
            year = m[1];
            break;
          }
        }
        const suggestion = year
          ? ctx.lang === 'id'
            ? `Tambahkan kolom "tahun" berisi ${year} (tahun yang disebut di judul).`
            : `Add a "tahun" column holding ${year} (the year named in the title).`
          : ctx.lang === 'id'
            ? 'Tambahkan kolom "tahun" atau isi periode di metadata.'
            : 'Add a "tahun" column or fill the period in the metadata.';
        ctx.report({ suggestion, ...(year ? { params: { year } } : {}) });
      },
    };
  },
});
