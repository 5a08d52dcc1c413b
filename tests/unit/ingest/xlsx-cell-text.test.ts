import { describe, expect, it } from 'vitest';
import {
  cellText,
  formatDate,
  formatGeneral,
  formatNumber,
} from '../../../src/main/core/ingest/xlsx-cell-text';

describe('formatGeneral', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [53020, '53020'],
    [-12, '-12'],
    [0.38, '0.38'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.333333333333333'],
    [81234567801, '81234567801'],
    [999999999999999, '999999999999999'],
    [6471014507850003, '6.47101E+15'],
    [6471031509870000, '6.47103E+15'],
    [1e15, '1E+15'],
    [-1.5e21, '-1.5E+21'],
    [1e-10, '1E-10'],
  ])('%d → %s', (n, text) => {
    expect(formatGeneral(n)).toBe(text);
  });
});

describe('formatNumber', () => {
  it.each([
    [12, '0000', '0012'],
    [1001, '0000', '1001'],
    [3.14159, '0.00', '3.14'],
    [3, '0.00', '3.00'],
    [1234567.891, '#,##0', '1234568'],
    [1234.5, '#,##0.00', '1234.50'],
    [2.5, '#,##0.##', '2.5'],
    [2, '#,##0.##', '2'],
    [0.125, '0%', '13%'],
    [0.125, '0.0%', '12.5%'],
    [10000000, '"Rp"#,##0', '10000000'],
    [-5, '#,##0;[Red](#,##0)', '-5'],
    [123456, '0.00E+00', '1.23E+05'],
    [6471014507850003, '0', '6.47101E+15'],
    [42, 'General', '42'],
    [42, '@', '42'],
    [-0.001, '0.00', '0.00'],
  ])('%d with %j → %s', (n, fmt, text) => {
    expect(formatNumber(n, fmt)).toBe(text);
  });
});

describe('formatDate and cellText', () => {
  it('dates as ISO, with a time of day when there is one', () => {
    expect(formatDate(new Date(Date.UTC(2024, 0, 15)))).toBe('2024-01-15');
    expect(formatDate(new Date(Date.UTC(2024, 0, 15, 8, 30)))).toBe('2024-01-15 08:30:00');
    expect(formatDate(new Date(Date.UTC(1899, 11, 30, 8, 30)), 'h:mm')).toBe('08:30:00');
    expect(formatDate(new Date(Number.NaN))).toBe('');
  });

  it('every kind of value', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('007')).toBe('007');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText({ formula: 'A1', result: 0.5 }, '0%')).toBe('50%');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ sharedFormula: 'A1', result: 'x' })).toBe('x');
    expect(cellText({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab');
    expect(cellText({ text: 'tautan', hyperlink: 'https://example.org' })).toBe('tautan');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
  });
});
