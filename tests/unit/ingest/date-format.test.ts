import { describe, expect, it } from 'vitest';
import {
  excelSerialToIso,
  parseDate,
  parseDateWithFormat,
} from '../../../src/main/core/ingest/date-format';

describe('parseDate', () => {
  it.each([
    ['2024-05-06', '2024-05-06'],
    ['2024-5-6', '2024-05-06'],
    ['2024-05-06T10:30:00', '2024-05-06'],
    ['2024-05-06 10:30', '2024-05-06'],
    ['2024/05/06', '2024-05-06'],
    ['20/02/2024', '2024-02-20'],
    ['01/02/2024', '2024-02-01'],
    ['6-5-2024', '2024-05-06'],
    ['06.05.2024', '2024-05-06'],
    ['20/02/24', '2024-02-20'],
    ['20/02/99', '1999-02-20'],
    ['15 Januari 2024', '2024-01-15'],
    ['15 januari 2024', '2024-01-15'],
    ['3-Agu-2024', '2024-08-03'],
    ['3 Agt 2024', '2024-08-03'],
    ['12 Apr 2024', '2024-04-12'],
    ['1 Maret 2024', '2024-03-01'],
    ['1 Peb 2024', '2024-02-01'],
    ['9 Nop 2023', '2023-11-09'],
    ['31 Des 2023', '2023-12-31'],
    ['5 Mei 2024', '2024-05-05'],
    ['Senin, 15 Januari 2024', '2024-01-15'],
    ["Jum'at, 19 Januari 2024", '2024-01-19'],
    ['15 January 2024', '2024-01-15'],
    ['January 15, 2024', '2024-01-15'],
    ['29 Februari 2024', '2024-02-29'],
  ])('%j → %s', (value, iso) => {
    expect(parseDate(value)).toBe(iso);
  });

  it.each([
    '',
    '2024',
    '45292',
    '29 Februari 2023',
    '31/04/2024',
    '02/20/2024', // month-first is not read
    '2024-13-01',
    '15 Foo 2024',
    '64.71.01',
    '11.01.01', // a region code, not a dotted date
    'Januari 2024',
    'kemarin',
  ])('%j → null', (value) => {
    expect(parseDate(value)).toBeNull();
  });

  it('reads Excel serial numbers only when asked', () => {
    expect(parseDate('45292')).toBeNull();
    expect(parseDate('45292', { excelSerial: true })).toBe('2024-01-01');
    expect(parseDate('45292.75', { excelSerial: true })).toBe('2024-01-01');
    expect(parseDateWithFormat('45292', { excelSerial: true })?.format).toBe('excel-serial');
  });

  it('says how a date was written', () => {
    expect(parseDateWithFormat('15 Januari 2024')?.format).toBe('d mmmm yyyy');
    expect(parseDateWithFormat('20/02/2024')?.format).toBe('dd/mm/yyyy');
    expect(parseDateWithFormat('2024-05-06')?.format).toBe('iso');
  });
});

describe('excelSerialToIso', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45292, '2024-01-01'],
    [45658, '2025-01-01'],
    [2958465, '9999-12-31'],
  ])('%d → %s', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
  });

  it('rejects Excel’s phantom 1900-02-29 and out-of-range serials', () => {
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(2958466)).toBeNull();
    expect(excelSerialToIso(Number.NaN)).toBeNull();
  });
});
