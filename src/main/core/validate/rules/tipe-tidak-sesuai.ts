import type { ColumnType } from '../../../../shared/model/dataset';
import { IdTable } from '../hash';
import { dateMemo, type DateMemo } from '../date-memo';
import { defineRule } from '../define-rule';
import { parseIndonesianNumber } from '../number-format';
import { isValueRow } from '../rule-helpers';
import { CellKind, type ColumnInfo } from '../types';

const BOOLEAN_VALUES = new Set([
  'ya',
  'tidak',
  'y',
  't',
  'true',
  'false',
  '1',
  '0',
  'benar',
  'salah',
]);
const CHECKED: ReadonlySet<ColumnType> = new Set<ColumnType>([
  'integer',
  'decimal',
  'percentage',
  'currency',
  'year',
  'date',
  'boolean',
]);

/**
 * A value that does not fit its column's declared or inferred type. Values that another rule
 * explains are left to it: Indonesian number formats (angka-format-indonesia), missing-value
 * markers (penanda-nilai-hilang) and, outside measure columns, scientific notation.
 */
export default defineRule({
  code: 'tipe-tidak-sesuai',
  scope: 'row',
  create(ctx) {
    const cols = ctx.columns.filter((c) => c.type !== undefined && CHECKED.has(c.type));
    if (cols.length === 0) return {};
    const dates = dateMemo(ctx);
    // per column: the last value and its verdict (sorted files repeat values row after row)
    const checks = cols.map((col) => ({
      col,
      fits: checkFor(col, dates),
      last: '\u0000',
      ok: true,
    }));

    // the verdict per column and dictionary id (RowView.ids): 0 not judged yet, 1 fits, 2 not
    const byId = new IdTable(ctx.width);

    return {
      row(row) {
        if (!isValueRow(row)) return;
        const ids = row.ids;
        const at = row.idAt ?? 0;
        for (const c of checks) {
          const i = c.col.index;
          const kind = row.kinds[i] ?? CellKind.Empty;
          if (kind === CellKind.Empty || kind === CellKind.Blank || kind === CellKind.Missing)
            continue;
          const id = ids ? (ids[at + i] ?? -1) : -1;
          const known = id >= 0 ? byId.get(i, id) : 0;
          if (known === 1) continue;
          const v = row.cells[i] ?? '';
          if (known === 0) {
            if (v !== c.last) {
              c.last = v;
              c.ok = c.fits(v, kind);
            }
            if (id >= 0) byId.set(i, id, c.ok ? 1 : 2);
            if (c.ok) continue;
          }
          ctx.report({
            row: row.line,
            column: i,
            value: v,
            params: { value: v, expected: c.col.type ?? '' },
          });
        }
      },
    };
  },
});

/** Whether a non-empty value fits the column's type, given its cell kind. */
function checkFor(col: ColumnInfo, dates: DateMemo): (v: string, kind: number) => boolean {
  switch (col.type) {
    case 'integer':
      return (v, kind) => {
        if (kind === CellKind.Int || kind === CellKind.DotGroup) return true;
        if (kind === CellKind.IdNum) {
          const p = parseIndonesianNumber(v, 'thousands');
          return p !== null && Number.isInteger(p.value);
        }
        return false;
      };
    case 'decimal':
    case 'percentage':
    case 'currency':
      return (_v, kind) =>
        kind === CellKind.Int ||
        kind === CellKind.Dec ||
        kind === CellKind.DotGroup ||
        kind === CellKind.IdNum ||
        kind === CellKind.Sci;
    case 'year':
      // an integer of four digits from 1000: no sign, no leading zero
      return (v, kind) => {
        if (kind !== CellKind.Int) return false;
        const t = v.length === 4 ? v : v.trim();
        const c = t.charCodeAt(0);
        return t.length === 4 && c >= 49 && c <= 57;
      };
    case 'date':
      return (v) => dates.parse(v) !== null;
    case 'boolean':
      return (v) => BOOLEAN_VALUES.has(v.trim().toLowerCase());
    default:
      return () => true;
  }
}
