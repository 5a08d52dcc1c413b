/**
 * Column widths in pixels: wide enough for the header label, its snake_case name and (once
 * rows have arrived) a sample of values, within sensible bounds. Text is measured by the
 * caller's `measure` functions (canvas in the browser, an estimate elsewhere).
 */
import type { Column } from '../../../shared/model/dataset';

export const MIN_COLUMN_WIDTH = 80;
export const MAX_COLUMN_WIDTH = 360;
/** cell padding (both sides), border, and a little air */
const CHROME = 2 * 12 + 1 + 6;
/** the header's Standar Data button beside the label */
export const HEADER_ACTION = 26;

export interface TextMeasures {
  label: (text: string) => number;
  name: (text: string) => number;
  cell: (text: string) => number;
}

/** Rough widths by character count, for when no canvas is available. */
export const ESTIMATED_MEASURES: TextMeasures = {
  label: (text) => text.length * 8.2,
  name: (text) => text.length * 6.7,
  cell: (text) => text.length * 7.9,
};

export function columnWidths(
  columns: readonly Column[],
  sample: readonly (readonly string[])[],
  measure: TextMeasures,
): number[] {
  return columns.map((c, i) => {
    let widest = Math.max(measure.label(c.label), measure.name(c.name)) + HEADER_ACTION;
    for (const row of sample) {
      const value = row[i];
      if (value) widest = Math.max(widest, measure.cell(value.slice(0, 60)));
    }
    return Math.round(Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, widest + CHROME)));
  });
}
