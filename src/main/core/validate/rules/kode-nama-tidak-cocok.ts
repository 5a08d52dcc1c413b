import { defineRule } from '../define-rule';
import { regionAnalysis } from '../region-analysis';
import { codeColumnPlans } from '../region-rows';
import { createMatchCase } from '../text-utils';

/**
 * A region name that is not the official name of the code in the same row (after case,
 * spacing, administrative prefixes and known spelling variants). Reported on the name column
 * with the official name as suggestion.
 */
export default defineRule({
  code: 'kode-nama-tidak-cocok',
  scope: 'row',
  create(ctx) {
    const ra = regionAnalysis(ctx);
    const matchCase = createMatchCase();
    const plans = codeColumnPlans(ctx).filter((p) => p.name !== undefined);
    if (plans.length === 0) return {};
    return {
      row(row) {
        if (row.kind !== 'data') return;
        for (const plan of plans) {
          const nameCol = plan.name;
          if (!nameCol) continue;
          const a = ra.rowCode(plan.col, row);
          if (!a || a.status !== 'ok' || !a.entry) continue;
          const name = row.cells[nameCol.index] ?? '';
          if (name.trim() === '') continue;
          if (ra.nameMatchFor(a, name) !== 'mismatch') continue;
          ctx.report({
            row: row.line,
            column: nameCol.index,
            value: name,
            suggestion: matchCase(a.entry.name, name.trim()),
            params: { code: a.raw, value: name, official: a.entry.name },
          });
        }
      },
    };
  },
});
