/**
 * The shared body of the two rules that compare a region name with the official name of the
 * code in the same row: `kode-nama-tidak-cocok` (a different name) and `nama-wilayah-varian`
 * (the same name in an unofficial spelling). Both report on the name column, with the official
 * name (in the cell's letter case) as suggestion.
 */
import type { RuleContext, RuleHooks } from './types';
import { regionAnalysis } from './region-analysis';
import { codeColumnPlans } from './region-rows';
import { createMatchCase } from './text-utils';

export function regionNameHooks(ctx: RuleContext, report: 'mismatch' | 'variant'): RuleHooks {
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
        if (ra.nameMatchFor(a, name) !== report) continue;
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
}
