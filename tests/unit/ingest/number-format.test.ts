import { describe, expect, it } from 'vitest';
import {
  parseCurrency,
  parseIndonesianNumber,
  parsePercentage,
} from '../../../src/main/core/ingest/number-format';

describe('parseIndonesianNumber', () => {
  it.each([
    ['53020', undefined, 53020],
    ['92.651', undefined, 92651],
    ['92.651', 'id', 92651],
    ['92.651', 'en', 92.651],
    ['3,0', undefined, 3],
    ['0,38', undefined, 0.38],
    ['0,38', 'id', 0.38],
    ['1.234,56', undefined, 1234.56],
    ['1.234,56', 'id', 1234.56],
    ['1,234.56', undefined, 1234.56],
    ['1,234.56', 'en', 1234.56],
    ['1.234.567', undefined, 1234567],
    ['1,234,567', undefined, 1234567],
    ['1,234', 'en', 1234],
    ['1,234', 'id', 1.234],
    ['0.5', undefined, 0.5],
    ['12.5', undefined, 12.5],
    ['0.500', undefined, 0.5],
    ['.5', undefined, 0.5],
    ['-12', undefined, -12],
    ['−7,5', undefined, -7.5],
    ['+3', undefined, 3],
    ['(1.234)', undefined, -1234],
    ['1 234 567', undefined, 1234567],
    ['1\u00a0234,5', undefined, 1234.5],
    ['  42  ', undefined, 42],
    ['007', undefined, 7],
    ['6.47103E+15', undefined, 6.47103e15],
    ['6,47103E+15', 'id', 6.47103e15],
  ] as const)('%j (%s) → %d', (value, locale, expected) => {
    expect(parseIndonesianNumber(value, locale)).toBeCloseTo(expected, 10);
  });

  it.each([
    ['', undefined],
    ['-', undefined],
    ['n/a', undefined],
    ['Rp 1.000', undefined],
    ['12%', undefined],
    ['1.2345', 'id'],
    ['1,2345', 'en'],
    ['1.23.4', undefined],
    ['1,234.5', 'id'],
    ['1.234,5', 'en'],
    ['12 34', undefined],
    ['--5', undefined],
    ['(-5)', undefined],
    ['64.71.01', undefined],
    ['1e999', undefined],
    ['abc', undefined],
  ] as const)('%j (%s) → null', (value, locale) => {
    expect(parseIndonesianNumber(value, locale)).toBeNull();
  });
});

describe('parseCurrency and parsePercentage', () => {
  it.each([
    ['Rp 10.000.000,00', 10_000_000],
    ['Rp10.000,-', 10_000],
    ['rp. 1.500', 1500],
    ['IDR 2.500.000', 2_500_000],
  ])('%j → %d', (value, expected) => {
    expect(parseCurrency(value)).toBe(expected);
  });

  it('rejects what is not money', () => {
    expect(parseCurrency('10.000')).toBeNull();
    expect(parseCurrency('Rp abc')).toBeNull();
  });

  it.each([
    ['12,5%', 12.5],
    ['12.5 %', 12.5],
    ['100%', 100],
    ['-3,25%', -3.25],
  ])('%j → %d', (value, expected) => {
    expect(parsePercentage(value)).toBe(expected);
  });

  it('rejects what is not a percentage', () => {
    expect(parsePercentage('12,5')).toBeNull();
    expect(parsePercentage('%')).toBeNull();
  });
});
