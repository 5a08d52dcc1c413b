import { defineRule, option } from '../define-rule';
import { boundedLevenshtein, squash } from '../text-utils';

const MAX_DISTINCT = 2000;

interface ValueStat {
  count: number;
  rows: number[];
}

/**
 * A rare value in a category column that looks like a typo of a frequent one ("Puskesmaa"
 * once among 40 "Puskesmas"): at most `maxRare` occurrences, a candidate at least 3× as frequent,
 * and an edit distance of 1 (2 for values of 8+ characters). Columns with a reference list and
 * region names (checked against the reference) are left to their own rules.
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
    const cols = ctx.columns
      .filter(
        (c) =>
          (c.role === 'category' ||
            c.role === 'unit' ||
            (c.role === 'region-name' && !ctx.regions)) &&
          c.referenceList === undefined,
      )
      .map((col) => ({ col, values: new Map<string, ValueStat>(), abandoned: false, total: 0 }));
    return {
      row(row) {
        if (row.kind !== 'data') return;
        for (const c of cols) {
          if (c.abandoned) continue;
          const v = squash(row.cells[c.col.index] ?? '');
          if (v === '') continue;
          let s = c.values.get(v);
          if (!s) {
            if (c.values.size >= MAX_DISTINCT) {
              c.abandoned = true;
              continue;
            }
            s = { count: 0, rows: [] };
            c.values.set(v, s);
          }
          s.count++;
          c.total++;
          if (s.rows.length < maxRare) s.rows.push(row.line);
        }
      },
      end() {
        for (const c of cols) {
          if (c.abandoned || c.total < minRows) continue;
          const entries = [...c.values.entries()];
          const frequent = entries.filter(([, s]) => s.count >= 3);
          for (const [v, s] of entries) {
            if (s.count > maxRare || v.length < 4) continue;
            const key = v.toLowerCase();
            let best: [string, ValueStat] | undefined;
            let bestD = Infinity;
            for (const [f, fs] of frequent) {
              if (fs.count < 3 * s.count || f === v) continue;
              const fk = f.toLowerCase();
              if (fk === key) continue;
              const max = Math.min(fk.length, key.length) >= 8 ? 2 : 1;
              const d = boundedLevenshtein(key, fk, max);
              if (d <= max && (d < bestD || (d === bestD && best && fs.count > best[1].count))) {
                best = [f, fs];
                bestD = d;
              }
            }
            if (!best) continue;
            for (const line of s.rows) {
              ctx.report({
                row: line,
                column: c.col.index,
                value: v,
                suggestion: best[0],
                params: { value: v, candidate: best[0], count: best[1].count },
              });
            }
          }
        }
      },
    };
  },
});
