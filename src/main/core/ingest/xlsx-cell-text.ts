/**
 * The text of an XLSX cell as the steward sees it, for storage as a raw cell:
 * - text stays text (leading zeros kept);
 * - numbers follow the cell's number format for decimals, percent, zero padding (`0000`) and
 *   scientific notation; thousands grouping and currency/literal text are left out (the
 *   separators depend on the viewer's locale), and the decimal separator is `.`;
 * - numbers in the General format are written in full up to Excel's 15 significant digits;
 *   beyond that Excel has already lost digits, so they are written as Excel shows them
 *   (`6.47103E+15`), never as a different full-length number;
 * - dates as ISO (`2024-01-15`, `2024-01-15 08:30:00` when there is a time of day);
 * - booleans as TRUE/FALSE, errors as their code (`#N/A`), formulas as their cached result.
 */

const MAX_EXACT = 1e15;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `1.5e+21` / `6.47103e+15` → Excel's `1.5E+21` / `6.47103E+15` (exponent ≥ 2 digits). */
function excelExponent(s: string): string {
  const m = /^(-?[\d.]+)e([+-])(\d+)$/.exec(s);
  if (!m) return s;
  return `${m[1]}E${m[2]}${pad(Number(m[3]))}`;
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** A number in the General format (see the module comment). */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= MAX_EXACT) {
    const [mant, exp] = n.toExponential(5).split('e') as [string, string];
    return excelExponent(`${trimZeros(mant)}e${exp}`);
  }
  if (Number.isInteger(n)) return String(n);
  const clean = Number(n.toPrecision(15));
  const text = String(clean);
  if (!text.includes('e')) return text;
  if (abs >= 1) return clean.toFixed(0);
  const [mant, exp] = clean.toExponential(14).split('e') as [string, string];
  return excelExponent(`${trimZeros(mant)}e${exp}`);
}

interface NumberPattern {
  percent: number;
  scientific: boolean;
  minInt: number;
  minDec: number;
  maxDec: number;
}

const patternCache = new Map<string, NumberPattern | null>();

/** Read the first section of a number format; null when it is General or unsupported. */
function parsePattern(fmt: string): NumberPattern | null {
  const cached = patternCache.get(fmt);
  if (cached !== undefined) return cached;
  let section = '';
  let inQuote = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i] as string;
    if (ch === '"') {
      inQuote = !inQuote;
      continue;
    }
    if (inQuote) continue;
    if (ch === ';') break;
    if (ch === '\\' || ch === '_' || ch === '*') {
      i++; // escaped / spacing / fill character
      continue;
    }
    section += ch;
  }
  section = section.replace(/\[[^\]]*\]/g, ''); // [Red], [$Rp-421], [>=100]
  let result: NumberPattern | null = null;
  if (!/general/i.test(section) && /[0#?]/.test(section) && !section.includes('/')) {
    const sci = /[eE][+-]/.test(section);
    const body = sci ? (section.split(/[eE][+-]/)[0] as string) : section;
    const dot = body.indexOf('.');
    const intPart = dot >= 0 ? body.slice(0, dot) : body;
    const decPart = dot >= 0 ? body.slice(dot + 1) : '';
    result = {
      percent: (section.match(/%/g) ?? []).length,
      scientific: sci,
      minInt: (intPart.match(/0/g) ?? []).length,
      minDec: (decPart.match(/0/g) ?? []).length,
      maxDec: (decPart.match(/[0#?]/g) ?? []).length,
    };
  }
  if (patternCache.size < 500) patternCache.set(fmt, result);
  return result;
}

/** A number shown through its cell's number format (see the module comment). */
export function formatNumber(n: number, numFmt?: string): string {
  const p = numFmt ? parsePattern(numFmt) : null;
  if (!p) return formatGeneral(n);
  let v = n;
  for (let i = 0; i < p.percent; i++) v *= 100;
  const suffix = '%'.repeat(p.percent);
  if (p.scientific) {
    const s = v.toExponential(p.maxDec);
    const [mant, exp] = s.split('e') as [string, string];
    const m = p.maxDec > p.minDec ? trimZeros(mant) : mant;
    return excelExponent(`${m}e${exp}`) + suffix;
  }
  if (Math.abs(v) >= MAX_EXACT) return formatGeneral(v) + suffix;
  let s = v.toFixed(p.maxDec);
  if (p.maxDec > p.minDec) {
    const [int, dec = ''] = s.split('.') as [string, string?];
    let d = dec.replace(/0+$/, '');
    if (d.length < p.minDec) d = d.padEnd(p.minDec, '0');
    s = d.length > 0 ? `${int}.${d}` : int;
  }
  if (p.minInt > 1) {
    const neg = s.startsWith('-');
    const body = neg ? s.slice(1) : s;
    const dot = body.indexOf('.');
    const int = dot >= 0 ? body.slice(0, dot) : body;
    const rest = dot >= 0 ? body.slice(dot) : '';
    s = (neg ? '-' : '') + int.padStart(p.minInt, '0') + rest;
  }
  if (/^-0(?:\.0*)?$/.test(s)) s = s.slice(1);
  return s + suffix;
}

/** ISO date (and time when it is not midnight) of a date cell; ExcelJS gives UTC dates. */
export function formatDate(d: Date, numFmt?: string): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const mi = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const time = `${pad(h)}:${pad(mi)}:${pad(s)}`;
  // a time-only format (h:mm) on Excel's day zero
  if (
    numFmt &&
    !/[dy]/i.test(numFmt.replace(/\[[^\]]*\]|"[^"]*"/g, '')) &&
    d.getUTCFullYear() <= 1900
  ) {
    return time;
  }
  return h === 0 && mi === 0 && s === 0 ? date : `${date} ${time}`;
}

type RichText = { richText: { text: string }[] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** The text of any ExcelJS cell value (see the module comment). */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value, numFmt);
  if (isObject(value)) {
    if (Array.isArray((value as RichText).richText)) {
      return (value as RichText).richText.map((r) => r.text ?? '').join('');
    }
    if ('formula' in value || 'sharedFormula' in value) return cellText(value['result'], numFmt);
    if ('error' in value) return String(value['error']);
    if ('text' in value) return cellText(value['text'], numFmt);
  }
  return '';
}
