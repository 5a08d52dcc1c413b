/**
 * Reading numbers as Indonesian stewards write them. Indonesia groups thousands with a dot and
 * writes decimals with a comma (`1.234,56`); files made in an English locale do the opposite
 * (`1,234.56`). These parsers are strict: a value with a unit, a currency sign or a percent sign
 * is not a plain number (see `parseCurrency` / `parsePercentage` for those).
 */

export type NumberLocale = 'id' | 'en';

/** Spaces (also no-break) that may group thousands: `1 234 567`. */
const HAS_SPACE = /[\u00a0\u202f ]/;
const SPACES = /[\u00a0\u202f ]/g;
const SPACE_GROUPED = /^\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?$/;

const PLAIN_INT = /^\d+$/;
/** digits with one decimal separator (either) */
const SIMPLE_DEC = /^(\d*)([.,])(\d+)$/;
/** dot-grouped thousands, optional comma decimals: 1.234 · 1.234.567,89 */
const ID_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
/** comma-grouped thousands, optional dot decimals: 1,234 · 1,234,567.89 */
const EN_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** scientific notation with either decimal separator: 6.47103E+15, 6,47103E+15 */
const SCIENTIFIC = /^(\d+)(?:([.,])(\d+))?[eE]([+-]?\d{1,3})$/;

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

/** Parse the unsigned body of a number; `locale` undefined means "guess, Indonesian first". */
function parseBody(body: string, locale: NumberLocale | undefined): number | null {
  if (PLAIN_INT.test(body)) return finite(Number(body));
  const sci = SCIENTIFIC.exec(body);
  if (sci) {
    const sep = sci[2];
    if (sep !== undefined && locale !== undefined && sep !== (locale === 'id' ? ',' : '.')) {
      return null;
    }
    return finite(Number(`${sci[1]}.${sci[3] ?? '0'}e${sci[4]}`));
  }
  const simple = SIMPLE_DEC.exec(body);
  if (simple) {
    const [, int, sep, frac] = simple as unknown as [string, string, string, string];
    const isDecimal =
      locale === 'id'
        ? sep === ','
        : locale === 'en'
          ? sep === '.'
          : // guessing: a comma is a decimal comma; a dot is a decimal point unless it is
            // followed by exactly three digits (then it groups thousands, Indonesian style)
            sep === ',' || frac.length !== 3 || int.length === 0 || int === '0';
    if (isDecimal) return finite(Number(`${int === '' ? '0' : int}.${frac}`));
    // the separator groups thousands: exactly one group of three digits after it
    if (frac.length !== 3 || int.length === 0 || int.length > 3) return null;
    return finite(Number(int + frac));
  }
  const tryId = locale !== 'en' && ID_GROUPED.test(body);
  if (tryId) return finite(Number(body.replace(/\./g, '').replace(',', '.')));
  const tryEn = locale !== 'id' && EN_GROUPED.test(body);
  if (tryEn) return finite(Number(body.replace(/,/g, '')));
  return null;
}

/**
 * Parse a number written in Indonesian (`1.234,56`, `92.651`, `3,0`) or English (`1,234.56`)
 * form. With `locale` given, only that form is accepted; without it the form is guessed:
 * the last of two different separators is the decimal one, a lone comma is a decimal comma and
 * a lone dot followed by exactly three digits groups thousands (`92.651` → 92651).
 * Accepts a leading `+`/`-`, accounting parentheses `(1.234)`, spaces as thousands separators
 * and scientific notation. Returns null for anything else (empty, text, units, `Rp`, `%`).
 */
export function parseIndonesianNumber(value: string, locale?: NumberLocale): number | null {
  let s = value.trim();
  if (s === '') return null;
  let sign = 1;
  if (s.charCodeAt(0) === 40 /* ( */ && s.charCodeAt(s.length - 1) === 41 /* ) */) {
    sign = -1;
    s = s.slice(1, -1).trim();
  }
  const first = s.charCodeAt(0);
  if (first === 45 /* - */ || first === 0x2212 /* − */ || first === 43 /* + */) {
    if (sign === -1) return null;
    if (first !== 43) sign = -1;
    s = s.slice(1).trimStart();
  }
  if (s === '') return null;
  if (HAS_SPACE.test(s)) {
    if (!SPACE_GROUPED.test(s)) return null;
    s = s.replace(SPACES, '');
  }
  const n = parseBody(s, locale);
  return n === null ? null : sign * n;
}

const CURRENCY = /^(?:rp\.?|idr)\s*(.+?)(?:,-|\.-)?$/i;

/** Parse `Rp 10.000.000,00`, `Rp10.000,-`, `IDR 1,500.00` → the amount; null when not money. */
export function parseCurrency(value: string, locale?: NumberLocale): number | null {
  const m = CURRENCY.exec(value.trim());
  if (!m || m[1] === undefined) return null;
  return parseIndonesianNumber(m[1], locale);
}

const PERCENT = /^(.+?)\s*%$/;

/** Parse `12,5%` / `12.5 %` → 12.5 (the number as written, not divided by 100). */
export function parsePercentage(value: string, locale?: NumberLocale): number | null {
  const m = PERCENT.exec(value.trim());
  if (!m || m[1] === undefined) return null;
  return parseIndonesianNumber(m[1], locale);
}
