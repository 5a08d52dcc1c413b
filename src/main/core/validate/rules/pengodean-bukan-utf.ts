import { defineRule } from '../define-rule';

/**
 * The file was not UTF-8 (e.g. Windows-1252 from Excel "CSV (Comma delimited)"): an import
 * fact (`input.source.encoding`). The workbench decoded it; the export writes UTF-8.
 */
export default defineRule({
  code: 'pengodean-bukan-utf',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        const encoding = ctx.input.source?.encoding?.trim().toLowerCase();
        if (!encoding || encoding === 'utf-8' || encoding === 'utf8') return;
        ctx.report({ params: { encoding }, value: encoding, suggestion: 'UTF-8' });
      },
    };
  },
});
