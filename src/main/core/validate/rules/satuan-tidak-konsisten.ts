import { defineRule } from '../define-rule';
import { eachRow, valueStats, type ValueStat } from '../value-stats';

/**
 * A satuan that differs from the unit most rows use (case and spacing ignored). Only when one
 * unit clearly dominates (≥ 60 % of the filled cells): datasets with several indicators may
 * legitimately carry several units.
 */
export default defineRule({
  code: 'satuan-tidak-konsisten',
  scope: 'table',
  create(ctx) {
    const stats = valueStats(ctx);
    const cols = ctx.columns.filter((c) => c.role === 'unit');
    if (cols.length === 0) return {};
    return {
      row(row) {
        stats.feed(row);
      },
      end() {
        for (const col of cols) {
          const values = stats.values(col);
          if (!values || values.size < 2) continue;
          const units = new Map<string, { count: number; spellings: ValueStat[] }>();
          for (const s of values.values()) {
            const key = s.value.toLowerCase();
            const u = units.get(key) ?? { count: 0, spellings: [] };
            u.count += s.count;
            u.spellings.push(s);
            units.set(key, u);
          }
          if (units.size < 2) continue;
          let majorKey = '';
          let major = { count: 0, spellings: [] as ValueStat[] };
          for (const [k, u] of units) {
            if (u.count > major.count) {
              majorKey = k;
              major = u;
            }
          }
          if (major.count / stats.total(col) < 0.6) continue;
          const majority = major.spellings.sort((a, b) => b.count - a.count)[0]?.value ?? majorKey;
          for (const [key, u] of units) {
            if (key === majorKey) continue;
            for (const s of u.spellings) {
              eachRow(s, (row, extra) =>
                ctx.report({
                  row,
                  column: col.index,
                  value: s.value,
                  suggestion: majority,
                  params: { value: s.value, majority },
                  group: key,
                  count: 1 + extra,
                }),
              );
            }
          }
        }
      },
    };
  },
});
