import { defineRule } from '../define-rule';
import { regionAnalysis, type CodeAnalysis } from '../region-analysis';
import { KEMENDAGRI_DIGITS } from '../reference-lookup';
import { codeColumnPlans } from '../region-rows';

/** Dotted prefix of a Kemendagri code at a higher level (`64.71.05.1010` → `64.71.05`). */
function ancestor(code: string, digits: number): string {
  const segments = digits === 2 ? 1 : digits === 4 ? 2 : digits === 6 ? 3 : 4;
  return code.split('.').slice(0, segments).join('.');
}

/**
 * A child code not under the parent given in the same row: the parent code column (a kelurahan
 * code must start with its kecamatan code), or, without a parent code column, the parent name
 * column (the official parent of the code must carry that name).
 */
export default defineRule({
  code: 'kode-induk-tidak-cocok',
  scope: 'row',
  create(ctx) {
    const ra = regionAnalysis(ctx);
    const plans = codeColumnPlans(ctx).filter(
      (p) => p.parents.length > 0 || p.parentNames.length > 0,
    );
    if (plans.length === 0) return {};
    // child and parent analyses are memoised objects: remember the last good pair per columns
    const lastChild: (CodeAnalysis | undefined)[] = [];
    const lastParent: (CodeAnalysis | undefined)[] = [];
    return {
      row(row) {
        if (row.kind !== 'data') return;
        for (const plan of plans) {
          const a = ra.rowCode(plan.col, row);
          if (!a || a.status !== 'ok' || !a.code) continue;
          for (const p of plan.parents) {
            const pa = ra.rowCode(p, row);
            if (!pa || !pa.code || (pa.status !== 'ok' && pa.status !== 'unchecked')) continue;
            const pair = plan.col.index * ctx.width + p.index;
            if (lastChild[pair] === a && lastParent[pair] === pa) continue;
            const pc = pa.code;
            if (a.code.charCodeAt(pc.length) === 46 && a.code.startsWith(pc)) {
              lastChild[pair] = a;
              lastParent[pair] = pa;
              continue;
            }
            ctx.report({
              row: row.line,
              column: plan.col.index,
              value: a.raw,
              params: { code: a.raw, parent: `${p.label} ${pa.raw}` },
            });
          }
          if (!ctx.regions) continue;
          for (const n of plan.parentNames) {
            const parentName = row.cells[n.index] ?? '';
            if (parentName.trim() === '' || !n.regionLevel) continue;
            const entry = ctx.regions.byCode(ancestor(a.code, KEMENDAGRI_DIGITS[n.regionLevel]));
            if (!entry || ra.nameMatch(entry, parentName) !== 'mismatch') continue;
            ctx.report({
              row: row.line,
              column: plan.col.index,
              value: a.raw,
              suggestion: entry.name,
              params: { code: a.raw, parent: `${n.label} "${parentName.trim()}"` },
            });
          }
        }
      },
    };
  },
});
