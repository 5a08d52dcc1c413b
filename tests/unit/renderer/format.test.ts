import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDateTime,
  formatDateTimeShort,
  formatNumber,
  percentOf,
} from '../../../src/renderer/i18n/format';

describe('format', () => {
  it('writes numbers as each language does', () => {
    expect(formatNumber(1_000_000, 'id')).toBe('1.000.000');
    expect(formatNumber(1_000_000, 'en')).toBe('1,000,000');
  });

  it('writes sizes with one decimal below 100 and a decimal comma in Indonesian', () => {
    expect(formatBytes(0, 'id')).toBe('0 B');
    expect(formatBytes(1023, 'id')).toBe('1.023 B');
    expect(formatBytes(2560, 'id')).toBe('2,5 KB');
    expect(formatBytes(2560, 'en')).toBe('2.5 KB');
    expect(formatBytes(150 * 1024 * 1024, 'id')).toBe('150 MB');
  });

  it('writes dates with Indonesian month names', () => {
    const iso = '2024-03-05T04:06:00Z';
    expect(formatDateTime(iso, 'id')).toMatch(/Maret 2024/);
    expect(formatDateTime(iso, 'en')).toMatch(/March 2024/);
    expect(formatDateTimeShort(iso, 'id')).toMatch(/Mar 2024/);
    expect(formatDateTime('not a date', 'id')).toBe('not a date');
  });

  it('computes a bounded percentage, or null when the total is unknown', () => {
    expect(percentOf(50, 200)).toBe(25);
    expect(percentOf(300, 200)).toBe(100);
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(undefined, 10)).toBeNull();
  });
});
