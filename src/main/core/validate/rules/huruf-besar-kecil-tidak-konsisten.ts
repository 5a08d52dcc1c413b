import { defineRule } from '../define-rule';
import { ClassBuffer, reportSample } from '../rule-helpers';
import { caseStyle, isAcronym, squash, toCaseStyle, type CaseStyle } from '../text-utils';

const MAX_DISTINCT = 1000;

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
    const cols = ctx.columns
      .filter((c) => c.role === 'category' || c.role === 'unit' || c.role === 'region-name')
      .map((col) => ({ col, values: new ClassBuffer(), abandoned: false }));
    return {
      row(row) {
        if (row.kind !== 'data') return;
        for (const c of cols) {
          if (c.abandoned) continue;
          const v = squash(row.cells[c.col.index] ?? '');
          if (v === '') continue;
          if (!c.values.classes.has(v) && c.values.classes.size >= MAX_DISTINCT) {
            c.abandoned = true;
            continue;
          }
          c.values.add(v, row.line, v);
        }
      },
      end() {
        for (const c of cols) {
          if (c.abandoned) continue;
          const reported = new Set<string>();
          // 1. one value, several spellings
          const byFold = new Map<string, string[]>();
          for (const v of c.values.classes.keys()) {
            const f = v.toLowerCase();
            const list = byFold.get(f);
            if (list) list.push(v);
            else byFold.set(f, [v]);
          }
          for (const spellings of byFold.values()) {
            if (spellings.length < 2) continue;
            spellings.sort(
              (a, b) =>
                (c.values.classes.get(b)?.count ?? 0) - (c.values.classes.get(a)?.count ?? 0),
            );
            const major = spellings[0] ?? '';
            for (const v of spellings.slice(1)) {
              const sample = c.values.classes.get(v);
              if (!sample) continue;
              reported.add(v);
              reportSample(sample, (i, extra) =>
                ctx.report({
                  row: sample.rows[i] ?? null,
                  column: c.col.index,
                  value: v,
                  suggestion: major,
                  params: { value: v, majority: major },
                  count: 1 + extra,
                }),
              );
            }
          }
          // 2. a minority case style
          const styles = new Map<CaseStyle, number>();
          let styled = 0;
          for (const [v, s] of c.values.classes) {
            if (reported.has(v) || isAcronym(v)) continue;
            const st = caseStyle(v);
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
          const majorStyle = major;
          for (const [v, sample] of c.values.classes) {
            if (reported.has(v) || isAcronym(v)) continue;
            const st = caseStyle(v);
            if (st === 'none' || st === 'other' || st === majorStyle) continue;
            reportSample(sample, (i, extra) =>
              ctx.report({
                row: sample.rows[i] ?? null,
                column: c.col.index,
                value: v,
                suggestion: toCaseStyle(v, majorStyle),
                params: { value: v, majority: majorStyle },
                count: 1 + extra,
              }),
            );
          }
        }
      },
    };
  },
});
