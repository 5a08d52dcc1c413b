/**
 * What the Validasi panel lends the dataset grid: a filtered row source ("hanya baris
 * bermasalah"), severity marks on cells and rows, and a report of the lines on screen (so
 * marks are fetched for those only). Every part is optional; without it the grid is as before.
 */
import type { Result } from '../../../shared/errors';
import type { RowPage } from '../../../shared/model/dataset';
import type { Severity } from '../../../shared/model/finding';

export interface GridRowSource {
  total: number;
  fetch: (query: { after?: number; from?: number; limit: number }) => Promise<Result<RowPage>>;
  lineAt: (index: number) => number | undefined;
  indexOfLine: (line: number) => number | undefined;
}

/** A mark on a cell: the worst severity there and words for it (never colour alone). */
export interface CellMark {
  severity: Severity;
  /** a short glyph drawn in the cell's corner: × galat, ! peringatan, i info */
  glyph: string;
  /** what is wrong, for the tooltip and screen readers */
  label: string;
}

export interface GridQuality {
  rows?: GridRowSource;
  /** `column` null = the row itself (a duplicate row, a total row) */
  mark?: (line: number, column: number | null) => CellMark | undefined;
  onVisibleLines?: (lines: number[]) => void;
}

export const SEVERITY_GLYPH: Record<Severity, string> = { error: '×', warning: '!', info: 'i' };
