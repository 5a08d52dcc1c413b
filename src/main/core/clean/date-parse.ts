/**
 * Dates as Indonesian files write them → ISO 8601 `yyyy-mm-dd`: `15 Januari 2024`, `3-Agu-2024`,
 * `Senin, 15 Januari 2024`, `20/02/2024` (day first unless told otherwise), `2024-05-06`
 * (optionally with a midnight time), and Excel serial numbers (`45292` = 2024-01-01).
 * (Kept in clean/ until core/ingest/date-format.ts exists; dedup then.)
 */

const MONTHS: Record<string, number> = {};
const MONTH_WORDS: [number, string[]][] = [
  [1, ['januari', 'jan', 'january']],
  [2, ['februari', 'feb', 'peb', 'pebruari', 'february']],
  [3, ['maret', 'mar', 'march']],
  [4, ['april', 'apr']],
  [5, ['mei', 'may']],
  [6, ['juni', 'jun', 'june']],
  [7, ['juli', 'jul', 'july']],
  [8, ['agustus', 'agu', 'agt', 'ags', 'agus', 'aug', 'august']],
  [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'okt', 'oct', 'october']],
  [11, ['november', 'nov', 'nop', 'nopember']],
  [12, ['desember', 'des', 'dec', 'december']],
];
for (const [n, words] of MONTH_WORDS) for (const w of words) MONTHS[w] = n;

const DAY_NAME =
  /^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+/i;

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 2) return y < 50 ? 2000 + y : 1900 + y;
  return y;
}

/** Excel's 1900 date system (serial 60 is the phantom 29 Feb 1900). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1) return null;
  const epoch = Date.UTC(1899, 11, 30);
  const days = serial < 60 ? serial + 1 : serial;
  const dt = new Date(epoch + days * 86_400_000);
  return isoDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?: 00:00(?::00)?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.,]+(\d{4}|\d{2})$/i;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i;
const SERIAL = /^\d{5}(?:\.0+)?$/;

export interface ParseDateOptions {
  order?: 'dmy' | 'mdy';
  excelSerial?: boolean;
}

/** One value → `yyyy-mm-dd`, or null when it is not a date this parser knows. */
export function parseDateValue(value: string, options: ParseDateOptions = {}): string | null {
  let s = value.trim();
  if (s === '' || s.length > 60) return null;
  let m = ISO.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(m[4] ?? '');
    return options.order === 'mdy' ? isoDate(y, a, b) : isoDate(y, b, a);
  }
  if (options.excelSerial !== false && SERIAL.test(s)) {
    return excelSerialToIso(Math.trunc(Number(s)));
  }
  s = s.replace(DAY_NAME, '');
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month === undefined) return null;
    return isoDate(fullYear(m[3] ?? ''), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (month === undefined) return null;
    return isoDate(Number(m[3]), month, Number(m[2]));
  }
  return null;
}
