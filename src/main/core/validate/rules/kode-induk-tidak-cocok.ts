import { defineRule } from '../define-rule';
import { regionAnalysis } from '../region-analysis';
import { KEMENDAGRI_DIGITS } from '../reference-lookup';
import { codeColumnPlans } from '../region-rows';
import { ByteTable, pairKey } from '../hash';
import type { ColumnInfo, RowView } from '../types';

const FITS = 1;
const MISFITS = 2;

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
    // the verdict per plan and parent column by the dictionary ids of the child and parent
    // cells (1: nothing to report, 2: not under that parent): each pair of values judged once
    const steps = plans.map((plan) => ({
      plan,
      parents: plan.parents.map((p) => ({ p, memo: new ByteTable() })),
    }));
    const underParent = (child: ColumnInfo, parent: ColumnInfo, row: RowView): number => {
      const a = ra.rowCode(child, row);
      if (!a || a.status !== 'ok' || !a.code) return FITS;
      const pa = ra.rowCode(parent, row);
      if (!pa || !pa.code || (pa.status !== 'ok' && pa.status !== 'unchecked')) return FITS;
      const pc = pa.code;
      return a.code.charCodeAt(pc.length) === 46 && a.code.startsWith(pc) ? FITS : MISFITS;
    };
    return {
      row(row) {
        if (row.kind !== 'data') return;
        const ids = row.ids;
        const at = row.idAt ?? 0;
        for (const { plan, parents } of steps) {
          const childId = ids ? (ids[at + plan.col.index] ?? -1) : -1;
          for (const { p, memo } of parents) {
            const key = ids ? pairKey(childId, ids[at + p.index] ?? -1) : -1;
            let verdict = key >= 0 ? memo.get(key) : 0;
            if (verdict === 0) {
              verdict = underParent(plan.col, p, row);
              if (key >= 0) memo.set(key, verdict);
            }
            if (verdict !== MISFITS) continue;
            const a = ra.rowCode(plan.col, row);
            const pa = ra.rowCode(p, row);
            if (!a || !pa) continue;
            ctx.report({
              row: row.line,
              column: plan.col.index,
              value: a.raw,
              params: { code: a.raw, parent: `${p.label} ${pa.raw}` },
            });
          }
          if (!ctx.regions || plan.parentNames.length === 0) continue;
          const a = ra.rowCode(plan.col, row);
          if (!a || a.status !== 'ok' || !a.code) continue;
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
