import { defineRule } from '../define-rule';
import { regionAnalysis } from '../region-analysis';
import { codeColumnPlans, suggestCode } from '../region-rows';

/**
 * A region code that does not exist at its column's level in the declared system and edition:
 * unknown, malformed (e.g. a lost digit: 64.71.03.106) or of another level. The suggestion is
 * the official code of the row's name.
 */
export default defineRule({
  code: 'kode-wilayah-tidak-dikenal',
  scope: 'row',
  create(ctx) {
    const ra = regionAnalysis(ctx);
    const plans = codeColumnPlans(ctx);
    if (plans.length === 0) return {};
    return {
      row(row) {
        if (row.kind !== 'data') return;
        for (const plan of plans) {
          const a = ra.rowCode(plan.col, row);
          if (!a) continue;
          if (a.status !== 'unknown' && a.status !== 'malformed' && a.status !== 'wrong-level') {
            continue;
          }
          const name = plan.name ? (row.cells[plan.name.index] ?? '') : '';
          if (name && ra.movedByName(a, name)) continue;
          ctx.report({
            row: row.line,
            column: plan.col.index,
            value: a.raw,
            suggestion: suggestCode(ra, plan, row, a),
            params: { value: a.raw, level: a.level ?? '', edition: ra.edition },
          });
        }
      },
    };
  },
});
