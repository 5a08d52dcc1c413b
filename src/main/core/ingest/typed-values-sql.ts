/**
 * Reading cells by their column's type inside SQL (sorting, filtering and profiling the grid):
 * SQL functions that parse a cell as the steward wrote it — `92.651` and `3,5` in an
 * Indonesian column, `Rp 10.000,-`, `12,5%`, `15 Januari 2024` — into a number or an ISO date,
 * or NULL when the cell does not fit. They are registered on a reading connection only and are
 * never used in the schema (an index or a view), so no other connection needs them.
 */
import type { ColumnType, ColumnTypeInfo } from '../../../shared/model/dataset';
import type { Db } from '../store/workspace';
import { parseDate } from './date-format';
import { parseCurrency, parseIndonesianNumber, parsePercentage } from './number-format';
import type { NumberLocale } from './number-format';

export type TypedKind = 'number' | 'date' | 'text';

const NUMERIC: ReadonlySet<ColumnType> = new Set<ColumnType>([
  'integer',
  'decimal',
  'percentage',
  'currency',
  'year',
]);

/** How cells of a column compare: as numbers, as dates, or as text. */
export function typedKind(type: ColumnTypeInfo | undefined): TypedKind {
  if (!type) return 'text';
  if (NUMERIC.has(type.type)) return 'number';
  if (type.type === 'date') return 'date';
  return 'text';
}

function localeOf(type: ColumnTypeInfo | undefined): NumberLocale | undefined {
  return type?.locale === 'id' || type?.locale === 'en' ? type.locale : undefined;
}

/** The canonical form cleaning steps write (`1234.56`). */
const CANONICAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Parse one value the way a column of this type reads it; null when it does not fit. A value
 * in the locale of the column wins; a canonical `1234.56` (written by a cleaning step) is
 * read as such when the locale does not read it.
 */
export function typedNumber(value: string, type: ColumnTypeInfo | undefined): number | null {
  const locale = localeOf(type);
  let n: number | null;
  switch (type?.type) {
    case 'percentage':
      n = parsePercentage(value, locale) ?? parseIndonesianNumber(value, locale);
      break;
    case 'currency':
      n = parseCurrency(value, locale) ?? parseIndonesianNumber(value, locale);
      break;
    default:
      n = parseIndonesianNumber(value, locale);
  }
  if (n === null && CANONICAL.test(value)) n = Number(value);
  return n;
}

export function typedDate(value: string, type: ColumnTypeInfo | undefined): string | null {
  const serial = type?.detail === 'excel-serial' || type?.detail === 'mixed';
  return parseDate(value, serial ? { excelSerial: true } : undefined);
}

const registered = new WeakSet<Db>();

/** Locale codes passed to the SQL functions (integers: nothing from a file reaches the SQL). */
const LOCALE_CODE = { none: 0, id: 1, en: 2 } as const;
const TYPE_CODE: Record<string, number> = { percentage: 1, currency: 2 };

function fromCode(code: number, typeCode: number): ColumnTypeInfo {
  const type: ColumnType = typeCode === 1 ? 'percentage' : typeCode === 2 ? 'currency' : 'decimal';
  const info: ColumnTypeInfo = { type, confidence: 1, misfits: [] };
  if (code === LOCALE_CODE.id) info.locale = 'id';
  if (code === LOCALE_CODE.en) info.locale = 'en';
  return info;
}

/** Register `sdw_num(cell, locale, type)` and `sdw_date(cell, serial)` on a connection. */
export function registerTypedFunctions(db: Db): void {
  if (registered.has(db)) return;
  registered.add(db);
  const infos = new Map<number, ColumnTypeInfo>();
  db.function(
    'sdw_num',
    { deterministic: true },
    (cell: unknown, locale: unknown, typeCode: unknown) => {
      if (typeof cell !== 'string' || cell === '') return null;
      const key = Number(locale) * 8 + Number(typeCode);
      let info = infos.get(key);
      if (!info) {
        info = fromCode(Number(locale), Number(typeCode));
        infos.set(key, info);
      }
      const n = typedNumber(cell, info);
      return n === null || !Number.isFinite(n) ? null : n;
    },
  );
  db.function('sdw_date', { deterministic: true }, (cell: unknown, serial: unknown) => {
    if (typeof cell !== 'string' || cell === '') return null;
    return parseDate(cell, serial === 1 ? { excelSerial: true } : undefined);
  });
}

/**
 * SQL for the typed value of a column (`col` must be a validated column name such as `c3`):
 * a REAL for numeric types, an ISO date text for dates, the cell itself otherwise. NULL when
 * the cell is empty or does not fit the type.
 */
export function typedValueSql(col: string, type: ColumnTypeInfo | undefined): string {
  const kind = typedKind(type);
  if (kind === 'number') {
    const locale = localeOf(type);
    const code = locale === undefined ? LOCALE_CODE.none : LOCALE_CODE[locale];
    const typeCode = TYPE_CODE[type?.type ?? ''] ?? 0;
    // the common shapes are read in SQL (same result as the parser); the rest by the parser
    const fast = [
      `WHEN length(${col}) BETWEEN 1 AND 15 AND ${col} NOT GLOB '*[^0-9]*' THEN CAST(${col} AS INTEGER)`,
    ];
    if (locale === 'en' && typeCode === 0) {
      fast.push(
        `WHEN ${col} GLOB '[0-9]*.[0-9]*' AND ${col} NOT GLOB '*[^0-9.]*' AND ${col} NOT GLOB '*.*.*' THEN CAST(${col} AS REAL)`,
      );
    } else if (locale === 'id' && typeCode === 0) {
      fast.push(
        `WHEN ${col} GLOB '[0-9]*,[0-9]*' AND ${col} NOT GLOB '*[^0-9,]*' AND ${col} NOT GLOB '*,*,*' THEN CAST(replace(${col}, ',', '.') AS REAL)`,
      );
    }
    return `CASE ${fast.join(' ')} ELSE sdw_num(${col}, ${code}, ${typeCode}) END`;
  }
  if (kind === 'date') {
    const serial = type?.detail === 'excel-serial' || type?.detail === 'mixed' ? 1 : 0;
    // ISO dates that are real calendar dates are read in SQL
    return `CASE WHEN ${col} GLOB '[1-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(${col}) = ${col} THEN ${col} ELSE sdw_date(${col}, ${serial}) END`;
  }
  return `nullif(trim(${col}), '')`;
}

/** Parse a filter value given by the user for comparison with `typedValueSql`. */
export function typedParam(value: string, type: ColumnTypeInfo | undefined): number | string {
  const kind = typedKind(type);
  if (kind === 'number') {
    const n = typedNumber(value.trim(), type) ?? parseIndonesianNumber(value.trim());
    return n ?? Number(value);
  }
  if (kind === 'date') return parseDate(value.trim()) ?? value.trim();
  return value;
}
