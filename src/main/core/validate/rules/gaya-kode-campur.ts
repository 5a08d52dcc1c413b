import { defineRule } from '../define-rule';
import { regionAnalysis } from '../region-analysis';
import { dotKemendagri } from '../reference-lookup';
import { ClassBuffer, reportSample } from '../rule-helpers';

/**
 * Dotted and undotted codes mixed in one code column (`64.71` and `6471`). Only codes of the
 * same length are compared (a 7-digit BPS code among dotted Kemendagri codes is
 * kode-sistem-campur). The rows in the minority style are reported, with the code in the
 * majority style as suggestion.
 */
export default defineRule({
  code: 'gaya-kode-campur',
  scope: 'table',
  create(ctx) {
    const ra = regionAnalysis(ctx);
    const cols = ctx.columns
      .filter((c) => c.role === 'region-code' || (c.role === 'identifier' && /^kode_/.test(c.name)))
      .map((col) => ({ col, region: col.role === 'region-code', styles: new ClassBuffer() }));
    if (cols.length === 0) return {};
    const DOTTED_RE = /^\d+(?:\.\d+)+$/;
    const DIGITS_RE = /^\d+$/;
    return {
      row(row) {
        if (row.kind !== 'data') return;
        for (const c of cols) {
          if (c.region) {
            const a = ra.rowCode(c.col, row);
            if (!a || a.style === 'other') continue;
            if (
              a.status === 'other-system' ||
              a.status === 'malformed' ||
              a.status === 'wrong-level'
            ) {
              continue;
            }
            c.styles.add(a.style, row.line, a.raw);
            continue;
          }
          const v = (row.cells[c.col.index] ?? '').trim();
          if (DOTTED_RE.test(v)) c.styles.add('dotted', row.line, v);
          else if (DIGITS_RE.test(v)) c.styles.add('undotted', row.line, v);
        }
      },
      end() {
        for (const c of cols) {
          if (c.styles.classes.size < 2) continue;
          const major = c.styles.majority();
          if (!major) continue;
          for (const [style, sample] of c.styles.classes) {
            if (style === major[0]) continue;
            reportSample(sample, (i, extra) => {
              const v = sample.values[i] ?? '';
              const suggestion =
                style === 'dotted'
                  ? v.replace(/\./g, '')
                  : c.region
                    ? (dotKemendagri(v) ?? null)
                    : null;
              ctx.report({
                row: sample.rows[i] ?? null,
                column: c.col.index,
                value: v,
                suggestion,
                params: { value: v, style, majority: major[0] },
                group: '',
                count: 1 + extra,
              });
            });
          }
        }
      },
    };
  },
});
