import { defineRule } from '../define-rule';

/**
 * A header that spanned several rows and was flattened at import (ingest/layout.ts joins the
 * levels with " - ": `SD` over `Negeri` becomes "SD - Negeri"). One finding listing the
 * flattened labels and their proposed snake_case names, while the columns still carry them.
 *
 * With the import fact (`input.source.headerLines`) a flattened label is enough; without it
 * (a dataset in the workspace, whose header rows are not stored) at least two labels must share
 * an upper level, as a spanned heading does.
 */
const LEVEL_JOIN = ' - ';

export default defineRule({
  code: 'header-bertingkat',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        const flattened = ctx.columns.filter((c) => c.label.includes(LEVEL_JOIN));
        if (flattened.length === 0) return;
        const lines = ctx.input.source?.headerLines;
        if (lines !== undefined) {
          if (lines.length < 2) return;
        } else {
          const uppers = new Map<string, number>();
          for (const c of flattened) {
            const upper = c.label.slice(0, c.label.indexOf(LEVEL_JOIN)).trim().toLowerCase();
            uppers.set(upper, (uppers.get(upper) ?? 0) + 1);
          }
          if (![...uppers.values()].some((n) => n >= 2)) return;
        }
        const names = flattened.map((c) => c.name).join(', ');
        ctx.report({
          params: {
            labels: flattened.map((c) => `"${c.label}"`).join(', '),
            names,
            ...(lines && lines.length > 1
              ? { lines: `${String(lines[0])}–${String(lines[lines.length - 1])}` }
              : {}),
          },
          suggestion: names,
        });
      },
    };
  },
});
