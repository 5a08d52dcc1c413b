import { defineRule } from '../define-rule';
import { regionAnalysis } from '../region-analysis';
import { codeColumnPlans } from '../region-rows';

/**
 * A code that exists only in an older edition, from the reference store's table of known code
 * changes (resources/reference/kemendagri-perubahan-kode.json): by code (64.71.05.1005 Damai,
 * which moved to Balikpapan Kota, 64.71.06.1005, in 2012), or by the row's name under the old
 * parent (RegionLookup.moved).
 */
export default defineRule({
  code: 'kode-wilayah-kedaluwarsa',
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
          let obsolete = a.status === 'obsolete' ? a.obsolete : undefined;
          if (!obsolete && a.status === 'unknown' && plan.name) {
            obsolete = ra.movedByName(a, row.cells[plan.name.index] ?? '');
          }
          if (!obsolete) continue;
          ctx.report({
            row: row.line,
            column: plan.col.index,
            value: a.raw,
            suggestion: obsolete.current,
            params: {
              value: a.raw,
              current: obsolete.current ?? '—',
              reason: obsolete.reason,
              reasonEn: obsolete.reasonEn ?? obsolete.reason,
            },
          });
        }
      },
    };
  },
});
