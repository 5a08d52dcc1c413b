import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/shared/errors';
import type { RowPage } from '../../../src/shared/model/dataset';
import {
  indexOfProblemLine,
  lineWindows,
  loadProblemLines,
  lowerBound,
  problemRowFetch,
  upperBound,
} from '../../../src/renderer/screens/validation/problem-rows';
import { RowCache } from '../../../src/renderer/screens/dataset/row-cache';

/** A fake 'datasets:rows' with `from` + `limit` over a table with the given lines. */
function table(lines: number[]) {
  const calls: { from: number; limit: number }[] = [];
  const fetch = (q: { from: number; limit: number }): Promise<Result<RowPage>> => {
    calls.push(q);
    const start = lines.findIndex((l) => l >= q.from);
    const picked = start < 0 ? [] : lines.slice(start, start + q.limit);
    return Promise.resolve({
      ok: true,
      value: { rows: picked.map((line) => ({ line, cells: [`r${line}`] })), nextAfter: null },
    });
  };
  return { fetch, calls };
}

describe('problem rows', () => {
  it('finds positions in sorted lines', () => {
    const lines = [3, 7, 7, 12];
    expect(lowerBound(lines, 7)).toBe(1);
    expect(upperBound(lines, 7)).toBe(3);
    expect(lowerBound(lines, 100)).toBe(4);
    expect(indexOfProblemLine([3, 7, 12], 8)).toBe(2);
    expect(indexOfProblemLine([3, 7, 12], 99)).toBe(2);
    expect(indexOfProblemLine([], 1)).toBeUndefined();
  });

  it('groups nearby lines into windows of limited span', () => {
    expect(lineWindows([2, 3, 10, 500, 501, 2000], 100)).toEqual([
      { from: 2, limit: 9, lines: [2, 3, 10] },
      { from: 500, limit: 2, lines: [500, 501] },
      { from: 2000, limit: 1, lines: [2000] },
    ]);
  });

  it('loads every problem line page by page, up to a cap', async () => {
    const all = Array.from({ length: 25_000 }, (_, i) => i * 2 + 2);
    const page = (after: number, limit: number) => {
      const start = all.findIndex((l) => l > after);
      const rows = all.slice(start, start + limit);
      const last = rows[rows.length - 1];
      return Promise.resolve({
        ok: true as const,
        value: { rows, nextAfter: last !== undefined && last !== all.at(-1) ? last : null },
      });
    };
    const full = await loadProblemLines(page);
    expect(full.ok && full.value.lines.length).toBe(25_000);
    expect(full.ok && full.value.truncated).toBe(false);
    const capped = await loadProblemLines(page, 12_000);
    expect(capped.ok && capped.value.lines.length).toBe(12_000);
    expect(capped.ok && capped.value.truncated).toBe(true);
  });

  it('answers the grid cursors with problem rows only, in few requests', async () => {
    const { fetch, calls } = table(Array.from({ length: 1000 }, (_, i) => i + 2));
    const problems = [7, 13, 14, 15, 900];
    const rows = problemRowFetch(problems, fetch, 50);
    const first = await rows({ limit: 3 });
    expect(first.ok && first.value.rows.map((r) => r.line)).toEqual([7, 13, 14]);
    expect(first.ok && first.value.nextAfter).toBe(14);
    expect(calls).toEqual([{ from: 7, limit: 8 }]);
    const next = await rows({ after: 14, limit: 3 });
    expect(next.ok && next.value.rows.map((r) => r.line)).toEqual([15, 900]);
    expect(next.ok && next.value.nextAfter).toBeNull();
    const from = await rows({ from: 16, limit: 3 });
    expect(from.ok && from.value.rows.map((r) => r.cells[0])).toEqual(['r900']);
  });

  it('keeps a row whose line is gone as an empty row instead of shifting the rest', async () => {
    const { fetch } = table([2, 3, 5]);
    const page = await problemRowFetch([3, 4, 5], fetch)({ limit: 10 });
    expect(page.ok && page.value.rows).toEqual([
      { line: 3, cells: ['r3'] },
      { line: 4, cells: [] },
      { line: 5, cells: ['r5'] },
    ]);
  });

  it('lets the row cache jump exactly within non-consecutive lines', async () => {
    const { fetch } = table(Array.from({ length: 5000 }, (_, i) => i + 2));
    const problems = Array.from({ length: 600 }, (_, i) => i * 7 + 5);
    const cache = new RowCache({
      total: problems.length,
      pageSize: 100,
      firstLine: 2,
      fetch: problemRowFetch(problems, fetch),
      onChange: () => undefined,
      onError: () => undefined,
      lineAt: (i) => problems[i],
      indexOfLine: (line) => indexOfProblemLine(problems, line),
    });
    const index = await cache.reveal(problems[450] ?? 0);
    expect(index).toBe(450);
    expect(cache.row(450)?.line).toBe(problems[450]);
    expect(cache.row(401)?.line).toBe(problems[401]);
  });
});
