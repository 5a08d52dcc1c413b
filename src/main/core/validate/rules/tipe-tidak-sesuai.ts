import type { ColumnType } from '../../../../shared/model/dataset';
import { parseDateLoose } from '../date-format';
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
    const dateMemo = new Map<string, boolean>();

    const fits = (col: ColumnInfo, v: string, kind: number): boolean => {
      switch (col.type) {
        case 'integer':
          if (kind === CellKind.Int || kind === CellKind.DotGroup) return true;
          if (kind === CellKind.IdNum) {
            const p = parseIndonesianNumber(v, 'thousands');
            return p !== null && Number.isInteger(p.value);
          }
          return false;
        case 'decimal':
        case 'percentage':
        case 'currency':
          return (
            kind === CellKind.Int ||
            kind === CellKind.Dec ||
            kind === CellKind.DotGroup ||
            kind === CellKind.IdNum ||
            kind === CellKind.Sci
          );
        case 'year': {
          if (kind !== CellKind.Int) return false;
          const t = v.trim();
          return t.length === 4 && Number(t) >= 1000;
        }
        case 'date': {
          let ok = dateMemo.get(v);
          if (ok === undefined) {
            ok = parseDateLoose(v, true) !== null;
            if (dateMemo.size > 50_000) dateMemo.clear();
            dateMemo.set(v, ok);
          }
          return ok;
        }
        case 'boolean':
          return BOOLEAN_VALUES.has(v.trim().toLowerCase());
        default:
          return true;
      }
    };

    return {
      row(row) {
        if (!isValueRow(row)) return;
        for (const col of cols) {
          const kind = row.kinds[col.index] ?? CellKind.Empty;
          if (kind === CellKind.Empty || kind === CellKind.Blank || kind === CellKind.Missing)
            continue;
          const v = row.cells[col.index] ?? '';
          if (fits(col, v, kind)) continue;
          ctx.report({
            row: row.line,
            column: col.index,
            value: v,
            params: { value: v, expected: col.type ?? '' },
          });
        }
      },
    };
  },
});
