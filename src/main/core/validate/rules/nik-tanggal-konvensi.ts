import { defineRule } from '../define-rule';
import { nikScan } from '../nik';

/**
 * NIKs whose day field is 41–71: valid by the NIK convention (the day plus 40), not an error
 * (domain §7.3 item 3). One info finding per NIK column listing the rows, so a steward who sees
 * a "day 45" knows why. The message explains the convention only: it never states what the
 * field says about the person, and the NIK itself is not copied into the finding.
 */
export default defineRule({
  code: 'nik-tanggal-konvensi',
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
          const list = s.above40;
          const listed = list.rows.length;
          list.rows.forEach((line, i) => {
            const extra = i === listed - 1 ? list.count - listed : 0;
            ctx.report({
              row: line,
              column: s.col.index,
              group: '',
              ...(extra > 0 ? { count: extra + 1 } : {}),
            });
          });
        }
      },
    };
  },
});
