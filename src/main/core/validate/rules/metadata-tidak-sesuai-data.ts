import { defineRule } from '../define-rule';
import { declaredCoverage, declaredYears, METADATA_KEYS, metadataText } from '../metadata-fields';
import { regionAnalysis } from '../region-analysis';
import { ClassBuffer, reportSample } from '../rule-helpers';
import { squash } from '../text-utils';
import { CellKind } from '../types';

/**
 * The metadata against the data: tahun values outside the declared period, region codes
 * outside the declared coverage (cakupan), satuan values other than the declared unit. One
 * finding per aspect and column, listing the rows.
 */
export default defineRule({
  code: 'metadata-tidak-sesuai-data',
  scope: 'table',
  create(ctx) {
    const doc = ctx.input.metadata?.doc;
    const ra = regionAnalysis(ctx);
    const years = declaredYears(doc);
    const coverage = declaredCoverage(doc, ctx.regions);
    const unit = metadataText(doc, METADATA_KEYS.unit);
    const unitKey = unit ? squash(unit).toLowerCase() : undefined;
    const yearCols = years ? ctx.columns.filter((c) => c.role === 'year') : [];
    const codeCols = coverage
      ? ctx.columns.filter(
          (c) => c.role === 'region-code' && (c.codeSystem ?? 'kemendagri') === 'kemendagri',
        )
      : [];
    const unitCols = unitKey ? ctx.columns.filter((c) => c.role === 'unit') : [];
    if (yearCols.length === 0 && codeCols.length === 0 && unitCols.length === 0) return {};
    const buf = new Map<
      string,
      { col: number; aspect: string; declared: string; b: ClassBuffer }
    >();
    const add = (col: number, aspect: string, declared: string, line: number, v: string): void => {
      const key = `${aspect}\u0000${col}`;
      let e = buf.get(key);
      if (!e) {
        e = { col, aspect, declared, b: new ClassBuffer() };
        buf.set(key, e);
      }
      e.b.add('x', line, v);
    };
    return {
      row(row) {
        if (row.kind !== 'data') return;
        if (years) {
          for (const c of yearCols) {
            if (row.kinds[c.index] !== CellKind.Int) continue;
            const y = Number(row.cells[c.index]);
            if (y < years.from || y > years.to) {
              add(c.index, 'periode', years.text, row.line, row.cells[c.index] ?? '');
            }
          }
        }
        if (coverage) {
          for (const c of codeCols) {
            const a = ra.rowCode(c, row);
            if (!a || !a.code || (a.status !== 'ok' && a.status !== 'unchecked')) continue;
            if (a.code === coverage.code || a.code.startsWith(`${coverage.code}.`)) continue;
            if (coverage.code.startsWith(`${a.code}.`)) continue;
            add(c.index, 'cakupan', coverage.text, row.line, a.raw);
          }
        }
        if (unitKey) {
          for (const c of unitCols) {
            const v = squash(row.cells[c.index] ?? '');
            if (v !== '' && v.toLowerCase() !== unitKey)
              add(c.index, 'satuan', unit ?? '', row.line, v);
          }
        }
      },
      end() {
        for (const e of buf.values()) {
          const sample = e.b.classes.get('x');
          if (!sample) continue;
          reportSample(sample, (i, extra) => {
            const v = sample.values[i] ?? '';
            ctx.report({
              row: sample.rows[i] ?? null,
              column: e.col,
              value: v,
              params: { aspect: e.aspect, declared: e.declared, found: v },
              group: e.aspect,
              count: 1 + extra,
            });
          });
        }
      },
    };
  },
});
