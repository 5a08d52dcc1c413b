/** number-format.ts, date-format.ts, cell-kind.ts, text-utils.ts */
import { describe, expect, it } from 'vitest';
import { classifyCell, DEFAULT_MISSING_MARKERS } from '../../../src/main/core/validate/cell-kind';
import { excelSerialToIso, parseDateLoose } from '../../../src/main/core/validate/date-format';
import {
  formatPlainNumber,
  parseIndonesianNumber,
} from '../../../src/main/core/validate/number-format';
import {
  boundedLevenshtein,
  caseStyle,
  isSnakeCase,
  matchCase,
  squash,
  toCaseStyle,
  toSnakeCase,
} from '../../../src/main/core/validate/text-utils';
import { CellKind } from '../../../src/main/core/validate/types';

describe('parseIndonesianNumber', () => {
  it.each([
    ['53020', 53020, 'plain'],
    ['0.38', 0.38, 'plain'],
    ['92.651', 92.651, 'plain'],
    ['1.234.567', 1234567, 'thousands-dot'],
    ['1.234,56', 1234.56, 'thousands-dot'],
    ['0,38', 0.38, 'decimal-comma'],
    ['-3,5', -3.5, 'decimal-comma'],
    ['Rp 10.000.000,00', 10000000, 'rupiah'],
    ['Rp10.000', 10000, 'rupiah'],
    ['12,5%', 12.5, 'percent'],
    ['1,25 M', 1250000000, 'suffix'],
    ['3 jt', 3000000, 'suffix'],
    ['1 000 000', 1000000, 'thousands-space'],
  ] as const)('%s → %d (%s)', (raw, value, style) => {
    expect(parseIndonesianNumber(raw)).toEqual({ value, style });
  });

  it('reads a lone dot group as thousands when asked', () => {
    expect(parseIndonesianNumber('92.651', 'thousands')).toEqual({
      value: 92651,
      style: 'thousands-dot',
    });
  });

  it('refuses text, codes and dates', () => {
    for (const s of ['', 'abc', '64.71.01', '20/02/2024', '2024-05-06', '5M', 'Rp']) {
      expect(parseIndonesianNumber(s)).toBeNull();
    }
  });

  it('formats canonical numbers', () => {
    expect(formatPlainNumber(92651)).toBe('92651');
    expect(formatPlainNumber(0.1 + 0.2)).toBe('0.3');
  });
});

describe('parseDateLoose', () => {
  it.each([
    ['2024-05-06', '2024-05-06', 'iso'],
    ['2024-05-06T10:00:00Z', '2024-05-06', 'iso-datetime'],
    ['20/02/2024', '2024-02-20', 'dmy-slash'],
    ['03-08-2024', '2024-08-03', 'dmy-dash'],
    ['15 Januari 2024', '2024-01-15', 'month-name'],
    ['3-Agu-2024', '2024-08-03', 'month-name'],
    ['12 Apr 2024', '2024-04-12', 'month-name'],
    ['Senin, 1 Maret 2024', '2024-03-01', 'month-name'],
  ] as const)('%s → %s (%s)', (raw, iso, style) => {
    expect(parseDateLoose(raw)).toEqual({ iso, style });
  });

  it('reads Excel serials only where dates are expected', () => {
    expect(parseDateLoose('45292')).toBeNull();
    expect(parseDateLoose('45292', true)).toEqual({ iso: '2024-01-01', style: 'excel-serial' });
    expect(excelSerialToIso(45292)).toBe('2024-01-01');
  });

  it('refuses impossible dates and MM/DD', () => {
    for (const s of ['31/02/2024', '02/20/2024', '2024-13-01', '15 Foo 2024']) {
      expect(parseDateLoose(s)).toBeNull();
    }
  });
});

describe('classifyCell', () => {
  const k = (s: string): number => classifyCell(s, DEFAULT_MISSING_MARKERS);
  it('tells numbers, local numbers, codes, markers and text apart', () => {
    expect(k('')).toBe(CellKind.Empty);
    expect(k('  ')).toBe(CellKind.Blank);
    expect(k('53020')).toBe(CellKind.Int);
    expect(k('-5')).toBe(CellKind.Int);
    expect(k('0.38')).toBe(CellKind.Dec);
    expect(k('64.71')).toBe(CellKind.Dec);
    expect(k('92.651')).toBe(CellKind.DotGroup);
    expect(k('1.234.567')).toBe(CellKind.IdNum);
    expect(k('0,38')).toBe(CellKind.IdNum);
    expect(k('Rp 5.000')).toBe(CellKind.IdNum);
    expect(k('6.47103E+15')).toBe(CellKind.Sci);
    expect(k('64.71.01')).toBe(CellKind.Text);
    expect(k('64.71.01.1001')).toBe(CellKind.Text);
    expect(k('20/02/2024')).toBe(CellKind.Text);
    expect(k('-')).toBe(CellKind.Missing);
    expect(k('N/A')).toBe(CellKind.Missing);
    expect(k('Tidak Ada')).toBe(CellKind.Missing);
    expect(k('Teritip')).toBe(CellKind.Text);
    expect(k(' 12 ')).toBe(CellKind.Int);
  });
});

describe('text utils', () => {
  it('measures edit distance with a bound', () => {
    expect(boundedLevenshtein('imunisai', 'imunisasi', 2)).toBe(1);
    expect(boundedLevenshtein('jiwa', 'orang', 2)).toBe(3);
  });

  it('knows case styles', () => {
    expect(caseStyle('BALIKPAPAN TIMUR')).toBe('upper');
    expect(caseStyle('balikpapan')).toBe('lower');
    expect(caseStyle('Balikpapan Timur')).toBe('title');
    expect(caseStyle('RS Umum Daerah')).toBe('title');
    expect(caseStyle('bALIKPAPAN')).toBe('other');
    expect(caseStyle('64.71')).toBe('none');
    expect(toCaseStyle('rumah sakit', 'title')).toBe('Rumah Sakit');
    expect(matchCase('Balikpapan Barat', 'BALIKPAPAN TIMUR')).toBe('BALIKPAPAN BARAT');
  });

  it('proposes snake_case names', () => {
    expect(toSnakeCase('Kode Kelurahan')).toBe('kode_kelurahan');
    expect(toSnakeCase('SD - Negeri')).toBe('sd_negeri');
    expect(toSnakeCase('2022')).toBe('kolom_2022');
    expect(toSnakeCase('Persentase (%)')).toBe('persentase_persen');
    expect(isSnakeCase('jumlah_penduduk')).toBe(true);
    expect(isSnakeCase('Jumlah')).toBe(false);
    expect(isSnakeCase('jumlah__x')).toBe(false);
  });

  it('tidies spaces without copying tidy strings', () => {
    const s = 'Balikpapan Timur';
    expect(squash(s)).toBe(s);
    expect(squash('  Balikpapan\u00a0 Timur ')).toBe('Balikpapan Timur');
  });
});
