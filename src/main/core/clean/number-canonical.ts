/**
 * Numbers as Indonesian (`1.234,56`) or English (`1,234.56`) files write them → the canonical
 * plain decimal (`1234.56`): `.` as decimal point, no grouping, no exponent, no leading `+`,
 * no redundant zeros. Pure string work, so 16-digit counts keep every digit.
 * (Kept in clean/ until core/ingest/number-format.ts exists; dedup then.)
 */
import type { NumberLocale } from '../../../shared/model/step';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Canonical form of digits: strip leading zeros of the integer part, trailing zeros of the fraction. */
export function canonicalDecimal(negative: boolean, intDigits: string, fracDigits: string): string {
  let a = 0;
  while (a < intDigits.length - 1 && intDigits.charCodeAt(a) === 48) a++;
  let int = intDigits.slice(a);
  if (int === '') int = '0';
  let end = fracDigits.length;
  while (end > 0 && fracDigits.charCodeAt(end - 1) === 48) end--;
  const frac = fracDigits.slice(0, end);
  const body = frac === '' ? int : `${int}.${frac}`;
  return negative && body !== '0' ? `-${body}` : body;
}

const CANONICAL = /^-?\d+(\.\d+)?$/;

/** True for a value already in canonical decimal form (`-12`, `0.38`). */
export function isCanonicalNumber(v: string): boolean {
  return CANONICAL.test(v);
}

/** Checks `int` is either plain digits or 1–3 digits then groups of exactly 3 after `sep`. */
function ungroup(int: string, sep: number): string | null {
  let plain = true;
  for (let i = 0; i < int.length; i++) {
    const c = int.charCodeAt(i);
    if (!isDigit(c)) {
      plain = false;
      break;
    }
  }
  if (plain) return int;
  let out = '';
  let group = 0;
  let groups = 0;
  let sepKind = -1;
  for (let i = 0; i < int.length; i++) {
    const c = int.charCodeAt(i);
    if (isDigit(c)) {
      out += int[i];
      group++;
      continue;
    }
    const isSep = c === sep || isGroupSpace(c);
    if (!isSep) return null;
    const kind = c === sep ? 0 : 1;
    if (sepKind === -1) sepKind = kind;
    else if (sepKind !== kind) return null;
    if (groups === 0 ? group < 1 || group > 3 : group !== 3) return null;
    groups++;
    group = 0;
  }
  if (group !== 3) return null;
  return out;
}

export interface ParseNumberOptions {
  stripSymbols?: boolean;
}

/**
 * Parse one value in the given locale; null when it is not a number in that locale (the caller
 * leaves it unchanged). In locale `id` a dot followed by exactly three digits groups thousands
 * (`92.651` → `92651`); a value already canonical with another fraction length (`0.38`) is kept.
 */
export function parseLocaleNumber(
  value: string,
  locale: NumberLocale,
  options: ParseNumberOptions = {},
): string | null {
  let s = value.trim();
  if (s === '') return null;
  let negative = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 0x2212) {
    negative = true;
    s = s.slice(1).trimStart();
  } else if (c0 === 43) {
    s = s.slice(1).trimStart();
  }
  if (options.stripSymbols) {
    const m = /^(?:rp\.?|idr)\s*/i.exec(s);
    if (m) s = s.slice(m[0].length);
    if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
    if (!negative && s.charCodeAt(0) === 45) {
      negative = true;
      s = s.slice(1);
    }
  }
  if (s === '') return null;
  const group = locale === 'id' ? 46 : 44; // '.' or ','
  const decimal = locale === 'id' ? ',' : '.';
  if (locale === 'id' && isCanonicalNumber(s)) {
    const dot = s.indexOf('.');
    if (dot >= 0 && s.length - dot - 1 !== 3) {
      return canonicalDecimal(negative, s.slice(0, dot), s.slice(dot + 1));
    }
  }
  const d = s.indexOf(decimal);
  let intPart = s;
  let fracPart = '';
  if (d >= 0) {
    if (s.indexOf(decimal, d + 1) >= 0) return null;
    intPart = s.slice(0, d);
    fracPart = s.slice(d + 1);
    if (fracPart === '') return null;
    for (let i = 0; i < fracPart.length; i++) if (!isDigit(fracPart.charCodeAt(i))) return null;
    if (intPart === '') return canonicalDecimal(negative, '0', fracPart);
  }
  const digits = ungroup(intPart, group);
  if (digits === null || digits === '') return null;
  return canonicalDecimal(negative, digits, fracPart);
}

/** A JS number → canonical decimal (no exponent); 15 significant digits so 0.1+0.2 → 0.3. */
export function formatNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const rounded = Number(n.toPrecision(15));
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  let s = String(rounded);
  if (!/e/i.test(s)) return s;
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  const [mant = '', expText = '0'] = s.toLowerCase().split('e');
  const exp = Number(expText);
  const [intDigits = '', fracDigits = ''] = mant.split('.');
  const all = intDigits + fracDigits;
  const point = intDigits.length + exp;
  let int: string;
  let frac: string;
  if (point <= 0) {
    int = '0';
    frac = '0'.repeat(-point) + all;
  } else if (point >= all.length) {
    int = all + '0'.repeat(point - all.length);
    frac = '';
  } else {
    int = all.slice(0, point);
    frac = all.slice(point);
  }
  return canonicalDecimal(negative, int, frac);
}
