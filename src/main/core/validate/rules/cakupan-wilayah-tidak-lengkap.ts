import { defineRule } from '../define-rule';
import { regionAnalysis } from '../region-analysis';
import { codeColumnPlans, suggestCode, type CodeColumnPlan } from '../region-rows';
import { LEVEL_RANK, type RegionEntry, type RegionLookup } from '../reference-lookup';

/**
 * The data lists only some of the areas under their common parent: 15 of the 34 kelurahan of
 * Kota Balikpapan (domain §7.2 item 15). Reads the finest Kemendagri code column; an obsolete
 * code counts as its current code and a bad code as the code of the row's name. The parent is
 * the deepest area all listed codes lie in; its official children at the listed level come
 * from the reference (`RegionLookup.children`), so without it the rule stays quiet.
 */
const MAX_CODES = 100_000;

/** The official areas at `level` under `parent` (children, grandchildren…). */
function descendants(regions: RegionLookup, parent: string, depth: number): number {
  const children: RegionEntry[] = regions.children?.(parent) ?? [];
  if (depth <= 1) return children.length;
  let n = 0;
  for (const c of children) n += descendants(regions, c.code, depth - 1);
  return n;
}

/** The deepest dotted code every code starts with (segment-wise), or '' for none. */
function commonParent(codes: Iterable<string>): string {
  let common: string[] | null = null;
  for (const code of codes) {
    const parts = code.split('.');
    if (common === null) common = parts.slice(0, -1);
    else {
      let i = 0;
      while (i < common.length && i < parts.length - 1 && common[i] === parts[i]) i++;
      common = common.slice(0, i);
    }
    if (common.length === 0) return '';
  }
  return common ? common.join('.') : '';
}

export default defineRule({
  code: 'cakupan-wilayah-tidak-lengkap',
  scope: 'table',
  create(ctx) {
    const regions = ctx.regions;
    if (!regions?.children) return {};
    const ra = regionAnalysis(ctx);
    let plan: CodeColumnPlan | undefined;
    for (const p of codeColumnPlans(ctx)) {
      if (!p.col.regionLevel || (p.col.codeSystem ?? 'kemendagri') !== 'kemendagri') continue;
      const rank = LEVEL_RANK[p.col.regionLevel];
      if (!plan || rank > LEVEL_RANK[plan.col.regionLevel ?? 'provinsi']) plan = p;
    }
    if (!plan) return {};
    const target = plan;
    const level = target.col.regionLevel ?? 'provinsi';
    const codes = new Set<string>();
    let last = '\u0000';
    return {
      row(row) {
        if (row.kind !== 'data' || codes.size >= MAX_CODES) return;
        const a = ra.rowCode(target.col, row);
        if (!a) return;
        let code: string | null | undefined;
        if (a.status === 'ok') code = a.code;
        else if (a.status === 'obsolete') code = a.obsolete?.current;
        else if (a.status === 'unknown' || a.status === 'malformed') {
          code = suggestCode(ra, target, row, a);
        }
        if (code && code !== last) {
          codes.add(code);
          last = code;
        }
      },
      end() {
        if (codes.size < 2) return;
        const parent = commonParent(codes);
        if (parent === '') return;
        const parentEntry = regions.byCode(parent);
        if (!parentEntry) return;
        const depth = LEVEL_RANK[level] - LEVEL_RANK[parentEntry.level];
        if (depth < 1) return;
        const total = descendants(regions, parent, depth);
        const count = [...codes].filter((c) => regions.byCode(c)?.level === level).length;
        if (total === 0 || count >= total) return;
        ctx.report({
          column: target.col.index,
          params: { count, total, level, parent: parentEntry.name, parentCode: parent },
          group: '',
          suggestion:
            ctx.lang === 'id'
              ? `Pastikan ${String(total - count)} wilayah lainnya memang tidak punya data, atau nyatakan cakupan parsial di metadata.`
              : `Make sure the other ${String(total - count)} areas truly have no data, or state the partial coverage in the metadata.`,
        });
      },
    };
  },
});
