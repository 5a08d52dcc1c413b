import { dateMemo } from '../date-memo';
import { defineRule } from '../define-rule';
import { ClassBuffer, isValueRow, reportSample } from '../rule-helpers';
import { CellKind } from '../types';

/**
 * Several date formats in one date column (Indonesian month names, DD/MM/YYYY, Excel serials,
 * ISO…). The rows in the minority formats are reported, one finding per format, with the ISO
 * date as suggestion.
 */
export default defineRule({
  code: 'format-tanggal-campur',
  scope: 'table',
  create(ctx) {
    const cols = ctx.columns
      .filter((c) => c.type === 'date')
      .map((col) => ({ col, styles: new ClassBuffer() }));
    if (cols.length === 0) return {};
    const dates = dateMemo(ctx);
    return {
      row(row) {
        if (!isValueRow(row)) return;
        const ids = row.ids;
        const at = row.idAt ?? 0;
        for (const c of cols) {
          const i = c.col.index;
          const k = row.kinds[i];
          if (k === CellKind.Empty || k === CellKind.Blank || k === CellKind.Missing) continue;
          const id = ids ? (ids[at + i] ?? -1) : -1;
          // a date parsed before whose style has its rows listed in full is only counted:
          // the cell is not read
          const known = dates.parsedById(i, id);
          if (known === null || (known !== undefined && c.styles.countIfFull(known.style))) {
            continue;
          }
          const v = row.cells[i] ?? '';
          const d = known ?? dates.parseCell(i, id, v);
          if (d) c.styles.add(d.style, row.line, v, d.style === 'iso' ? null : d.iso);
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
              ctx.report({
                row: sample.rows[i] ?? null,
                column: c.col.index,
                value: v,
                suggestion: sample.suggestions[i] ?? null,
                params: { value: v, style, majority: major[0] },
                group: style,
                count: 1 + extra,
              });
            });
          }
        }
      },
    };
  },
});
