import { defineRule } from '../define-rule';
import { compileReferenceList, referenceKey } from '../reference-lists';
import { isValueRow } from '../rule-helpers';
import { boundedLevenshtein, caseStyle, toCaseStyle, type CaseStyle } from '../text-utils';
import { CellKind } from '../types';

/**
 * A value outside the reference list of its column (declared, or built in by column name:
 * jenis_kelamin, agama, pendidikan…). Case does not matter here (huruf-besar-kecil-tidak-
 * konsisten covers it). The suggestion is the official value for a known alias (L →
 * Laki-laki), else the closest official value, cased like the column's valid values.
 */
export default defineRule({
  code: 'nilai-referensi-tidak-dikenal',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns
      .filter((c) => c.referenceList !== undefined)
      .map((c) => ({
        index: c.index,
        ref: compileReferenceList(c.referenceList ?? { id: '', title: '', values: [] }),
        style: undefined as CaseStyle | undefined,
        memo: new Map<string, string | null>(),
      }));

    if (cols.length === 0) return {};
    const closest = (c: (typeof cols)[number], key: string): string | null => {
      const alias = c.ref.aliases.get(key);
      if (alias) return alias;
      let best: string | null = null;
      let bestD = Infinity;
      for (const v of c.ref.list.values) {
        const label = referenceKey(v.label);
        const max = Math.max(1, Math.floor(label.length / 3));
        const d = boundedLevenshtein(key, label, max);
        if (d <= max && d < bestD) {
          bestD = d;
          best = v.label;
        }
      }
      return best;
    };

    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (const c of cols) {
          const k = row.kinds[c.index];
          if (k === CellKind.Empty || k === CellKind.Blank || k === CellKind.Missing) continue;
          const v = row.cells[c.index] ?? '';
          const key = referenceKey(v);
          if (c.ref.accepted.has(key)) {
            if (c.style === undefined && !/^\d+$/.test(key)) {
              const s = caseStyle(v.trim());
              if (s === 'upper' || s === 'lower' || s === 'title') c.style = s;
            }
            continue;
          }
          let official = c.memo.get(key);
          if (official === undefined) {
            official = closest(c, key);
            c.memo.set(key, official);
          }
          ctx.report({
            row: row.line,
            column: c.index,
            value: v,
            suggestion: official && c.style ? toCaseStyle(official, c.style) : official,
            params: { value: v, list: c.ref.list.title },
          });
        }
      },
    };
  },
});
