/**
 * The grid's column filters and sort as a steward sees them (operators that fit the column's
 * kind: text, number, date), and how they map onto the contract's RowFilter ops. The server
 * compares typed where the column has a type, so "=" on a number is "≥ v and ≤ v" (1.234 and
 * 1234 are the same number) and "antara" is "≥ from and ≤ to".
 */
import type { RowFilter, RowSort } from '../../../shared/api/core';
import type { ColumnTypeInfo } from '../../../shared/model/dataset';

export type ColumnKind = 'number' | 'date' | 'text';

export type FilterOperator =
  | 'contains'
  | 'equals'
  | 'not-equals'
  | 'empty'
  | 'not-empty'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'between'
  | 'before'
  | 'after';

/** One filter as the steward set it in a column header. */
export interface GridFilter {
  column: number;
  kind: ColumnKind;
  op: FilterOperator;
  value?: string;
  /** the upper end of `between` */
  value2?: string;
}

export type FilterProblem = 'missing' | 'notNumber' | 'notDate';

const NUMERIC_TYPES = new Set(['integer', 'decimal', 'percentage', 'currency', 'year']);

/** How the server compares a column (the same rule as its typed sort and filters). */
export function columnKind(type: ColumnTypeInfo | undefined): ColumnKind {
  if (!type) return 'text';
  if (NUMERIC_TYPES.has(type.type)) return 'number';
  if (type.type === 'date') return 'date';
  return 'text';
}

/** The operators offered for a column of this kind, in the order they are listed. */
export const OPERATORS: Record<ColumnKind, readonly FilterOperator[]> = {
  text: ['contains', 'equals', 'empty', 'not-empty'],
  number: ['equals', 'not-equals', 'lt', 'lte', 'gt', 'gte', 'between', 'empty', 'not-empty'],
  date: ['before', 'after', 'between', 'empty', 'not-empty'],
};

/** How many values the operator asks for (0, 1, or 2 for `between`). */
export function valuesNeeded(op: FilterOperator): 0 | 1 | 2 {
  if (op === 'empty' || op === 'not-empty') return 0;
  return op === 'between' ? 2 : 1;
}

const NUMBER_SHAPE = /^[-+]?(?:rp\.?\s*)?[\d.,\s]*\d[\d.,\s]*%?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function problemOf(kind: ColumnKind, value: string | undefined): FilterProblem | null {
  const v = value?.trim() ?? '';
  if (v === '') return 'missing';
  if (kind === 'number' && !NUMBER_SHAPE.test(v)) return 'notNumber';
  if (kind === 'date' && !ISO_DATE.test(v)) return 'notDate';
  return null;
}

/** What keeps a filter from being applied (a value missing or of the wrong shape), or null. */
export function checkFilter(f: GridFilter): FilterProblem | null {
  const n = valuesNeeded(f.op);
  if (n === 0) return null;
  // a text "contains" or "equals" may look for anything but nothing
  const kind = f.op === 'equals' && f.kind === 'text' ? 'text' : f.kind;
  return problemOf(kind, f.value) ?? (n === 2 ? problemOf(kind, f.value2) : null);
}

/** A filter ready to keep: values trimmed, a reversed date range put in order. */
export function normalizeFilter(f: GridFilter): GridFilter {
  const out: GridFilter = { column: f.column, kind: f.kind, op: f.op };
  const n = valuesNeeded(f.op);
  if (n === 0) return out;
  const keep = f.kind === 'text' ? (f.value ?? '') : (f.value ?? '').trim();
  out.value = keep;
  if (n === 2) {
    const hi = (f.value2 ?? '').trim();
    if (f.kind === 'date' && hi < keep) {
      out.value = hi;
      out.value2 = keep;
    } else out.value2 = hi;
  }
  return out;
}

/** The contract's filters for one grid filter (all of them must hold). */
export function toRowFilters(f: GridFilter): RowFilter[] {
  const column = f.column;
  const value = f.value ?? '';
  const range = (lo: string, hi: string): RowFilter[] => [
    { column, op: 'gte', value: lo },
    { column, op: 'lte', value: hi },
  ];
  switch (f.op) {
    case 'empty':
    case 'not-empty':
      return [{ column, op: f.op }];
    case 'contains':
      return [{ column, op: 'contains', value }];
    case 'equals':
      // typed columns compare the value, not how it is written
      return f.kind === 'text' ? [{ column, op: 'equals', value }] : range(value, value);
    case 'not-equals':
      return [{ column, op: 'not-equals', value }];
    case 'lt':
    case 'before':
      return [{ column, op: 'lt', value }];
    case 'lte':
      return [{ column, op: 'lte', value }];
    case 'gt':
    case 'after':
      return [{ column, op: 'gt', value }];
    case 'gte':
      return [{ column, op: 'gte', value }];
    case 'between':
      return range(value, f.value2 ?? '');
  }
}

/** All grid filters as one request list. */
export function rowFiltersOf(filters: readonly GridFilter[]): RowFilter[] {
  return filters.flatMap(toRowFilters);
}

/** Two filters that ask the same thing (adding one twice keeps one chip). */
export function sameFilter(a: GridFilter, b: GridFilter): boolean {
  return (
    a.column === b.column &&
    a.op === b.op &&
    (a.value ?? '') === (b.value ?? '') &&
    (a.value2 ?? '') === (b.value2 ?? '')
  );
}

/** Add a filter unless the same one is there already. */
export function addFilter(list: readonly GridFilter[], f: GridFilter): GridFilter[] {
  return list.some((g) => sameFilter(g, f)) ? [...list] : [...list, f];
}

/** The header's sort button cycles: off → ascending → descending → off. */
export function nextSort(current: RowSort | null, column: number): RowSort | null {
  if (!current || current.column !== column) return { column, direction: 'asc' };
  return current.direction === 'asc' ? { column, direction: 'desc' } : null;
}

/** aria-sort of a column header. */
export function ariaSort(
  sort: RowSort | null,
  column: number,
): 'ascending' | 'descending' | 'none' {
  if (!sort || sort.column !== column) return 'none';
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

/** A key that changes whenever the rows the grid shows would change. */
export function viewKey(sort: RowSort | null, filters: readonly GridFilter[]): string {
  return JSON.stringify([sort, rowFiltersOf(filters)]);
}
