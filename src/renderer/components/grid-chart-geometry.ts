/**
 * Geometry of the column profile's small charts, kept apart from React so it can be tested:
 * vertical histogram bars in a box, and horizontal bars for the most common values. Heights
 * and widths are proportional to the counts; a non-zero count is never drawn thinner than
 * `minBar`, so a rare value still shows.
 */
import type { HistogramBin, ValueCount } from '../../shared/api/core';

export interface Box {
  width: number;
  height: number;
  /** space between bars */
  gap: number;
  /** the thinnest bar drawn for a non-zero count */
  minBar: number;
}

export interface HistogramBar {
  x: number;
  y: number;
  width: number;
  height: number;
  bin: HistogramBin;
}

export function histogramBars(bins: readonly HistogramBin[], box: Box): HistogramBar[] {
  if (bins.length === 0) return [];
  const max = Math.max(...bins.map((b) => b.count));
  const slot = box.width / bins.length;
  const width = Math.max(1, slot - box.gap);
  return bins.map((bin, i) => {
    let height = max > 0 ? (bin.count / max) * box.height : 0;
    if (bin.count > 0) height = Math.max(box.minBar, height);
    return {
      x: round(i * slot + (slot - width) / 2),
      y: round(box.height - height),
      width: round(width),
      height: round(height),
      bin,
    };
  });
}

export interface ValueBar {
  value: string;
  count: number;
  /** bar length in the given width */
  width: number;
  /** share of all rows, 0..1 */
  share: number;
}

/** Bars for the top values, scaled so the most common value fills `width`. */
export function valueBars(
  top: readonly ValueCount[],
  rows: number,
  width: number,
  minBar = 2,
): ValueBar[] {
  const max = Math.max(0, ...top.map((v) => v.count));
  return top.map((v) => ({
    value: v.value,
    count: v.count,
    width: max > 0 && v.count > 0 ? round(Math.max(minBar, (v.count / max) * width)) : 0,
    share: rows > 0 ? v.count / rows : 0,
  }));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
