import { defineRule } from '../define-rule';
import { formatPlainNumber, parseIndonesianNumber } from '../number-format';
import { ClassBuffer, expectsNumber, isValueRow, reportSample } from '../rule-helpers';
import { CellKind, type ColumnInfo } from '../types';

/**
 * Indonesian number habits in numeric columns: thousands dots (`92.651`), decimal commas
 * (`0,38`), `Rp`, `%`, magnitude words (`1,25 M`). One finding per column and habit.
 *
 * `1.500` is ambiguous: in an integer column it is a thousands dot; in a column that also has
 * plain decimals (`0.38`) it is a decimal point and not reported. When the column type does not
 * settle it, the rule decides at the end of the file.
 */
export default defineRule({
  code: 'angka-format-indonesia',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns.filter(expectsNumber);
    if (cols.length === 0) return {};
    const state = cols.map((col) => ({
      col,
      decimals: 0,
      groups: new ClassBuffer(),
      decided: decideUpFront(col),
    }));

    const report = (
      col: ColumnInfo,
      line: number,
      v: string,
      style: string,
      n: number,
      count = 1,
    ): void => {
      const number = formatPlainNumber(n);
      ctx.report({
        row: line,
        column: col.index,
        value: v,
        suggestion: number,
        params: { value: v, style, number },
        group: style,
        count,
      });
    };

    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (const s of state) {
          const i = s.col.index;
          const k = row.kinds[i];
          if (k === CellKind.Dec) s.decimals++;
          else if (k === CellKind.IdNum) {
            const v = row.cells[i] ?? '';
            const p = parseIndonesianNumber(v, 'thousands');
            if (p && p.style !== 'plain') report(s.col, row.line, v, p.style, p.value);
          } else if (k === CellKind.DotGroup) {
            const v = row.cells[i] ?? '';
            if (s.decided === 'thousands') {
              report(s.col, row.line, v, 'thousands-dot', Number(v.trim().replace('.', '')));
            } else if (s.decided === undefined) {
              s.groups.add('g', row.line, v);
            }
          }
        }
      },
      end() {
        for (const s of state) {
          if (s.decided !== undefined || s.decimals > 0) continue;
          const g = s.groups.classes.get('g');
          if (!g) continue;
          reportSample(g, (i, extra) => {
            const v = g.values[i] ?? '';
            report(
              s.col,
              g.rows[i] ?? 0,
              v,
              'thousands-dot',
              Number(v.trim().replace('.', '')),
              1 + extra,
            );
          });
        }
      },
    };
  },
});

function decideUpFront(col: ColumnInfo): 'thousands' | 'decimal' | undefined {
  if (col.type === 'integer' || col.isCount) return 'thousands';
  if ((col.type === 'decimal' || col.type === 'percentage') && col.locale !== 'id')
    return 'decimal';
  return undefined;
}
