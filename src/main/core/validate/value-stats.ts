/**
 * Counts of the values of category-like columns (categories, satuan, region names), shared by
 * the rules that compare values with each other (letter case, typos, satuan). Fed once per
 * data row; values are compared with their spaces tidied. A column with more than MAX_DISTINCT
 * values is not category-like and is dropped.
 */
import { squash } from './text-utils';
import type { ColumnInfo, RowView, RuleContext } from './types';

export const MAX_DISTINCT = 2000;
const MAX_ROWS = 1000;

export interface ValueStat {
  /** the value with tidied spaces */
  value: string;
  count: number;
  /** the first rows holding it (capped) */
  rows: number[];
}

interface Tracked {
  col: ColumnInfo;
  values: Map<string, ValueStat>;
  abandoned: boolean;
  lastRaw: string;
  last: ValueStat | undefined;
  total: number;
  /** the stat per dictionary id (RowView.ids); null: an empty value */
  byId: (ValueStat | null | undefined)[];
}

export class ValueStats {
  private readonly tracked: Tracked[];
  private readonly byIndex = new Map<number, Tracked>();
  private line = Number.NaN;
  private cells: readonly string[] | null = null;

  constructor(columns: readonly ColumnInfo[]) {
    this.tracked = columns
      .filter((c) => c.role === 'category' || c.role === 'unit' || c.role === 'region-name')
      .map((col) => ({
        col,
        values: new Map(),
        abandoned: false,
        lastRaw: '\u0000',
        last: undefined,
        total: 0,
        byId: [],
      }));
    for (const t of this.tracked) this.byIndex.set(t.col.index, t);
  }

  feed(row: RowView): void {
    if (row.kind !== 'data') return;
    if (row.line === this.line && row.cells === this.cells) return;
    this.line = row.line;
    this.cells = row.cells;
    const ids = row.ids;
    const at = row.idAt ?? 0;
    for (const t of this.tracked) {
      if (t.abandoned) continue;
      // the stat per dictionary id (RowView.ids): no string compared or looked up
      const id = ids ? (ids[at + t.col.index] ?? -1) : -1;
      let s = id >= 0 ? t.byId[id] : undefined;
      if (s === undefined) {
        s = this.statOf(t, row.cells[t.col.index] ?? '');
        if (t.abandoned) continue;
        if (id >= 0) t.byId[id] = s;
      }
      if (s === null) continue;
      s.count++;
      t.total++;
      if (s.rows.length < MAX_ROWS) s.rows.push(row.line);
    }
  }

  /** The stat of a raw value (made when new), or null for an empty value (or abandoned). */
  private statOf(t: Tracked, raw: string): ValueStat | null {
    if (raw === t.lastRaw) return t.last ?? null;
    const v = squash(raw);
    if (v === '') {
      t.lastRaw = raw;
      t.last = undefined;
      return null;
    }
    let s = t.values.get(v);
    if (!s) {
      if (t.values.size >= MAX_DISTINCT) {
        t.abandoned = true;
        t.values.clear();
        t.byId = [];
        return null;
      }
      s = { value: v, count: 0, rows: [] };
      t.values.set(v, s);
    }
    t.lastRaw = raw;
    t.last = s;
    return s;
  }

  /** The values of a tracked column, or undefined (not tracked, or too many values). */
  values(col: ColumnInfo): Map<string, ValueStat> | undefined {
    const t = this.byIndex.get(col.index);
    return t && !t.abandoned ? t.values : undefined;
  }

  /** Number of non-empty cells counted in a tracked column. */
  total(col: ColumnInfo): number {
    return this.byIndex.get(col.index)?.total ?? 0;
  }
}

export function valueStats(ctx: RuleContext): ValueStats {
  return ctx.shared('value-stats', () => new ValueStats(ctx.columns));
}

/** Report every listed row of a value; the last report carries the uncounted occurrences. */
export function eachRow(stat: ValueStat, fn: (row: number, extra: number) => void): void {
  const n = stat.rows.length;
  stat.rows.forEach((r, i) => fn(r, i === n - 1 ? stat.count - n : 0));
}
