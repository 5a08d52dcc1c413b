import { defineRule } from '../define-rule';

/** The same header label (ignoring case and spaces) used by more than one column. */
export default defineRule({
  code: 'header-duplikat',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        const seen = new Map<string, number>();
        for (const col of ctx.columns) {
          const key = col.label.trim().replace(/\s+/g, ' ').toLowerCase();
          if (key === '') continue;
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, col.index);
            continue;
          }
          ctx.report({
            column: col.index,
            value: col.label,
            params: { label: col.label, first: first + 1 },
            suggestion: `${col.name}_${col.index + 1}`,
            group: String(col.index),
          });
        }
      },
    };
  },
});
