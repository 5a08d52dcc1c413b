/** Small pieces several rules share. */
import type { ColumnInfo, RowView } from './types';

/** Rows whose values are checked by value rules: data rows and total rows. */
export function isValueRow(row: RowView): boolean {
  return row.kind === 'data' || row.kind === 'total';
}

/** Columns where a number is expected. */
export function expectsNumber(col: ColumnInfo): boolean {
  return (col.numeric || col.isMeasure) && col.role !== 'year' && col.role !== 'region-code';
}

export function truncate(s: string, max = 80): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

export interface ClassSample {
  /** first rows (capped) */
  rows: number[];
  values: string[];
  suggestions: (string | null)[];
  count: number;
}

/**
 * Occurrences per class (a style, a spelling…) with a capped list of rows, for rules that
 * decide at the end which classes are the minority.
 */
export class ClassBuffer {
  readonly classes = new Map<string, ClassSample>();
  private lastClass: string | undefined;
  private lastSample: ClassSample | undefined;
  constructor(private readonly maxRows = 1000) {}

  add(cls: string, line: number, value: string, suggestion: string | null = null): void {
    // consecutive rows often repeat a value: skip the map lookup then
    let s = cls === this.lastClass ? this.lastSample : this.classes.get(cls);
    if (!s) {
      s = { rows: [], values: [], suggestions: [], count: 0 };
      this.classes.set(cls, s);
    }
    this.lastClass = cls;
    this.lastSample = s;
    s.count++;
    if (s.rows.length < this.maxRows) {
      s.rows.push(line);
      s.values.push(value);
      s.suggestions.push(suggestion);
    }
  }

  /**
   * Count one more occurrence of `cls` when it is the last class added and its rows are
   * already listed in full (then the row and value are not needed); false otherwise.
   */
  countIfFull(cls: string): boolean {
    const s = this.lastSample;
    if (cls !== this.lastClass || s === undefined || s.rows.length < this.maxRows) return false;
    s.count++;
    return true;
  }

  get total(): number {
    let n = 0;
    for (const s of this.classes.values()) n += s.count;
    return n;
  }

  /** The class with most occurrences. */
  majority(): [string, ClassSample] | undefined {
    let best: [string, ClassSample] | undefined;
    for (const e of this.classes) if (!best || e[1].count > best[1].count) best = e;
    return best;
  }
}

/**
 * Report every listed row of a class sample; the last report carries the occurrences that were
 * counted but not listed.
 */
export function reportSample(
  sample: ClassSample,
  report: (i: number, extra: number) => void,
): void {
  const listed = sample.rows.length;
  for (let i = 0; i < listed; i++) report(i, i === listed - 1 ? sample.count - listed : 0);
}
