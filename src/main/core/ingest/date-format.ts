/**
 * Reading dates as they appear in Indonesian government files: ISO `2024-05-06`, day-first
 * `20/02/2024` (never month-first), Indonesian or English month names (`15 Januari 2024`,
 * `3-Agu-2024`, `Senin, 1 Maret 2024`) and — only when asked — Excel serial numbers
 * (`45292` = 2024-01-01). Everything is returned as ISO `yyyy-mm-dd`.
 */

/** How a date was written; `detail` of an inferred date column. */
export type DateFormat =
  | 'iso'
  | 'yyyy/mm/dd'
  | 'dd/mm/yyyy'
  | 'dd-mm-yyyy'
  | 'dd.mm.yyyy'
  | 'd mmmm yyyy'
  | 'mmmm d, yyyy'
  | 'excel-serial';

export const DATE_FORMATS: readonly DateFormat[] = [
  'iso',
  'yyyy/mm/dd',
  'dd/mm/yyyy',
  'dd-mm-yyyy',
  'dd.mm.yyyy',
  'd mmmm yyyy',
  'mmmm d, yyyy',
  'excel-serial',
];

const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'januari jan january'],
      [2, 'februari pebruari feb peb february'],
      [3, 'maret mar march'],
      [4, 'april apr'],
      [5, 'mei may'],
      [6, 'juni jun june'],
      [7, 'juli jul july'],
      [8, 'agustus agu agt ags agust august aug'],
      [9, 'september sep sept'],
      [10, 'oktober okt october oct'],
      [11, 'november nov nop nopember'],
      [12, 'desember des december dec'],
    ] as const
  ).flatMap(([m, names]) => names.split(' ').map((n) => [n, m] as [string, number])),
);

const TIME = String.raw`(?:[T ]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const DMY = new RegExp(
  String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?: +\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$`,
);
const DAY_NAMES =
  "(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
const DAY_MONTH_NAME = new RegExp(
  String.raw`^(?:${DAY_NAMES},?\s+)?(\d{1,2})(?:\s+|\s*[-/.]\s*)([a-z]{3,9})\.?(?:\s+|\s*[-/.,]\s*)(\d{4}|\d{2})$`,
  'i',
);
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO text for a valid calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const max = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (!Number.isInteger(day) || day < 1 || day > max) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: Excel's day 0 once its 1900 leap-year bug is accounted for. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Excel (1900 date system) serial number → ISO date; the fraction (time of day) is dropped.
 * Serial 60 is Excel's non-existent 1900-02-29 and gives null. Valid range 1..2958465.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const days = Math.floor(serial);
  if (days === 60) return null;
  const shifted = days < 60 ? days + 1 : days;
  const d = new Date(EXCEL_EPOCH + shifted * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const SERIAL = /^\d{1,7}(?:[.,]\d+)?$/;

export interface ParsedDate {
  iso: string;
  format: DateFormat;
}

/** Parse a date and say how it was written; see `parseDate`. */
export function parseDateWithFormat(
  value: string,
  opts?: { excelSerial?: boolean },
): ParsedDate | null {
  const s = value.trim();
  if (s.length < 6 || s.length > 40) {
    if (opts?.excelSerial && SERIAL.test(s)) {
      const iso = excelSerialToIso(Number(s.replace(',', '.')));
      return iso ? { iso, format: 'excel-serial' } : null;
    }
    return null;
  }
  let m = ISO.exec(s);
  if (m) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { iso, format: 'iso' } : null;
  }
  m = DMY.exec(s);
  if (m) {
    const sep = m[2];
    const year = m[4] as string;
    // `11.01.01` is a region code, not 11 January 2001: dotted dates need a 4-digit year
    if (sep === '.' && year.length === 2) return null;
    const iso = isoDate(fullYear(year), Number(m[3]), Number(m[1]));
    if (!iso) return null;
    return { iso, format: sep === '/' ? 'dd/mm/yyyy' : sep === '-' ? 'dd-mm-yyyy' : 'dd.mm.yyyy' };
  }
  m = YMD_SLASH.exec(s);
  if (m) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { iso, format: 'yyyy/mm/dd' } : null;
  }
  m = DAY_MONTH_NAME.exec(s);
  if (m) {
    const month = MONTHS.get((m[2] as string).toLowerCase());
    if (month === undefined) return null;
    const iso = isoDate(fullYear(m[3] as string), month, Number(m[1]));
    return iso ? { iso, format: 'd mmmm yyyy' } : null;
  }
  m = MONTH_NAME_DAY.exec(s);
  if (m) {
    const month = MONTHS.get((m[1] as string).toLowerCase());
    if (month === undefined) return null;
    const iso = isoDate(Number(m[3]), month, Number(m[2]));
    return iso ? { iso, format: 'mmmm d, yyyy' } : null;
  }
  if (opts?.excelSerial && SERIAL.test(s)) {
    const iso = excelSerialToIso(Number(s.replace(',', '.')));
    return iso ? { iso, format: 'excel-serial' } : null;
  }
  return null;
}

/**
 * Parse a date as written in Indonesian files and return ISO `yyyy-mm-dd`, or null.
 * Day-first only (`01/02/2024` is 1 February). Excel serial numbers are read only with
 * `{ excelSerial: true }` (use it for columns whose name says they hold dates).
 */
export function parseDate(value: string, opts?: { excelSerial?: boolean }): string | null {
  return parseDateWithFormat(value, opts)?.iso ?? null;
}
