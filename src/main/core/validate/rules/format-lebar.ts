import { defineRule } from '../define-rule';
import { BUILTIN_REFERENCE_LISTS, referenceKey } from '../reference-lists';
import { truncate } from '../rule-helpers';
import { toSnakeCase } from '../text-utils';
import type { ColumnInfo } from '../types';

const YEAR_LABEL_RE = /^(?:[^\d]*?[\s_-])?((?:19|20)\d{2})(?:[\s_-][^\d]*)?$/;
const LEVEL_SPLIT_RE = /\s+-\s+|\s*\/\s*/;

/**
 * Wide layout: years (`2022`, `jumlah_2023`) or categories (`SD - Negeri`, `laki_laki`) as
 * column headers. The finding proposes the long layout: the other columns, one column per
 * spread dimension, one measure column, satuan and tahun.
 */
export default defineRule({
  code: 'format-lebar',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        const measures = ctx.columns.filter((c) => c.isMeasure || c.numeric);
        // the other columns stay, except a row-total column (`Jumlah`, `Total`): derived
        const fixed = (wide: ColumnInfo[]): string[] =>
          ctx.columns
            .filter((c) => !wide.includes(c) && !(c.isMeasure && /^(jumlah|total)$/.test(c.name)))
            .map((c) => c.name);
        const finish = (names: string[]): string => {
          const out = [...new Set(names)];
          if (!out.includes('satuan')) out.push('satuan');
          if (!out.includes('tahun')) out.push('tahun');
          return out.join(', ');
        };
        const emit = (wide: ColumnInfo[], kind: string, dims: string[]): void => {
          const layout = finish([...fixed(wide), ...dims, 'jumlah']);
          ctx.report({
            column: wide[0]?.index ?? null,
            suggestion: layout,
            params: { columns: truncate(wide.map((c) => c.label).join(', '), 120), kind, layout },
            group: kind,
          });
        };

        // years as headers
        const years = ctx.columns.filter((c) => YEAR_LABEL_RE.test(c.label.trim()));
        if (years.length >= 2) emit(years, 'tahun', ['tahun']);

        // two-level category headers (`SD - Negeri`, `SD - Swasta`, `SMP - Negeri`…)
        const split = measures
          .filter((c) => !years.includes(c))
          .map((c) => ({ c, parts: c.label.split(LEVEL_SPLIT_RE).map((p) => p.trim()) }))
          .filter((x) => x.parts.length >= 2 && x.parts.every((p) => p !== ''));
        const firsts = new Map<string, number>();
        const seconds = new Map<string, number>();
        for (const x of split) {
          const a = x.parts[0] ?? '';
          const b = x.parts.slice(1).join(' - ');
          firsts.set(a, (firsts.get(a) ?? 0) + 1);
          seconds.set(b, (seconds.get(b) ?? 0) + 1);
        }
        const repeated =
          [...firsts.values()].some((n) => n >= 2) || [...seconds.values()].some((n) => n >= 2);
        if (split.length >= 2 && repeated) {
          // one shared first level (`Status Sekolah - Negeri/Swasta`) names the dimension
          const only = firsts.size === 1 ? [...firsts.keys()][0] : undefined;
          emit(
            split.map((x) => x.c),
            'kategori',
            only ? [toSnakeCase(only)] : ['kategori', 'subkategori'],
          );
          return;
        }

        // reference-list values as headers (`laki_laki`, `perempuan`)
        for (const list of Object.values(BUILTIN_REFERENCE_LISTS)) {
          const labels = new Set<string>();
          for (const v of list.values) {
            for (const s of [v.label, ...(v.aliases ?? [])]) {
              labels.add(referenceKey(s).replace(/[^a-z0-9]+/g, '_'));
            }
          }
          const hits = measures.filter(
            (c) => labels.has(c.name) || labels.has(referenceKey(c.label)),
          );
          if (hits.length >= 2) {
            emit(hits, 'kategori', [list.columnNames?.[0] ?? list.id.replace(/-/g, '_')]);
            return;
          }
        }
      },
    };
  },
});
