import { defineRule } from '../define-rule';
import { ClassBuffer, reportSample } from '../rule-helpers';
import { squash } from '../text-utils';

const MAX_DISTINCT = 100;

/**
 * A satuan that differs from the unit most rows use (case and spacing ignored). Only when one
 * unit clearly dominates (≥ 60 % of the filled cells): datasets with several indicators may
 * legitimately carry several units.
 */
export default defineRule({
  code: 'satuan-tidak-konsisten',
  scope: 'table',
  create(ctx) {
    const cols = ctx.columns
      .filter((c) => c.role === 'unit')
      .map((col) => ({ col, units: new ClassBuffer(), spelling: new Map<string, string>() }));
    return {
      row(row) {
        if (row.kind !== 'data') return;
        for (const c of cols) {
          const v = squash(row.cells[c.col.index] ?? '');
          if (v === '') continue;
          const key = v.toLowerCase();
          if (!c.units.classes.has(key) && c.units.classes.size >= MAX_DISTINCT) continue;
          if (!c.spelling.has(key)) c.spelling.set(key, v);
          c.units.add(key, row.line, row.cells[c.col.index] ?? '');
        }
      },
      end() {
        for (const c of cols) {
          if (c.units.classes.size < 2) continue;
          const major = c.units.majority();
          if (!major || major[1].count / c.units.total < 0.6) continue;
          const majority = c.spelling.get(major[0]) ?? major[0];
          for (const [key, sample] of c.units.classes) {
            if (key === major[0]) continue;
            reportSample(sample, (i, extra) => {
              const v = sample.values[i] ?? '';
              ctx.report({
                row: sample.rows[i] ?? null,
                column: c.col.index,
                value: v,
                suggestion: majority,
                params: { value: v, majority },
                group: key,
                count: 1 + extra,
              });
            });
          }
        }
      },
    };
  },
});
