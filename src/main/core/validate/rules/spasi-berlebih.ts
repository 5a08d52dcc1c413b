import { defineRule } from '../define-rule';
import { isValueRow } from '../rule-helpers';
import { squash } from '../text-utils';

function untidy(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  if (a === 32 || a === 9 || a === 160 || b === 32 || b === 9 || b === 160) return true;
  return s.includes('  ') || s.includes('\u00a0');
}

/** Leading, trailing, double or non-breaking spaces in a value. */
export default defineRule({
  code: 'spasi-berlebih',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns.filter((c) => c.role !== 'free-text').map((c) => c.index);
    // consecutive rows often repeat a value: remember the last verdict per column
    const lastValue: string[] = cols.map(() => '\u0000');
    const lastUntidy: boolean[] = cols.map(() => false);
    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (let k = 0; k < cols.length; k++) {
          const i = cols[k] as number;
          const v = row.cells[i] ?? '';
          let bad: boolean;
          if (v === lastValue[k]) bad = lastUntidy[k] === true;
          else {
            bad = untidy(v) && v.trim() !== '';
            lastValue[k] = v;
            lastUntidy[k] = bad;
          }
          if (!bad) continue;
          ctx.report({
            row: row.line,
            column: i,
            value: v,
            suggestion: squash(v.replace(/\u00a0/g, ' ')),
            params: { value: v },
            group: '',
          });
        }
      },
    };
  },
});
