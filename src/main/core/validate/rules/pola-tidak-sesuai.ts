import { AppError } from '../../../../shared/errors';
import { defineRule } from '../define-rule';
import { isValueRow } from '../rule-helpers';
import { CellKind } from '../types';

/** A value that does not match the pattern declared for its column (whole-value match). */
export default defineRule({
  code: 'pola-tidak-sesuai',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns
      .filter((c) => c.declared.pattern !== undefined && c.declared.pattern !== '')
      .map((c) => {
        const pattern = c.declared.pattern ?? '';
        let re: RegExp;
        try {
          re = new RegExp(`^(?:${pattern})$`, 'u');
        } catch {
          throw new AppError({
            kind: 'user-input',
            code: 'pattern-invalid',
            message: `Pola (pattern) kolom "${c.label}" bukan regular expression yang valid: ${pattern}`,
            messageEn: `The pattern of column "${c.label}" is not a valid regular expression: ${pattern}`,
            column: c.label,
          });
        }
        return { index: c.index, re, pattern };
      });
    if (cols.length === 0) return {};
    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (const c of cols) {
          const k = row.kinds[c.index];
          if (k === CellKind.Empty || k === CellKind.Blank) continue;
          const v = row.cells[c.index] ?? '';
          if (c.re.test(v)) continue;
          ctx.report({
            row: row.line,
            column: c.index,
            value: v,
            params: { value: v, pattern: c.pattern },
          });
        }
      },
    };
  },
});
