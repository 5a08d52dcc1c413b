import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/shared/errors';
import type { GridRow, RowPage } from '../../../src/shared/model/dataset';
import { RowCache, type RowQuery } from '../../../src/renderer/screens/dataset/row-cache';

/** A fake 'datasets:rows' over the given lines, with the contract's after/from semantics. */
function fakeRows(lines: number[]) {
  const queries: RowQuery[] = [];
  let failNext = false;
  const fetch = (q: RowQuery): Promise<Result<RowPage>> => {
    queries.push(q);
    if (failNext) {
      failNext = false;
      return Promise.resolve({
        ok: false,
        error: { kind: 'storage', code: 'locked', message: 'terkunci', messageEn: 'locked' },
      });
    }
    const start =
      q.after !== undefined
        ? lines.findIndex((l) => l > (q.after ?? 0))
        : q.from !== undefined
          ? lines.findIndex((l) => l >= (q.from ?? 0))
          : 0;
    const picked = start < 0 ? [] : lines.slice(start, start + q.limit);
    const rows: GridRow[] = picked.map((line) => ({ line, cells: [`r${line}`] }));
    const last = picked[picked.length - 1];
    const nextAfter = last !== undefined && last !== lines[lines.length - 1] ? last : null;
    return Promise.resolve({ ok: true, value: { rows, nextAfter } });
  };
  return {
    fetch,
    queries,
    failOnce: () => {
      failNext = true;
    },
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
}

function consecutive(count: number, first = 2): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

function makeCache(lines: number[], pageSize = 100, maxPages?: number) {
  const api = fakeRows(lines);
  const errors: string[] = [];
  let changes = 0;
  const cache = new RowCache({
    total: lines.length,
    pageSize,
    firstLine: 2,
    fetch: api.fetch,
    onChange: () => {
      changes += 1;
    },
    onError: (e) => errors.push(e.code),
    ...(maxPages ? { maxPages } : {}),
  });
  return { cache, api, errors, changes: () => changes };
}

describe('RowCache', () => {
  it('pages forward with keyset cursors (after = last line of the page before)', async () => {
    const { cache, api } = makeCache(consecutive(1000));
    cache.ensure(0, 250);
    await settle();
    expect(api.queries).toEqual([
      { limit: 100 },
      { after: 101, limit: 100 },
      { after: 201, limit: 100 },
    ]);
    expect(cache.row(0)).toEqual({ line: 2, cells: ['r2'] });
    expect(cache.row(250)?.line).toBe(252);
    expect(cache.row(300)).toBeUndefined();
  });

  it('reaches a far page with `from` estimated from the nearest known row', async () => {
    const { cache, api } = makeCache(consecutive(1_000_000));
    cache.ensure(0, 10);
    await settle();
    cache.ensure(500_050, 500_080);
    await settle();
    expect(api.queries[1]).toEqual({ from: 500_002, limit: 100 });
    expect(cache.row(500_050)?.line).toBe(500_052);
    expect(cache.row(500_099)?.line).toBe(500_101);
    expect(cache.loadedPages()).toEqual([0, 5000]);
  });

  it('keeps the real line numbers when lines have gaps (multi-line records, skipped lines)', async () => {
    const lines = consecutive(600).map((l) => l * 2); // 4, 6, 8, …
    const { cache } = makeCache(lines);
    cache.ensure(0, 350);
    await settle();
    for (const index of [0, 99, 100, 250, 350]) expect(cache.row(index)?.line).toBe(lines[index]);
    expect(cache.indexOfLine(lines[250] ?? -1)).toBe(250);
  });

  it('reveal() loads the page holding a line and returns its index', async () => {
    const { cache } = makeCache(consecutive(100_000));
    cache.ensure(0, 50);
    await settle();
    const index = await cache.reveal(70_000);
    expect(index).toBe(69_998);
    expect(cache.row(69_998)?.line).toBe(70_000);
    // neighbours are fetched consistently around the revealed page
    cache.ensure(69_850, 70_150);
    await settle();
    for (let i = 69_850; i <= 70_150; i += 37) expect(cache.row(i)?.line).toBe(i + 2);
  });

  it('reveal() of a line inside a gap finds the next row; past the end finds nothing', async () => {
    const lines = [2, 3, 4, 10, 11, 12];
    const { cache } = makeCache(lines, 4);
    const index = await cache.reveal(7);
    expect(index).toBeDefined();
    expect(cache.row(index ?? -1)?.line).toBe(10);
    expect(await cache.reveal(50)).toBeUndefined();
  });

  it('knows when the data ends before the expected total', async () => {
    const api = fakeRows(consecutive(150));
    const cache = new RowCache({
      total: 180,
      pageSize: 100,
      firstLine: 2,
      fetch: api.fetch,
      onChange: () => undefined,
      onError: () => undefined,
    });
    cache.ensure(0, 179);
    await settle();
    expect(cache.row(149)?.line).toBe(151);
    expect(cache.isPastEnd(149)).toBe(false);
    expect(cache.isPastEnd(160)).toBe(true);
  });

  it('reports a failed page once and fetches it again only on retry()', async () => {
    const { cache, api, errors } = makeCache(consecutive(500));
    api.failOnce();
    cache.ensure(0, 10);
    await settle();
    cache.ensure(0, 10);
    await settle();
    expect(errors).toEqual(['locked']);
    expect(api.queries).toHaveLength(1);
    cache.retry();
    await settle();
    expect(cache.row(0)?.line).toBe(2);
  });

  it('keeps only a bounded number of pages in memory', async () => {
    const { cache } = makeCache(consecutive(100_000), 100, 4);
    for (const start of [0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000]) {
      cache.ensure(start, start + 10);
      await settle();
    }
    expect(cache.loadedPages().length).toBeLessThanOrEqual(4);
    expect(cache.row(60_005)?.line).toBe(60_007);
  });

  it('ignores answers that arrive after a reset', async () => {
    const { cache, changes } = makeCache(consecutive(300));
    cache.ensure(0, 10);
    cache.reset();
    await settle();
    expect(cache.row(0)).toBeUndefined();
    expect(changes()).toBe(0);
  });
});
