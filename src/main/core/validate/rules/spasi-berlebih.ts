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
    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (const i of cols) {
          const v = row.cells[i] ?? '';
          if (!untidy(v) || v.trim() === '') continue;
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
