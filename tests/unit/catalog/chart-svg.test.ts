import { describe, expect, it } from 'vitest';
import { chartSvg, CHART_MAX_BARS } from '../../../src/main/core/catalog/chart-svg';

describe('chartSvg', () => {
  it('draws one bar per item, escaped, with values in Indonesian format', () => {
    const svg = chartSvg({
      column: '<script>x</script>',
      kind: 'bars',
      items: [
        { label: '<img src=x onerror=alert(1)>', value: 106210 },
        { label: 'Balikpapan Barat', value: 121940.5 },
      ],
    }).value;
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('106.210');
    expect(svg).toContain('121.940,5');
    expect(svg).not.toMatch(/ style=/);
  });

  it('caps the bars and says how many are left out', () => {
    const items = Array.from({ length: CHART_MAX_BARS + 5 }, (_, i) => ({
      label: `K${i}`,
      value: i,
    }));
    const svg = chartSvg({ column: 'x', kind: 'bars', items }).value;
    expect(svg.match(/<rect /g)).toHaveLength(CHART_MAX_BARS);
    expect(svg).toContain('… dan 5 lainnya');
  });

  it('draws a histogram as adjacent columns and ignores non-finite values', () => {
    const svg = chartSvg({
      column: 'jumlah',
      kind: 'histogram',
      items: [
        { label: '0–10', value: 2 },
        { label: '10–20', value: Number.NaN },
        { label: '20–30', value: 5 },
      ],
    }).value;
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('Sebaran jumlah');
  });

  it('is empty when nothing can be drawn', () => {
    expect(chartSvg({ column: 'x', kind: 'bars', items: [] }).value).toBe('');
  });
});
