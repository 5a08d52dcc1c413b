import { defineRule } from '../define-rule';
import { nikScan } from '../nik';

/**
 * A NIK that cannot exist: not 16 digits, no province code, day field 00/32–40/above 71, month
 * 00/above 12, serial 0000 (domain §5.2). Only in NIK columns (by name, or mostly valid NIKs by
 * value). Values destroyed by scientific notation belong to identitas-notasi-ilmiah. The NIK
 * itself is not copied into the finding: reports leave the office.
 */
export default defineRule({
  code: 'nik-tidak-valid',
  scope: 'table',
  create(ctx) {
    const scan = nikScan(ctx);
    if (scan.empty) return {};
    return {
      row(row) {
        scan.feed(row);
      },
      end() {
        for (const s of scan.columns()) {
          for (const [nikProblem, list] of s.problems) {
            const listed = list.rows.length;
            list.rows.forEach((line, i) => {
              const extra = i === listed - 1 ? list.count - listed : 0;
              ctx.report({
                row: line,
                column: s.col.index,
                params: { nikProblem },
                group: nikProblem,
                ...(extra > 0 ? { count: extra + 1 } : {}),
              });
            });
          }
        }
      },
    };
  },
});
