/**
 * The shared body of the two rules that compare a region name with the official name of the
 * code in the same row: `kode-nama-tidak-cocok` (a different name) and `nama-wilayah-varian`
 * (the same name in an unofficial spelling). Both report on the name column, with the official
 * name (in the cell's letter case) as suggestion.
 */
import type { RowView, RuleContext, RuleHooks } from './types';
import { regionAnalysis, type NameMatch, type RegionAnalysis } from './region-analysis';
import { codeColumnPlans, type CodeColumnPlan } from './region-rows';
import { createMatchCase } from './text-utils';
import { ByteTable, pairKey } from './hash';

/** A row's verdict for one code column: nothing to say (no valid code, no name), or the match. */
const NONE = 1;
const VERDICT: Record<NameMatch, number> = { ok: 2, variant: 3, mismatch: 4 };

function judge(ra: RegionAnalysis, plan: CodeColumnPlan, nameIndex: number, row: RowView): number {
  const a = ra.rowCode(plan.col, row);
  if (!a || a.status !== 'ok' || !a.entry) return NONE;
  const name = row.cells[nameIndex] ?? '';
  if (name.trim() === '') return NONE;
  return VERDICT[ra.nameMatchFor(a, name)];
}

export function regionNameHooks(ctx: RuleContext, report: 'mismatch' | 'variant'): RuleHooks {
  const ra = regionAnalysis(ctx);
  const matchCase = createMatchCase();
  const plans = codeColumnPlans(ctx).filter((p) => p.name !== undefined);
  if (plans.length === 0) return {};
  // verdicts by the dictionary ids of the code and name cells, shared by both rules: a code
  // column has a few thousand distinct values, so each pair of values is judged once
  const verdicts = ctx.shared('region-name-verdicts', () =>
    codeColumnPlans(ctx).map(() => new ByteTable()),
  );
  const allPlans = codeColumnPlans(ctx);
  const steps = plans.map((plan) => ({
    plan,
    code: plan.col.index,
    name: plan.name?.index ?? 0,
    memo: verdicts[allPlans.indexOf(plan)] as ByteTable,
  }));
  const wanted = VERDICT[report];
  return {
    row(row) {
      if (row.kind !== 'data') return;
      const ids = row.ids;
      const at = row.idAt ?? 0;
      for (const s of steps) {
        const key = ids ? pairKey(ids[at + s.code] ?? -1, ids[at + s.name] ?? -1) : -1;
        let verdict = key >= 0 ? s.memo.get(key) : 0;
        if (verdict === 0) {
          verdict = judge(ra, s.plan, s.name, row);
          if (key >= 0) s.memo.set(key, verdict);
        }
        if (verdict !== wanted) continue;
        const a = ra.rowCode(s.plan.col, row);
        if (!a?.entry) continue;
        const name = row.cells[s.name] ?? '';
        ctx.report({
          row: row.line,
          column: s.name,
          value: name,
          suggestion: matchCase(a.entry.name, name.trim()),
          params: { code: a.raw, value: name, official: a.entry.name },
        });
      }
    },
  };
}
