/**
 * Rows of a dataset for a virtual grid, fetched in keyset pages of `pageSize`.
 *
 * The grid addresses rows by index (0 … total-1); the service addresses them by `line` (the
 * row number in the spreadsheet). Page p holds indexes p·size … p·size+size-1. It is fetched
 * with `after` = the last line of page p-1 when that page is known (exact), otherwise with
 * `from` = an estimate of its first line taken from the nearest known page (lines are
 * usually consecutive). A jump to a line starts a fresh set of pages around that line, so
 * pages never overlap. Only pages near what is on screen are kept in memory.
 *
 * A sorted or filtered grid pages by position instead (`paging`): a sorted one always by
 * `offset` (positions are indexed on the server); a filtered one by `after` = the last line
 * of the page before when that page is known, else by `offset`. Lines are not consecutive
 * there, so such a grid cannot be searched for a line that is not loaded.
 */
import type { AppErrorData, Result } from '../../../shared/errors';
import type { GridRow, RowPage } from '../../../shared/model/dataset';

export interface RowQuery {
  after?: number;
  from?: number;
  /** 0-based position of the first row wanted (sorted or filtered grids) */
  offset?: number;
  limit: number;
}

/** How pages after the first are addressed (see the module comment). */
export type RowPaging = 'lines' | 'sorted' | 'filtered';

export type RowFetch = (query: RowQuery) => Promise<Result<RowPage>>;

export interface RowCacheOptions {
  total: number;
  pageSize: number;
  /** line of the first data row as far as known (header row + 1) */
  firstLine: number;
  fetch: RowFetch;
  /** called whenever rows arrive */
  onChange: () => void;
  onError: (error: AppErrorData) => void;
  /** pages kept in memory (default 40) */
  maxPages?: number;
  /** default 'lines' */
  paging?: RowPaging;
  /** exact line at an index, when the lines are known ahead (a filtered grid) */
  lineAt?: (index: number) => number | undefined;
  /** exact index of a line (or of the first line after it), when known ahead */
  indexOfLine?: (line: number) => number | undefined;
}

interface Page {
  rows: GridRow[];
  /** the data ended inside (or before) this page */
  end: boolean;
}

export class RowCache {
  private pages = new Map<number, Page>();
  private loading = new Map<number, Promise<void>>();
  private failed = new Set<number>();
  private generation = 0;
  private wanted: { first: number; last: number } = { first: 0, last: 0 };
  private readonly maxPages: number;

  constructor(private readonly options: RowCacheOptions) {
    this.maxPages = Math.max(4, options.maxPages ?? 40);
  }

  get total(): number {
    return this.options.total;
  }

  get pageSize(): number {
    return this.options.pageSize;
  }

  /** The row at `index`, or undefined while its page is not loaded. */
  row(index: number): GridRow | undefined {
    const page = this.pages.get(this.pageOf(index));
    return page?.rows[index - this.pageOf(index) * this.options.pageSize];
  }

  /** True when the data is known to end before `index` (nothing will ever come there). */
  isPastEnd(index: number): boolean {
    const p = this.pageOf(index);
    const page = this.pages.get(p);
    if (page) return page.end && index - p * this.options.pageSize >= page.rows.length;
    for (const [q, other] of this.pages) if (q < p && other.end) return true;
    return false;
  }

  loadedPages(): number[] {
    return [...this.pages.keys()].sort((a, b) => a - b);
  }

  /** Load the pages covering indexes first…last (inclusive); already loaded pages are kept. */
  ensure(first: number, last: number): void {
    if (this.options.total <= 0) return;
    const lo = this.pageOf(Math.max(0, first));
    const hi = this.pageOf(Math.min(this.options.total - 1, Math.max(first, last)));
    this.wanted = { first: lo, last: hi };
    for (let p = lo; p <= hi; p++) {
      if (!this.pages.has(p) && !this.loading.has(p) && !this.failed.has(p)) void this.load(p);
    }
  }

  /** Forget failures so the visible pages are fetched again. */
  retry(): void {
    this.failed.clear();
    this.ensure(
      this.wanted.first * this.options.pageSize,
      this.wanted.last * this.options.pageSize + this.options.pageSize - 1,
    );
  }

  /** Index of the loaded row with exactly this line. */
  indexOfLine(line: number): number | undefined {
    for (const [p, page] of this.pages) {
      const first = page.rows[0];
      const last = page.rows[page.rows.length - 1];
      if (!first || !last) continue;
      // lines ascend within a page unless the grid is sorted by a column
      const ordered = this.options.paging !== 'sorted';
      if (ordered && (line < first.line || line > last.line)) continue;
      const i = page.rows.findIndex((r) => r.line === line);
      if (i >= 0) return p * this.options.pageSize + i;
    }
    return undefined;
  }

  /** Best guess of the index holding `line`, from the nearest loaded row. */
  estimateIndex(line: number): number {
    const exact = this.indexOfLine(line) ?? this.options.indexOfLine?.(line);
    if (exact !== undefined) return exact;
    let anchor = { index: 0, line: this.options.firstLine };
    let distance = Number.POSITIVE_INFINITY;
    for (const [p, page] of this.pages) {
      for (let i = 0; i < page.rows.length; i++) {
        const r = page.rows[i];
        if (r && Math.abs(r.line - line) < distance) {
          distance = Math.abs(r.line - line);
          anchor = { index: p * this.options.pageSize + i, line: r.line };
        }
      }
    }
    return this.clampIndex(anchor.index + (line - anchor.line));
  }

  /**
   * Make the row with `line` (or the first after it) loaded and return its index; undefined
   * when no row has that line or a later one. Starts a fresh page set unless it is loaded.
   */
  async reveal(line: number): Promise<number | undefined> {
    const known = this.indexOfLine(line);
    if (known !== undefined || (this.options.paging ?? 'lines') !== 'lines') return known;
    const index = this.estimateIndex(line);
    const p = this.pageOf(index);
    const startLine =
      this.options.lineAt?.(p * this.options.pageSize) ??
      Math.max(0, line - (index - p * this.options.pageSize));
    this.reset();
    await this.load(p, startLine);
    const page = this.pages.get(p);
    if (!page) return undefined;
    const i = page.rows.findIndex((r) => r.line >= line);
    return i >= 0 ? p * this.options.pageSize + i : undefined;
  }

  /** Drop every page (and ignore answers still on their way). */
  reset(): void {
    this.generation += 1;
    this.pages.clear();
    this.loading.clear();
    this.failed.clear();
  }

  private pageOf(index: number): number {
    return Math.floor(index / this.options.pageSize);
  }

  private clampIndex(index: number): number {
    return Math.max(0, Math.min(this.options.total - 1, index));
  }

  private load(p: number, from?: number): Promise<void> {
    const generation = this.generation;
    const task = (async () => {
      const query = from === undefined ? await this.queryFor(p) : { from, limit: this.pageSize };
      if (generation !== this.generation) return;
      if (query === null) {
        this.pages.set(p, { rows: [], end: true });
        this.options.onChange();
        return;
      }
      const result = await this.options.fetch(query);
      if (generation !== this.generation) return;
      if (!result.ok) {
        this.failed.add(p);
        this.options.onError(result.error);
        return;
      }
      this.pages.set(p, { rows: result.value.rows, end: result.value.nextAfter === null });
      this.evict();
      this.options.onChange();
    })();
    const tracked = task.finally(() => {
      if (this.loading.get(p) === tracked) this.loading.delete(p);
    });
    this.loading.set(p, tracked);
    return tracked;
  }

  /** How to fetch page p; null when the data is known to end before it. */
  private async queryFor(p: number): Promise<RowQuery | null> {
    const limit = this.options.pageSize;
    if (p === 0) return { limit };
    const paging = this.options.paging ?? 'lines';
    if (paging === 'sorted')
      return p * limit < this.options.total ? { offset: p * limit, limit } : null;
    const pending = this.loading.get(p - 1);
    if (pending) await pending;
    const prev = this.pages.get(p - 1);
    if (prev) {
      const last = prev.rows[prev.rows.length - 1];
      if (prev.end || !last) return null;
      if (prev.rows.length === limit) return { after: last.line, limit };
    }
    if (paging === 'filtered') return { offset: p * limit, limit };
    return { from: Math.max(0, this.estimateLine(p * limit)), limit };
  }

  /** Line expected at `index`, assuming consecutive lines from the nearest loaded row. */
  private estimateLine(index: number): number {
    const known = this.options.lineAt?.(index);
    if (known !== undefined) return known;
    let anchor = { index: 0, line: this.options.firstLine };
    let distance = Number.POSITIVE_INFINITY;
    for (const [q, page] of this.pages) {
      const first = page.rows[0];
      const last = page.rows[page.rows.length - 1];
      if (!first || !last) continue;
      const start = q * this.options.pageSize;
      const candidates = [
        { index: start, line: first.line },
        { index: start + page.rows.length - 1, line: last.line },
      ];
      for (const c of candidates) {
        if (Math.abs(c.index - index) < distance) {
          distance = Math.abs(c.index - index);
          anchor = c;
        }
      }
    }
    return anchor.line + (index - anchor.index);
  }

  private evict(): void {
    if (this.pages.size <= this.maxPages) return;
    const centre = (this.wanted.first + this.wanted.last) / 2;
    const byDistance = [...this.pages.keys()]
      .filter((p) => p < this.wanted.first || p > this.wanted.last)
      .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const p of byDistance) {
      if (this.pages.size <= this.maxPages) break;
      this.pages.delete(p);
    }
  }
}
