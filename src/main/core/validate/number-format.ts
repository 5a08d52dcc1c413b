/**
 * Parsing of numbers as Indonesian stewards write them: thousands dots (`92.651`), decimal
 * commas (`0,38`), `Rp`, `%`, magnitude words (`1,25 M`, `3 jt`).
 *
 * Private to the validator for now; dedup with src/main/core/ingest/number-format.ts
 * (parseIndonesianNumber) once that exists.
 */

export type NumberStyle =
  'plain' | 'thousands-dot' | 'decimal-comma' | 'thousands-space' | 'rupiah' | 'percent' | 'suffix';

export interface ParsedNumber {
  value: number;
  /** the most telling non-plain habit, or `plain` */
  style: NumberStyle;
}

const PLAIN_RE = /^-?\d+(?:\.\d+)?$/;
const THOUSANDS_DOT_RE = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const DECIMAL_COMMA_RE = /^\d+,\d+$/;
const THOUSANDS_SPACE_RE = /^\d{1,3}(?: \d{3})+(?:,\d+)?$/;
const SINGLE_DOT_GROUP_RE = /^-?\d{1,3}\.\d{3}$/;
const SUFFIX_RE = /^(.*?)\s*(rb|ribu|jt|juta|m|miliar|milyar|t|triliun)\.?$/i;

const SUFFIX_FACTOR: Record<string, number> = {
  rb: 1e3,
  ribu: 1e3,
  jt: 1e6,
  juta: 1e6,
  m: 1e9,
  miliar: 1e9,
  milyar: 1e9,
  t: 1e12,
  triliun: 1e12,
};

/** `1.500`: one dot followed by exactly three digits — thousands or decimal? */
export function isSingleDotGroup(s: string): boolean {
  return SINGLE_DOT_GROUP_RE.test(s);
}

function parseBody(body: string, dotGroupAs: 'thousands' | 'decimal'): ParsedNumber | null {
  if (PLAIN_RE.test(body)) {
    if (dotGroupAs === 'thousands' && SINGLE_DOT_GROUP_RE.test(body)) {
      return { value: Number(body.replace('.', '')), style: 'thousands-dot' };
    }
    return { value: Number(body), style: 'plain' };
  }
  let sign = 1;
  let b = body;
  if (b.startsWith('-') || b.startsWith('\u2212')) {
    sign = -1;
    b = b.slice(1).trimStart();
  }
  if (THOUSANDS_DOT_RE.test(b)) {
    return { value: sign * Number(b.replace(/\./g, '').replace(',', '.')), style: 'thousands-dot' };
  }
  if (DECIMAL_COMMA_RE.test(b)) {
    return { value: sign * Number(b.replace(',', '.')), style: 'decimal-comma' };
  }
  if (THOUSANDS_SPACE_RE.test(b)) {
    return {
      value: sign * Number(b.replace(/ /g, '').replace(',', '.')),
      style: 'thousands-space',
    };
  }
  if (PLAIN_RE.test(b)) return { value: sign * Number(b), style: 'plain' };
  return null;
}

/**
 * Parse a number written plainly or with Indonesian habits. Returns null when the text is not a
 * number. `dotGroupAs` decides `1.500` (default: decimal, i.e. plain 1.5).
 */
export function parseIndonesianNumber(
  raw: string,
  dotGroupAs: 'thousands' | 'decimal' = 'decimal',
): ParsedNumber | null {
  let s = raw.trim();
  if (s === '') return null;
  let style: NumberStyle | undefined;
  if (/^rp\.?\s*/i.test(s)) {
    s = s.replace(/^rp\.?\s*/i, '');
    style = 'rupiah';
    if (s === '') return null;
  }
  let percent = false;
  if (s.endsWith('%')) {
    s = s.slice(0, -1).trimEnd();
    percent = true;
    style ??= 'percent';
  }
  let factor = 1;
  if (!percent) {
    const m = SUFFIX_RE.exec(s);
    if (m && m[1] !== undefined && m[1] !== '' && /\d$/.test(m[1])) {
      const word = (m[2] ?? '').toLowerCase();
      // a bare `m`/`t` only counts after a space or a decimal comma (`1,25 M`, `2 T`)
      if ((word === 'm' || word === 't') && !/\s$/.test(s.slice(0, s.length - word.length))) {
        if (!m[1].includes(',')) return null;
      }
      factor = SUFFIX_FACTOR[word] ?? 1;
      s = m[1];
      style ??= 'suffix';
    }
  }
  // money is never written with a decimal point: `Rp10.000` is ten thousand
  const body = parseBody(s, style === 'rupiah' ? 'thousands' : dotGroupAs);
  if (!body) return null;
  const value = body.value * factor;
  if (!Number.isFinite(value)) return null;
  return { value: roundFloat(value), style: style ?? body.style };
}

/** Remove binary noise from `1.25 * 1e9` and the like. */
function roundFloat(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(15));
}

/** Canonical text for a number in open data: digits, minus, dot. */
export function formatPlainNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(15)));
}
