import { defineRule, option } from '../define-rule';
import { boundedLevenshtein } from '../text-utils';
import { valueStats, type ValueStat } from '../value-stats';

/**
 * A rare value in a category column that looks like a typo of a frequent one ("Puskesmaa"
 * once among 40 "Puskesmas"): at most `maxRare` occurrences, a candidate at least 3× as
 * frequent, and an edit distance of 1 (2 for values of 8+ characters). Columns with a
 * reference list, and region names when a region lookup checks them, are left to their own
 * rules.
 */
export default defineRule({
  code: 'kemungkinan-salah-ketik',
  scope: 'table',
  optionsSchema: {
    type: 'object',
    properties: {
      maxRare: { type: 'integer', minimum: 1 },
      minRows: { type: 'integer', minimum: 1 },
    },
    additionalProperties: false,
  },
  create(ctx) {
    const maxRare = option(ctx, 'maxRare', 2);
    const minRows = option(ctx, 'minRows', 10);
    const stats = valueStats(ctx);
    const cols = ctx.columns.filter(
      (c) =>
        (c.role === 'category' ||
          c.role === 'unit' ||
          (c.role === 'region-name' && !ctx.regions)) &&
        c.referenceList === undefined,
    );
    if (cols.length === 0) return {};
    return {
      row(row) {
        stats.feed(row);
      },
      end() {
        for (const col of cols) {
          const values = stats.values(col);
          if (!values || stats.total(col) < minRows) continue;
          const frequent = [...values.values()].filter((s) => s.count >= 3);
          for (const s of values.values()) {
            if (s.count > maxRare || s.value.length < 4) continue;
            const key = s.value.toLowerCase();
            let best: ValueStat | undefined;
            let bestD = Infinity;
            for (const f of frequent) {
              if (f.count < 3 * s.count || f === s) continue;
              const fk = f.value.toLowerCase();
              if (fk === key) continue;
              const max = Math.min(fk.length, key.length) >= 8 ? 2 : 1;
              const d = boundedLevenshtein(key, fk, max);
              if (d <= max && (d < bestD || (d === bestD && best && f.count > best.count))) {
                best = f;
                bestD = d;
              }
            }
            if (!best) continue;
            for (const line of s.rows) {
              ctx.report({
                row: line,
                column: col.index,
                value: s.value,
                suggestion: best.value,
                params: { value: s.value, candidate: best.value, count: best.count },
              });
            }
          }
        }
      },
    };
  },
});
