import { defineRule } from '../define-rule';
import { KEMENDAGRI_DIGITS, LEVEL_RANK } from '../reference-lookup';

/**
 * A region-name column without a code column at its level. When a lower-level code column
 * exists, the suggestion says how to derive the code from it.
 */
export default defineRule({
  code: 'kolom-kode-wilayah-hilang',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        const codes = ctx.columns.filter((c) => c.role === 'region-code');
        for (const col of ctx.columns) {
          if (col.role !== 'region-name' || !col.regionLevel) continue;
          const level = col.regionLevel;
          if (codes.some((c) => c.regionLevel === level)) continue;
          const child = codes.find(
            (c) => c.regionLevel && LEVEL_RANK[c.regionLevel] > LEVEL_RANK[level],
          );
          let suggestion: string | null = null;
          if (child && (child.codeSystem ?? 'kemendagri') === 'kemendagri') {
            const digits = KEMENDAGRI_DIGITS[level];
            const chars = digits + Math.floor(digits / 2) - 1;
            suggestion =
              ctx.lang === 'id'
                ? `Turunkan kode_${level} dari ${chars} karakter pertama kolom "${child.label}".`
                : `Derive kode_${level} from the first ${chars} characters of column "${child.label}".`;
          }
          ctx.report({
            column: col.index,
            suggestion,
            params: { level },
            group: String(col.index),
          });
        }
      },
    };
  },
});
