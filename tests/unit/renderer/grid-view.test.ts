// The grid's column filters, sort and view paging: the operators each kind of column offers,
// how they map onto the contract's RowFilter ops, and how a sorted or filtered RowCache pages.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/shared/errors';
import type { GridRow, RowPage } from '../../../src/shared/model/dataset';
import {
  addFilter,
  ariaSort,
  checkFilter,
  columnKind,
  nextSort,
  normalizeFilter,
  OPERATORS,
  rowFiltersOf,
  toRowFilters,
  valuesNeeded,
  viewKey,
  type GridFilter,
} from '../../../src/renderer/screens/dataset/column-filters';
import {
  RowCache,
  type RowPaging,
  type RowQuery,
} from '../../../src/renderer/screens/dataset/row-cache';

const info = (type: 'integer' | 'decimal' | 'date' | 'text' | 'category' | 'year') => ({
  type,
  confidence: 1,
  misfits: [],
});

describe('column kinds and their operators', () => {
  it('reads numbers, dates and text the way the server compares them', () => {
    expect(columnKind(info('integer'))).toBe('number');
    expect(columnKind(info('year'))).toBe('number');
    expect(columnKind(info('date'))).toBe('date');
    expect(columnKind(info('category'))).toBe('text');
    expect(columnKind(undefined)).toBe('text');
  });

  it('offers operators that fit the kind', () => {
    expect(OPERATORS.text).toEqual(['contains', 'equals', 'empty', 'not-empty']);
    expect(OPERATORS.number).toContain('between');
    expect(OPERATORS.number).not.toContain('contains');
    expect(OPERATORS.date).toEqual(['before', 'after', 'between', 'empty', 'not-empty']);
    expect(valuesNeeded('empty')).toBe(0);
    expect(valuesNeeded('gte')).toBe(1);
    expect(valuesNeeded('between')).toBe(2);
  });
});

describe('mapping onto RowFilter ops', () => {
  const f = (kind: GridFilter['kind'], op: GridFilter['op'], value?: string, value2?: string) =>
    ({
      column: 3,
      kind,
      op,
      ...(value !== undefined ? { value } : {}),
      ...(value2 !== undefined ? { value2 } : {}),
    }) as GridFilter;

  it('makes "=" on a number a typed range and keeps text equality as written', () => {
    expect(toRowFilters(f('number', 'equals', '1.234'))).toEqual([
      { column: 3, op: 'gte', value: '1.234' },
      { column: 3, op: 'lte', value: '1.234' },
    ]);
    expect(toRowFilters(f('text', 'equals', 'Balikpapan'))).toEqual([
      { column: 3, op: 'equals', value: 'Balikpapan' },
    ]);
  });

  it('maps comparisons, between, before/after and blanks', () => {
    expect(toRowFilters(f('number', 'not-equals', '5'))).toEqual([
      { column: 3, op: 'not-equals', value: '5' },
    ]);
    expect(toRowFilters(f('number', 'lte', '5'))).toEqual([{ column: 3, op: 'lte', value: '5' }]);
    expect(toRowFilters(f('number', 'between', '1', '9'))).toEqual([
      { column: 3, op: 'gte', value: '1' },
      { column: 3, op: 'lte', value: '9' },
    ]);
    expect(toRowFilters(f('date', 'before', '2024-01-01'))).toEqual([
      { column: 3, op: 'lt', value: '2024-01-01' },
    ]);
    expect(toRowFilters(f('date', 'after', '2024-01-01'))).toEqual([
      { column: 3, op: 'gt', value: '2024-01-01' },
    ]);
    expect(toRowFilters(f('text', 'empty'))).toEqual([{ column: 3, op: 'empty' }]);
    expect(rowFiltersOf([f('text', 'not-empty'), f('text', 'contains', 'a')])).toEqual([
      { column: 3, op: 'not-empty' },
      { column: 3, op: 'contains', value: 'a' },
    ]);
  });

  it('refuses missing values and values of the wrong shape', () => {
    expect(checkFilter(f('number', 'gt'))).toBe('missing');
    expect(checkFilter(f('number', 'gt', 'banyak'))).toBe('notNumber');
    expect(checkFilter(f('number', 'gt', '1.234,5'))).toBeNull();
    expect(checkFilter(f('number', 'between', '1'))).toBe('missing');
    expect(checkFilter(f('date', 'after', '15/01/2024'))).toBe('notDate');
    expect(checkFilter(f('date', 'between', '2024-01-01', '2024-02-01'))).toBeNull();
    expect(checkFilter(f('text', 'contains', '   '))).toBe('missing');
    expect(checkFilter(f('text', 'empty'))).toBeNull();
  });

  it('trims numbers and puts a reversed date range in order; text keeps its spaces', () => {
    expect(normalizeFilter(f('number', 'gt', ' 5 '))).toEqual(f('number', 'gt', '5'));
    expect(normalizeFilter(f('date', 'between', '2024-03-01', '2024-01-01'))).toEqual(
      f('date', 'between', '2024-01-01', '2024-03-01'),
    );
    expect(normalizeFilter(f('text', 'equals', ' a '))).toEqual(f('text', 'equals', ' a '));
    expect(normalizeFilter({ ...f('text', 'empty'), value: 'x' })).toEqual(f('text', 'empty'));
  });

  it('adds the same filter once', () => {
    const one = addFilter([], f('text', 'contains', 'a'));
    expect(addFilter(one, f('text', 'contains', 'a'))).toHaveLength(1);
    expect(addFilter(one, f('text', 'contains', 'b'))).toHaveLength(2);
  });
});

describe('sorting from the header', () => {
  it('cycles off → ascending → descending → off, and restarts on another column', () => {
    const asc = nextSort(null, 2);
    expect(asc).toEqual({ column: 2, direction: 'asc' });
    const desc = nextSort(asc, 2);
    expect(desc).toEqual({ column: 2, direction: 'desc' });
    expect(nextSort(desc, 2)).toBeNull();
    expect(nextSort(desc, 4)).toEqual({ column: 4, direction: 'asc' });
    expect(ariaSort(desc, 2)).toBe('descending');
    expect(ariaSort(desc, 4)).toBe('none');
    expect(ariaSort(asc, 2)).toBe('ascending');
  });

  it('names the view by what the server is asked', () => {
    const a: GridFilter = { column: 1, kind: 'number', op: 'equals', value: '5' };
    const b: GridFilter = { column: 1, kind: 'number', op: 'between', value: '5', value2: '5' };
    expect(viewKey(null, [a])).toBe(viewKey(null, [b]));
    expect(viewKey({ column: 1, direction: 'asc' }, [a])).not.toBe(viewKey(null, [a]));
  });
});

/** A fake 'datasets:rows' over a view of `lines` (already sorted/filtered): after/offset. */
function viewRows(lines: number[], paging: RowPaging) {
  const queries: RowQuery[] = [];
  const fetch = (q: RowQuery): Promise<Result<RowPage>> => {
    queries.push(q);
    let start = q.offset ?? 0;
    if (q.after !== undefined) start = lines.indexOf(q.after) + 1;
    const picked = lines.slice(start, start + q.limit);
    const rows: GridRow[] = picked.map((line) => ({ line, cells: [`r${line}`] }));
    const nextAfter = start + q.limit < lines.length ? (picked[picked.length - 1] ?? null) : null;
    return Promise.resolve({ ok: true, value: { rows, nextAfter } });
  };
  const cache = new RowCache({
    total: lines.length,
    pageSize: 10,
    firstLine: 2,
    fetch,
    paging,
    onChange: () => undefined,
    onError: () => undefined,
  });
  return { cache, queries };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('RowCache over a sorted or filtered view', () => {
  const sorted = Array.from({ length: 35 }, (_, i) => 1000 - i * 7);

  it('fetches any page of a sorted view by its position', async () => {
    const { cache, queries } = viewRows(sorted, 'sorted');
    cache.ensure(25, 29);
    await settle();
    expect(queries).toEqual([{ offset: 20, limit: 10 }]);
    expect(cache.row(25)?.line).toBe(sorted[25]);
    cache.ensure(30, 34);
    await settle();
    expect(queries[1]).toEqual({ offset: 30, limit: 10 });
    expect(cache.row(34)?.line).toBe(sorted[34]);
  });

  it('pages a filtered view by the last line of the page before, else by position', async () => {
    const filtered = Array.from({ length: 35 }, (_, i) => 2 + i * 3);
    const { cache, queries } = viewRows(filtered, 'filtered');
    cache.ensure(0, 15);
    await settle();
    expect(queries).toEqual([{ limit: 10 }, { after: filtered[9], limit: 10 }]);
    cache.ensure(31, 33);
    await settle();
    expect(queries[2]).toEqual({ offset: 30, limit: 10 });
    expect(cache.row(33)?.line).toBe(filtered[33]);
  });

  it('finds only loaded lines in a view (lines are not in order there)', async () => {
    const { cache, queries } = viewRows(sorted, 'sorted');
    cache.ensure(0, 5);
    await settle();
    expect(await cache.reveal(sorted[3] ?? 0)).toBe(3);
    expect(await cache.reveal(sorted[30] ?? 0)).toBeUndefined();
    expect(queries).toHaveLength(1);
  });
});
