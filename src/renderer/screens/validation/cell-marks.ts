/**
 * Severity marks for the grid's cells, from a run's per-cell detail ('validation:cells').
 *
 * Small runs arrive whole with the first request (up to `allAtOnce` cells). Larger runs are
 * fetched per visible problem row (`row` filter, one request each, a few at a time), and only
 * for the rows on screen; at most `maxLines` rows are kept (the oldest are forgotten).
 */
import type { CellDetail } from '../../../shared/api/validation';
import type { Result } from '../../../shared/errors';
import type { Severity } from '../../../shared/model/finding';
import { mapLimited } from './problem-rows';

export interface CellHit {
  code: string;
  severity: Severity;
  /** null = the whole row (e.g. a duplicate row) */
  columnIndex: number | null;
}

export type CellsFetch = (query: {
  row?: number;
  limit: number;
}) => Promise<Result<{ cells: CellDetail[]; nextAfter: number | null }>>;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most severe of the given severities. */
export function worstSeverity(list: readonly { severity: Severity }[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const h of list) if (!worst || RANK[h.severity] > RANK[worst]) worst = h.severity;
  return worst;
}

export class CellMarks {
  private byLine = new Map<number, CellHit[]>();
  private pending = new Set<number>();
  private ready: Promise<void> | null = null;
  private disposed = false;
  /** true when every cell of the run is known */
  complete = false;

  constructor(
    private readonly fetch: CellsFetch,
    private readonly onChange: () => void,
    private readonly options: { allAtOnce?: number; maxLines?: number; perRow?: number } = {},
  ) {}

  /** First request: the whole run when it is small. */
  start(): Promise<void> {
    this.ready ??= (async () => {
      const result = await this.fetch({ limit: this.options.allAtOnce ?? 5000 });
      if (this.disposed || !result.ok) return;
      if (result.value.nextAfter === null) {
        this.complete = true;
        for (const c of result.value.cells) this.add(c);
        this.onChange();
      }
    })();
    return this.ready;
  }

  /** Make sure the marks of these lines are known; `mayHave` skips lines known to be clean. */
  async want(lines: readonly number[], mayHave?: (line: number) => boolean): Promise<void> {
    await this.start();
    if (this.complete || this.disposed) return;
    const todo = lines.filter(
      (l) => !this.byLine.has(l) && !this.pending.has(l) && (mayHave?.(l) ?? true),
    );
    if (todo.length === 0) return;
    for (const l of todo) this.pending.add(l);
    const answers = await mapLimited(todo, 4, (row) =>
      this.fetch({ row, limit: this.options.perRow ?? 200 }),
    );
    if (this.disposed) return;
    todo.forEach((line, i) => {
      this.pending.delete(line);
      const answer = answers[i];
      if (!answer?.ok) return;
      this.byLine.set(
        line,
        answer.value.cells.map((c) => ({
          code: c.code,
          severity: c.severity,
          columnIndex: c.columnIndex,
        })),
      );
    });
    this.evict();
    this.onChange();
  }

  /** Findings of a line (its cells and the row itself). */
  hits(line: number): CellHit[] {
    return this.byLine.get(line) ?? [];
  }

  /** Findings of one cell; `column` null = those about the whole row. */
  cell(line: number, column: number | null): CellHit[] {
    return this.hits(line).filter((h) => h.columnIndex === column);
  }

  dispose(): void {
    this.disposed = true;
  }

  private add(c: CellDetail): void {
    if (c.row === null) return;
    const list = this.byLine.get(c.row) ?? [];
    list.push({ code: c.code, severity: c.severity, columnIndex: c.columnIndex });
    this.byLine.set(c.row, list);
  }

  private evict(): void {
    const max = this.options.maxLines ?? 5000;
    for (const line of this.byLine.keys()) {
      if (this.byLine.size <= max) break;
      this.byLine.delete(line);
    }
  }
}
