import { defineRule } from '../define-rule';
import { accessLevel } from '../metadata-fields';
import { personalDataScanner } from '../personal-data';
import { truncate } from '../rule-helpers';

/** The metadata says Terbuka (open) while the dataset holds personal-data columns. */
export default defineRule({
  code: 'data-pribadi-akses-terbuka',
  scope: 'table',
  create(ctx) {
    const scanner = personalDataScanner(ctx);
    return {
      row(row) {
        scanner.feed(row);
      },
      end() {
        const access = accessLevel(ctx.input.metadata?.doc);
        if (!access || access.level !== 'terbuka') return;
        const found = scanner.columnsFound();
        if (found.length === 0) return;
        const columns = truncate(found.map((p) => p.col.label).join(', '), 120);
        ctx.report({
          value: access.text,
          suggestion: ctx.lang === 'id' ? 'Terbatas atau Tertutup' : 'Terbatas or Tertutup',
          params: { access: access.text, columns },
        });
      },
    };
  },
});
