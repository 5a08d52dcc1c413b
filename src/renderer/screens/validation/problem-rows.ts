/**
 * "Hanya baris bermasalah": the grid shows only the rows (lines) a validation run flagged.
 *
 * The lines come from 'validation:rows' (keyset pages, loaded up to a cap). The rows themselves
 * come from 'datasets:rows' in windows of nearby lines (`from` + a `limit` as wide as the
 * window), so a page of 200 problem rows costs a few requests, never one per row. The grid's
 * row cache asks with the usual `after`/`from` cursors; `lineAt`/`indexOfLine` make its
 * positions exact, since problem lines are not consecutive.
 */
import type { Result } from '../../../shared/errors';
import type { GridRow, RowPage } from '../../../shared/model/dataset';

/** Problem lines loaded at most (10 pages of 'validation:rows'). */
export const PROBLEM_LINES_CAP = 100_000;
const LINES_PAGE = 10_000;
/** Widest window of lines fetched with one 'datasets:rows' request. */
export const WINDOW_SPAN = 400;

/** First index whose value is ≥ x (sorted ascending). */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x (sorted ascending). */
export function upperBound(sorted: readonly number[], x: number): number {
  return lowerBound(sorted, x + 1);
}

export interface LineWindow {
  /** first line of the window */
  from: number;
  /** rows to ask for: enough to reach the window's last line */
  limit: number;
  lines: number[];
}

/** Group ascending lines into windows spanning at most `maxSpan` lines each. */
export function lineWindows(lines: readonly number[], maxSpan: number): LineWindow[] {
  const out: LineWindow[] = [];
  let current: LineWindow | null = null;
  for (const line of lines) {
    if (current && line - current.from < maxSpan) {
      current.lines.push(line);
      current.limit = line - current.from + 1;
    } else {
      current = { from: line, limit: 1, lines: [line] };
      out.push(current);
    }
  }
  return out;
}

export interface ProblemLines {
  lines: number[];
  /** more problem lines exist than were loaded */
  truncated: boolean;
}

export type ProblemPageFetch = (
  after: number,
  limit: number,
) => Promise<Result<{ rows: number[]; nextAfter: number | null }>>;

/** Every problem line of a run, in order, up to `cap`. */
export async function loadProblemLines(
  fetchPage: ProblemPageFetch,
  cap = PROBLEM_LINES_CAP,
): Promise<Result<ProblemLines>> {
  const lines: number[] = [];
  let after = -1;
  for (;;) {
    const limit = Math.min(LINES_PAGE, cap - lines.length);
    if (limit <= 0) return { ok: true, value: { lines, truncated: true } };
    const page = await fetchPage(after, limit);
    if (!page.ok) return page;
    lines.push(...page.value.rows);
    if (page.value.nextAfter === null) return { ok: true, value: { lines, truncated: false } };
    after = page.value.nextAfter;
  }
}

export interface RowQuery {
  after?: number;
  from?: number;
  limit: number;
}

export type RowsFetch = (query: { from: number; limit: number }) => Promise<Result<RowPage>>;

/** Run tasks with at most `limit` of them at once; results in input order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * A row fetch over `lines` only, answering the grid's cursors (`after` = last line shown,
 * `from` = first line wanted) with the next problem rows. A line whose row is gone (the data
 * changed since the run) comes back with no cells rather than shifting the rows after it.
 */
export function problemRowFetch(
  lines: readonly number[],
  fetchRows: RowsFetch,
  maxSpan = WINDOW_SPAN,
): (query: RowQuery) => Promise<Result<RowPage>> {
  return async (query) => {
    const start =
      query.after !== undefined
        ? upperBound(lines, query.after)
        : lowerBound(lines, query.from ?? Number.NEGATIVE_INFINITY);
    const wanted = lines.slice(start, start + query.limit);
    const found = new Map<number, GridRow>();
    const answers = await mapLimited(lineWindows(wanted, maxSpan), 4, (w) =>
      fetchRows({ from: w.from, limit: w.limit }),
    );
    for (const answer of answers) {
      if (!answer.ok) return answer;
      for (const row of answer.value.rows) found.set(row.line, row);
    }
    const rows = wanted.map((line) => found.get(line) ?? { line, cells: [] });
    const more = start + wanted.length < lines.length;
    return {
      ok: true,
      value: { rows, nextAfter: more ? (wanted[wanted.length - 1] ?? null) : null },
    };
  };
}

/** Index of `line` among `lines`, or of the first line after it (clamped to the last). */
export function indexOfProblemLine(lines: readonly number[], line: number): number | undefined {
  if (lines.length === 0) return undefined;
  return Math.min(lines.length - 1, lowerBound(lines, line));
}
