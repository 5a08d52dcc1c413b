import { defineRule } from '../define-rule';
import { IdTable } from '../hash';
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
    // the verdict per dictionary id (RowView.ids): 0 not judged yet, 1 tidy, 2 untidy
    const byId = new IdTable(ctx.width);
    return {
      row(row) {
        if (!isValueRow(row)) return;
        const ids = row.ids;
        const at = row.idAt ?? 0;
        for (let k = 0; k < cols.length; k++) {
          const i = cols[k] as number;
          const id = ids ? (ids[at + i] ?? -1) : -1;
          const known = id >= 0 ? byId.get(i, id) : 0;
          if (known === 1) continue;
          const v = row.cells[i] ?? '';
          let bad: boolean;
          if (known !== 0) bad = true;
          else if (v === lastValue[k]) bad = lastUntidy[k] === true;
          else {
            bad = untidy(v) && v.trim() !== '';
            lastValue[k] = v;
            lastUntidy[k] = bad;
            if (id >= 0) byId.set(i, id, bad ? 2 : 1);
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
