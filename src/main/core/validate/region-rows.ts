/**
 * Per-row helpers for the reference rules: the region-code columns with their name column and
 * their higher-level code columns, and a suggestion for a bad code from the row's name.
 */
import { regionAnalysis, type CodeAnalysis, type RegionAnalysis } from './region-analysis';
import { LEVEL_RANK, parentOfDotted } from './reference-lookup';
import type { ColumnInfo, RowView, RuleContext } from './types';

export interface CodeColumnPlan {
  col: ColumnInfo;
  /** the region-name column at the same level */
  name: ColumnInfo | undefined;
  /** region-code columns of higher levels, nearest first */
  parents: ColumnInfo[];
  /** region-name columns of higher levels without a code column at their level */
  parentNames: ColumnInfo[];
}

export function codeColumnPlans(ctx: RuleContext): CodeColumnPlan[] {
  return ctx.shared('code-column-plans', () => {
    const ra = regionAnalysis(ctx);
    const codes = ctx.columns.filter((c) => c.role === 'region-code');
    return codes.map((col) => {
      const rank = col.regionLevel ? LEVEL_RANK[col.regionLevel] : -1;
      const parents = codes
        .filter((p) => p !== col && p.regionLevel && LEVEL_RANK[p.regionLevel] < rank)
        .sort(
          (a, b) =>
            LEVEL_RANK[b.regionLevel ?? 'provinsi'] - LEVEL_RANK[a.regionLevel ?? 'provinsi'],
        );
      const parentNames = ctx.columns.filter(
        (n) =>
          n.role === 'region-name' &&
          n.regionLevel !== undefined &&
          LEVEL_RANK[n.regionLevel] < rank &&
          !codes.some((c) => c.regionLevel === n.regionLevel),
      );
      return { col, name: ra.nameColumnFor(col.regionLevel), parents, parentNames };
    });
  });
}

/** The parent code given for this row by a higher-level code column, when valid. */
export function rowParentCode(
  ra: RegionAnalysis,
  plan: CodeColumnPlan,
  row: RowView,
): string | undefined {
  for (const p of plan.parents) {
    const a = ra.rowCode(p, row);
    if (a && a.status === 'ok' && a.code) return a.code;
  }
  return undefined;
}

/** A replacement code for a bad code, from the row's name (and parent, when known). */
export function suggestCode(
  ra: RegionAnalysis,
  plan: CodeColumnPlan,
  row: RowView,
  a: CodeAnalysis,
): string | null {
  const name = plan.name ? (row.cells[plan.name.index] ?? '').trim() : '';
  if (name === '') return null;
  let parent = rowParentCode(ra, plan, row);
  if (!parent && a.code) {
    const p = parentOfDotted(a.code);
    if (p && ra.regions?.byCode(p)) parent = p;
  }
  const cand =
    ra.suggest(name, a.level, parent) ?? (parent ? ra.suggest(name, a.level) : undefined);
  return cand ? cand.code : null;
}
