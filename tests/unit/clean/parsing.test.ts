import { describe, expect, it } from 'vitest';
import { formatNumber, parseLocaleNumber } from '../../../src/main/core/clean/number-canonical';
import { excelSerialToIso, parseDateValue } from '../../../src/main/core/clean/date-parse';
import {
  ExpressionError,
  compileExpression,
  parseExpression,
} from '../../../src/main/core/clean/expression';
import { shapeOf } from './helpers';

describe('parseLocaleNumber', () => {
  it.each([
    ['92.651', 'id', '92651'],
    ['1.234.567,89', 'id', '1234567.89'],
    ['0,38', 'id', '0.38'],
    ['3,0', 'id', '3'],
    ['-1.500', 'id', '-1500'],
    ['+7', 'id', '7'],
    ['007', 'id', '7'],
    ['92 651', 'id', '92651'],
    ['92\u00a0651', 'id', '92651'],
    [',5', 'id', '0.5'],
    ['0.38', 'id', '0.38'],
    ['1,234.56', 'en', '1234.56'],
    ['1,500', 'en', '1500'],
    ['0.38', 'en', '0.38'],
    ['-0', 'en', '0'],
    ['1234567890123456789', 'en', '1234567890123456789'],
  ] as const)('%s (%s) → %s', (value, locale, expected) => {
    expect(parseLocaleNumber(value, locale)).toBe(expected);
  });

  it.each([
    ['-', 'id'],
    ['n/a', 'id'],
    ['6.47103E+15', 'id'],
    ['1.50.000', 'id'],
    ['1,2,3', 'id'],
    ['12,', 'id'],
    ['Rp 10.000', 'id'],
    ['12%', 'id'],
    ['0,38', 'en'],
    ['1.234,5', 'en'],
    ['1 2', 'id'],
    ['', 'id'],
  ] as const)('%s (%s) does not parse', (value, locale) => {
    expect(parseLocaleNumber(value, locale)).toBeNull();
  });

  it('strips Rp and % only when asked', () => {
    expect(parseLocaleNumber('Rp10.000.000,00', 'id', { stripSymbols: true })).toBe('10000000');
    expect(parseLocaleNumber('12,5 %', 'id', { stripSymbols: true })).toBe('12.5');
  });

  it('formats JS numbers without exponent or float noise', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1.5e-7)).toBe('0.00000015');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(Infinity)).toBeNull();
  });
});

describe('parseDateValue', () => {
  it.each([
    ['2024-05-06', '2024-05-06'],
    ['2024-05-06 00:00:00', '2024-05-06'],
    ['2024/5/6', '2024-05-06'],
    ['06-05-2024', '2024-05-06'],
    ['6.5.2024', '2024-05-06'],
    ['6/5/24', '2024-05-06'],
    ['15 Januari 2024', '2024-01-15'],
    ['15 januari 2024', '2024-01-15'],
    ['3-Agu-2024', '2024-08-03'],
    ['1 Peb 2024', '2024-02-01'],
    ['Jumat, 1 Maret 2024', '2024-03-01'],
    ['Mei 5, 2024', '2024-05-05'],
    ['45292', '2024-01-01'],
    ['29/02/2024', '2024-02-29'],
  ])('%s → %s', (value, iso) => {
    expect(parseDateValue(value)).toBe(iso);
  });

  it.each(['2024', '29/02/2023', '2024-05-06 10:30', '15 Foo 2024', '12345678', '1.234', '-'])(
    '%s does not parse',
    (value) => {
      expect(parseDateValue(value)).toBeNull();
    },
  );

  it('serials can be turned off; month first on request', () => {
    expect(parseDateValue('45292', { excelSerial: false })).toBeNull();
    expect(parseDateValue('05/06/2024', { order: 'mdy' })).toBe('2024-05-06');
    expect(excelSerialToIso(60)).toBe('1900-02-28');
  });
});

describe('expressions', () => {
  const shape = shapeOf(['laki_laki', 'perempuan', 'kode', 'nama'], ['L', 'P', 'Kode', 'Nama']);
  const ev = (text: string, cells: string[]) =>
    compileExpression(parseExpression(text), shape)(cells);
  const cells = ['387112', '370306', '64.71.01', 'Balikpapan Timur'];

  it.each([
    ['{laki_laki} + {perempuan}', '757418'],
    ['({laki_laki} - {perempuan}) / 2', '8403'],
    ['{L} * 2 + 1', '774225'],
    ['-{perempuan} + 1', '-370305'],
    ['{kode} & " - " & {nama}', '64.71.01 - Balikpapan Timur'],
    ["'x' & 1.50", 'x1.5'],
    ['{laki_laki} / {perempuan} * 100', '104.538408775445'],
    ['"a\\"b"', 'a"b'],
  ])('%s', (text, expected) => {
    expect(ev(text, cells)).toBe(expected);
  });

  it('gives null for arithmetic on text, empty cells or division by zero', () => {
    expect(ev('{nama} + 1', cells)).toBeNull();
    expect(ev('{laki_laki} + 1', ['', '', '', ''])).toBeNull();
    expect(ev('1 / 0', cells)).toBeNull();
  });

  it.each(['', '1 +', '{a', '"open', '1 2', 'alert(1)', '(((1)', 'x'.repeat(1001)])(
    'refuses %s',
    (text) => {
      expect(() => parseExpression(text)).toThrow(ExpressionError);
    },
  );

  it('limits nesting', () => {
    expect(() => parseExpression(`${'('.repeat(100)}1${')'.repeat(100)}`)).toThrow(/bertingkat/);
  });
});
