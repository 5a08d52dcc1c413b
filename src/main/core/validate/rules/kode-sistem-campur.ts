import { defineRule } from '../define-rule';
import { regionAnalysis } from '../region-analysis';
import { codeColumnPlans, suggestCode } from '../region-rows';

/**
 * A code of the other system in a region-code column: a 7-digit BPS kecamatan code among
 * Kemendagri codes, or a dotted Kemendagri code in a BPS column. Never compared by stripping
 * dots (6471020 is BPS Balikpapan Timur, 64.71.02 is Kemendagri Balikpapan Barat).
 */
export default defineRule({
  code: 'kode-sistem-campur',
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
          if (!a || a.status !== 'other-system') continue;
          const columnSystem = plan.col.codeSystem ?? 'kemendagri';
          ctx.report({
            row: row.line,
            column: plan.col.index,
            value: a.raw,
            suggestion: columnSystem === 'kemendagri' ? suggestCode(ra, plan, row, a) : null,
            params: { value: a.raw, system: a.looksLike ?? 'bps', columnSystem },
          });
        }
      },
    };
  },
});
