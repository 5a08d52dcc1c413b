import { defineRule } from '../define-rule';
import { metadataText } from '../metadata-fields';

/**
 * A derived column: a ratio, percentage, rate per N population, average, index, density or
 * growth rate, computed from other data (domain §7.3 item 8). Quiet when the metadata documents
 * the computation (MS-Ind `metode_perhitungan` or `rumus`).
 */
const DERIVATIONS: [RegExp, string][] = [
  [/(^|_)(rasio|ratio)(_|$)/, 'rasio'],
  [/(^|_)(persentase|prosentase|persen|proporsi|percentage|percent)(_|$)/, 'persentase'],
  [/(^|_)per_\d+(_\d{3})*(_|$)/, 'per'],
  [/(^|_)(rata_rata|rerata|average|mean)(_|$)/, 'rata-rata'],
  [/(^|_)(indeks|index)(_|$)/, 'indeks'],
  [/(^|_)kepadatan(_|$)/, 'kepadatan'],
  [/(^|_)laju(_|$)/, 'laju'],
];
const NOT_DERIVED_ROLES = new Set([
  'region-code',
  'region-name',
  'unit',
  'year',
  'period',
  'identifier',
  'row-number',
  'free-text',
  'empty',
]);
const METHOD_KEYS = ['metode_perhitungan', 'rumus', 'formula', 'cara_perhitungan'];

function derivationOf(name: string): string | undefined {
  for (const [re, kind] of DERIVATIONS) if (re.test(name)) return kind;
  return undefined;
}

export default defineRule({
  code: 'kolom-turunan',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        if (metadataText(ctx.input.metadata?.doc, METHOD_KEYS)) return;
        for (const c of ctx.columns) {
          if (NOT_DERIVED_ROLES.has(c.role)) continue;
          const derivation = derivationOf(c.name) ?? (c.type === 'percentage' ? 'persentase' : '');
          if (derivation === '') continue;
          ctx.report({
            column: c.index,
            params: { derivation },
            group: String(c.index),
            suggestion:
              ctx.lang === 'id'
                ? 'Isi "metode_perhitungan" dan "rumus" (dengan penyebutnya) di metadata MS-Ind, atau terbitkan pembilang dan penyebutnya sebagai kolom.'
                : 'Fill "metode_perhitungan" and "rumus" (with the denominator) in the MS-Ind metadata, or publish the numerator and denominator as columns.',
          });
        }
      },
    };
  },
});
