// The column profile's charts: bar geometry proportional to the counts, rare values visible.
import { describe, expect, it } from 'vitest';
import { histogramBars, valueBars } from '../../../src/renderer/components/grid-chart-geometry';

describe('histogram bars', () => {
  const box = { width: 100, height: 50, gap: 2, minBar: 2 };

  it('fills the box: equal slots, the tallest bin reaches the top', () => {
    const bars = histogramBars(
      [
        { from: 0, to: 10, count: 4 },
        { from: 10, to: 20, count: 8 },
        { from: 20, to: 30, count: 0 },
        { from: 30, to: 40, count: 2 },
      ],
      box,
    );
    expect(bars.map((b) => b.x)).toEqual([1, 26, 51, 76]);
    expect(bars.every((b) => b.width === 23)).toBe(true);
    expect(bars.map((b) => b.height)).toEqual([25, 50, 0, 12.5]);
    expect(bars.map((b) => b.y)).toEqual([25, 0, 50, 37.5]);
    expect(bars[1]?.bin.count).toBe(8);
  });

  it('keeps a rare bin visible and draws nothing for no bins', () => {
    const bars = histogramBars(
      [
        { from: 0, to: 1, count: 1000 },
        { from: 1, to: 2, count: 1 },
      ],
      box,
    );
    expect(bars[1]?.height).toBe(2);
    expect(bars[1]?.y).toBe(48);
    expect(histogramBars([], box)).toEqual([]);
  });
});

describe('top value bars', () => {
  it('scales to the most common value and gives each share of the rows', () => {
    const bars = valueBars(
      [
        { value: 'A', count: 10 },
        { value: 'B', count: 5 },
        { value: 'C', count: 0 },
      ],
      40,
      200,
    );
    expect(bars.map((b) => b.width)).toEqual([200, 100, 0]);
    expect(bars.map((b) => b.share)).toEqual([0.25, 0.125, 0]);
    expect(valueBars([{ value: 'x', count: 1 }], 0, 200)[0]?.share).toBe(0);
  });
});
