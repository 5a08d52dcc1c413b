/**
 * Parsing of dates as Indonesian files carry them: ISO, DD/MM/YYYY (never MM/DD), Indonesian
 * (and English) month names, Excel serial numbers.
 *
 * Private to the validator for now; dedup with src/main/core/ingest/date-format.ts (parseDate)
 * once that exists.
 */

export type DateStyle =
  | 'iso'
  | 'iso-datetime'
  | 'dmy-slash'
  | 'dmy-dash'
  | 'dmy-dot'
  | 'ymd-slash'
  | 'month-name'
  | 'excel-serial';

export interface ParsedDate {
  /** YYYY-MM-DD */
  iso: string;
  style: DateStyle;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DT_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const DMY_RE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YMD_SLASH_RE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const MONTH_NAME_RE =
  /^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?\s+)?(\d{1,2})[\s./-]+([a-z]+)\.?[\s./,-]+(\d{4})$/i;
const SERIAL_RE = /^\d{5}$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function makeIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Excel serial (1900 date system) to ISO; 45292 → 2024-01-01. */
export function excelSerialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + serial * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Parse a date. Excel serials (5 digits, 1954–2119) are accepted only with `allowSerial`,
 * i.e. where a date is expected.
 */
export function parseDateLoose(raw: string, allowSerial = false): ParsedDate | null {
  const s = raw.trim();
  if (s.length < 5 || s.length > 40) return null;
  let m = ISO_RE.exec(s);
  if (m) {
    const iso = makeIso(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { iso, style: 'iso' } : null;
  }
  m = ISO_DT_RE.exec(s);
  if (m) {
    const iso = makeIso(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { iso, style: 'iso-datetime' } : null;
  }
  m = DMY_RE.exec(s);
  if (m) {
    const iso = makeIso(Number(m[4]), Number(m[3]), Number(m[1]));
    const style: DateStyle = m[2] === '/' ? 'dmy-slash' : m[2] === '-' ? 'dmy-dash' : 'dmy-dot';
    return iso ? { iso, style } : null;
  }
  m = YMD_SLASH_RE.exec(s);
  if (m) {
    const iso = makeIso(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { iso, style: 'ymd-slash' } : null;
  }
  m = MONTH_NAME_RE.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month === undefined) return null;
    const iso = makeIso(Number(m[3]), month, Number(m[1]));
    return iso ? { iso, style: 'month-name' } : null;
  }
  if (allowSerial && SERIAL_RE.test(s)) {
    const n = Number(s);
    if (n >= 20_000 && n <= 80_000) return { iso: excelSerialToIso(n), style: 'excel-serial' };
  }
  return null;
}
