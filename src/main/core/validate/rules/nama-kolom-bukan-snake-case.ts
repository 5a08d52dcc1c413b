import { defineRule } from '../define-rule';
import { isSnakeCase, toSnakeCase } from '../text-utils';

/** A column name that is not snake_case (lower-case ASCII words joined by `_`). */
export default defineRule({
  code: 'nama-kolom-bukan-snake-case',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        for (const col of ctx.columns) {
          const label = col.label;
          if (label.trim() === '' || isSnakeCase(label)) continue;
          const name = isSnakeCase(col.name) ? col.name : toSnakeCase(label);
          ctx.report({
            column: col.index,
            value: label,
            suggestion: name,
            params: { label, name },
            group: String(col.index),
          });
        }
      },
    };
  },
});
