import { defineRule } from '../define-rule';
import { caseStyle, isAcronym, toCaseStyle, type CaseStyle } from '../text-utils';
import { eachRow, valueStats, type ValueStat } from '../value-stats';

/**
 * Letter case that differs from the rest of a category column: the same value spelled with
 * different case ("Balikpapan Timur" / "BALIKPAPAN TIMUR"), or a value in another case style
 * than nearly all others (one "balikpapan kota" among Title Case names). Short acronyms (PKM,
 * RSUD) are neutral.
 */
export default defineRule({
  code: 'huruf-besar-kecil-tidak-konsisten',
  scope: 'table',
  create(ctx) {
    const stats = valueStats(ctx);
    const cols = ctx.columns.filter(
      (c) => c.role === 'category' || c.role === 'unit' || c.role === 'region-name',
    );
    if (cols.length === 0) return {};
    const report = (col: number, s: ValueStat, suggestion: string, majority: string): void =>
      eachRow(s, (row, extra) =>
        ctx.report({
          row,
          column: col,
          value: s.value,
          suggestion,
          params: { value: s.value, majority },
          count: 1 + extra,
        }),
      );
    return {
      row(row) {
        stats.feed(row);
      },
      end() {
        for (const col of cols) {
          const values = stats.values(col);
          if (!values) continue;
          const reported = new Set<string>();
          // 1. one value, several spellings
          const byFold = new Map<string, ValueStat[]>();
          for (const s of values.values()) {
            const f = s.value.toLowerCase();
            const list = byFold.get(f);
            if (list) list.push(s);
            else byFold.set(f, [s]);
          }
          for (const spellings of byFold.values()) {
            if (spellings.length < 2) continue;
            spellings.sort((a, b) => b.count - a.count);
            const major = spellings[0]?.value ?? '';
            for (const s of spellings.slice(1)) {
              reported.add(s.value);
              report(col.index, s, major, major);
            }
          }
          // 2. a minority case style
          const styles = new Map<CaseStyle, number>();
          let styled = 0;
          for (const s of values.values()) {
            if (reported.has(s.value) || isAcronym(s.value)) continue;
            const st = caseStyle(s.value);
            if (st === 'none' || st === 'other') continue;
            styles.set(st, (styles.get(st) ?? 0) + s.count);
            styled += s.count;
          }
          let major: CaseStyle | undefined;
          let majorCount = 0;
          for (const [st, n] of styles) {
            if (n > majorCount) {
              major = st;
              majorCount = n;
            }
          }
          if (!major || styles.size < 2 || styled < 5 || majorCount / styled < 0.8) continue;
          for (const s of values.values()) {
            if (reported.has(s.value) || isAcronym(s.value)) continue;
            const st = caseStyle(s.value);
            if (st === 'none' || st === 'other' || st === major) continue;
            report(col.index, s, toCaseStyle(s.value, major), major);
          }
        }
      },
    };
  },
});
