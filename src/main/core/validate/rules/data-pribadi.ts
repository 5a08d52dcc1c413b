import { defineRule } from '../define-rule';
import { accessLevel } from '../metadata-fields';
import { personalDataScanner } from '../personal-data';

/**
 * A column holding personal data: NIK (16 digits with a valid structure), No. KK, NPWP, phone
 * numbers, e-mail addresses, or names/addresses next to such identifiers. One finding per
 * column with the count of matching values. An error, or a warning when the metadata already
 * restricts access (Terbatas/Tertutup).
 */
export default defineRule({
  code: 'data-pribadi',
  scope: 'table',
  create(ctx) {
    const scanner = personalDataScanner(ctx);
    return {
      row(row) {
        scanner.feed(row);
      },
      end() {
        const access = accessLevel(ctx.input.metadata?.doc);
        const restricted = access !== undefined && access.level !== 'terbuka';
        for (const p of scanner.columnsFound()) {
          ctx.report({
            column: p.col.index,
            params: { kind: p.kind, count: p.count },
            suggestion:
              ctx.lang === 'id'
                ? 'Hapus kolom ini dari versi terbuka, atau simpan dataset sebagai Tertutup.'
                : 'Drop this column from the open version, or keep the dataset closed (Tertutup).',
            group: String(p.col.index),
            ...(restricted ? { severity: 'warning' as const } : {}),
          });
        }
      },
    };
  },
});
