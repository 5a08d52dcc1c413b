/**
 * parseDateLoose once per distinct value, shared by the rules of one run that read dates
 * (tipe-tidak-sesuai, format-tanggal-campur): a date column has a few thousand distinct values
 * over a million rows. The memo is emptied when it grows past MAX_ENTRIES (bounded memory).
 */
import { parseDateLoose, type ParsedDate } from './date-format';
import type { RuleContext } from './types';

const MAX_ENTRIES = 50_000;

export class DateMemo {
  private readonly memo = new Map<string, ParsedDate | null>();

  /** parseDateLoose(v, true), memoised. */
  parse(v: string): ParsedDate | null {
    let d = this.memo.get(v);
    if (d === undefined) {
      d = parseDateLoose(v, true);
      if (this.memo.size >= MAX_ENTRIES) this.memo.clear();
      this.memo.set(v, d);
    }
    return d;
  }

  /** per column: parse results by dictionary id (RowView.ids) */
  private readonly byId: (ParsedDate | null | undefined)[][] = [];

  /** The parse result memoised for a dictionary id, or undefined when not parsed yet. */
  parsedById(column: number, id: number): ParsedDate | null | undefined {
    return id >= 0 ? this.byId[column]?.[id] : undefined;
  }

  /** parse(v) for the cell of `column` with dictionary id `id` (< 0: none), by id when given. */
  parseCell(column: number, id: number, v: string): ParsedDate | null {
    if (id < 0 || id >= MAX_ENTRIES) return this.parse(v);
    let a = this.byId[column];
    if (a === undefined) {
      a = [];
      this.byId[column] = a;
    }
    let d = a[id];
    if (d === undefined) {
      d = this.parse(v);
      a[id] = d;
    }
    return d;
  }
}

export function dateMemo(ctx: RuleContext): DateMemo {
  return ctx.shared('date-memo', () => new DateMemo());
}
