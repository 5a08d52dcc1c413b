/**
 * Column type inference, streaming and in bounded memory: every cell is classified once into
 * a bit mask of the shapes it fits (plain integer, dot-grouped thousands, decimal comma,
 * Kemendagri code of level N, date in format F, …). Per column only a histogram of masks (a few
 * dozen at most, each with up to five example values) and a capped set of distinct values are
 * kept. The type is decided at the end from the histogram and the header label's hints.
 *
 * Rules that matter for Indonesian files:
 * - digit strings with a leading zero or 12+ digits (NIK, NPSN, phone numbers) are identifiers,
 *   never numbers; `kode_*` columns are region codes or identifiers, never numbers;
 * - Kemendagri codes are dotted (`64.71.01`), BPS codes are not (`6471010`): the two are told
 *   apart by their form and dots are never stripped to compare them;
 * - `92.651` in a count column is 92 651 (thousands dot), `3,0` is a decimal comma;
 * - missing-value markers (`-`, `n/a`, `tidak ada`, …) do not count for or against a type.
 */
import type { ColumnType, ColumnTypeInfo } from '../../../shared/model/dataset';
import { toSnakeCase } from './column-names';
import { DATE_FORMATS, parseDateWithFormat } from './date-format';
import { parseCurrency, parsePercentage } from './number-format';

export interface TypeInferrerOptions {
  /** header labels, used as hints (`kode_*`, `tahun`, `jumlah_*`, `tanggal_*`, `nik*`) */
  labels?: readonly string[];
  /** stop looking after this many rows (default: every row) */
  sampleLimit?: number;
  /**
   * Look at every row up to this many, then only at every `sampleEvery`-th row (default:
   * every row). Large imports use it: the shape histogram of a systematic sample gives the
   * same type at a fraction of the cost; confidence and misfits then describe the sample.
   */
  fullRows?: number;
  sampleEvery?: number;
}

export interface TypeInferrer {
  /** feed one data row (cells beyond the column count are ignored, missing ones are empty) */
  add(cells: readonly string[]): void;
  /** one result per column */
  result(): ColumnTypeInfo[];
}

/** A type needs this share of the non-missing values to win on its own. */
const MIN_CONFIDENCE = 0.9;
/** With a supporting header hint this share is enough. */
const MIN_HINTED = 0.5;
const MAX_DISTINCT = 1000;
const MAX_EXAMPLES = 5;
const MAX_CATEGORIES = 100;

// ---- shape bits -------------------------------------------------------------------------
const INT = 1 << 0; // plain digits, optional sign, no leading zero, < 12 digits
const GROUP_DOT = 1 << 1; // 1.234 · 1.234.567
const GROUP_COMMA = 1 << 2; // 1,234 · 1,234,567
const ONE_GROUP = 1 << 3; // exactly one separator followed by three digits (ambiguous)
const DEC_COMMA = 1 << 4; // 0,38 · 1.234,5
const DEC_DOT = 1 << 5; // 0.38 · 1,234.5
const INTEGRAL = 1 << 6; // a decimal whose fraction is zero: 3,0
const PERCENT = 1 << 7;
const CURRENCY = 1 << 8;
const YEAR = 1 << 9;
const SERIAL = 1 << 10; // an Excel date serial between 1930 and 2099
const BOOL_WORD = 1 << 11;
const BOOL_DIGIT = 1 << 12;
const KEMENDAGRI = 1 << 13;
const BPS = 1 << 14;
const LEVEL_SHIFT = 15; // 2 bits: region level (0 provinsi … 3 desa)
const LONG_OR_ZERO = 1 << 17; // digits only, leading zero or 12+ digits
const DIGITS = 1 << 18;
const LEN16 = 1 << 19;
const LEN8 = 1 << 20;
const DATE = 1 << 21;
const DATE_FMT_SHIFT = 22; // 3 bits: index in DATE_FORMATS
const SCI = 1 << 25; // 6.47103E+15
const CODE = 1 << 26; // letters/digits with . - / _ and at least one digit, no spaces

const LEVELS = ['provinsi', 'kabupaten_kota', 'kecamatan', 'desa'] as const;
const levelOf = (mask: number): number => (mask >>> LEVEL_SHIFT) & 3;

const MISSING = new Set([
  '-',
  '–',
  '—',
  '--',
  'n/a',
  'na',
  'n.a.',
  'tidak ada',
  '…',
  '...',
  'null',
  '#n/a',
]);
const BOOLEAN_WORDS = new Set([
  'ya',
  'tidak',
  'y',
  't',
  'n',
  'true',
  'false',
  'benar',
  'salah',
  'yes',
  'no',
]);

const KEMENDAGRI_CODE = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;
const RE_GROUP_DOT = /^[-+]?\d{1,3}(?:\.\d{3})+$/;
const RE_GROUP_COMMA = /^[-+]?\d{1,3}(?:,\d{3})+$/;
const RE_DEC_COMMA = /^[-+]?(?:\d+|\d{1,3}(?:\.\d{3})+),(\d+)$/;
const RE_DEC_DOT = /^[-+]?(?:\d*|\d{1,3}(?:,\d{3})+)\.(\d+)$/;
const RE_ZEROS = /^0+$/;
const RE_SCI = /^\d+(?:[.,]\d+)?[eE][+-]?\d{1,3}$/;
const RE_CODE = /^[+A-Za-z0-9][A-Za-z0-9.\-/_]*$/;

function isMissing(v: string): boolean {
  if (v.length === 0) return true;
  if (v.length > 9) return false;
  const c = v.charCodeAt(0);
  if (c >= 48 && c <= 57) return false; // a digit: no marker starts with one
  return MISSING.has(v.toLowerCase());
}

function needsTrim(v: string): boolean {
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(v.length - 1);
  return a <= 32 || b <= 32 || a === 0xa0 || b === 0xa0;
}

function dateBits(v: string): number {
  const d = parseDateWithFormat(v);
  return d ? DATE | (DATE_FORMATS.indexOf(d.format) << DATE_FMT_SHIFT) : 0;
}

/** Classify one non-missing, trimmed value into its shape mask. */
export function classifyValue(v: string): number {
  const n = v.length;
  let digits = 0;
  let dots = 0;
  let commas = 0;
  let letters = 0;
  let others = 0;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46) dots++;
    else if (c === 44) commas++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else others++;
  }

  if (digits === n) {
    let mask = DIGITS;
    if (n === 16) mask |= LEN16;
    else if (n === 8) mask |= LEN8;
    if ((n > 1 && v.charCodeAt(0) === 48) || n >= 12) return mask | LONG_OR_ZERO;
    mask |= INT;
    if (n === 1 && (v === '0' || v === '1')) mask |= BOOL_DIGIT;
    if (n === 2)
      mask |= KEMENDAGRI | BPS; // provinsi: the same in both systems
    else if (n === 4 || n === 7 || n === 10)
      mask |= BPS | ((n === 4 ? 1 : n === 7 ? 2 : 3) << LEVEL_SHIFT);
    if (n === 4) {
      const y = Number(v);
      if (y >= 1900 && y <= 2100) mask |= YEAR;
    } else if (n === 5) {
      const s = Number(v);
      if (s >= 10958 && s <= 73050) mask |= SERIAL;
    }
    return mask;
  }

  const first = v.charCodeAt(0);
  const signed = first === 45 || first === 43;
  if (letters === 0 && digits > 0 && others === (signed ? 1 : 0)) {
    // digits with dots and commas (and perhaps a sign): numbers, dotted codes, dotted dates
    let mask = 0;
    if (signed && digits + 1 === n) return INT;
    if (commas === 0 && !signed && KEMENDAGRI_CODE.test(v)) {
      mask |= KEMENDAGRI | ((dots > 3 ? 3 : dots) << LEVEL_SHIFT);
    }
    if (commas === 0 && RE_GROUP_DOT.test(v)) mask |= GROUP_DOT | (dots === 1 ? ONE_GROUP : 0);
    if (dots === 0 && RE_GROUP_COMMA.test(v)) mask |= GROUP_COMMA | (commas === 1 ? ONE_GROUP : 0);
    let m = commas === 1 ? RE_DEC_COMMA.exec(v) : null;
    if (m) mask |= DEC_COMMA | (RE_ZEROS.test(m[1] as string) ? INTEGRAL : 0);
    m = dots === 1 ? RE_DEC_DOT.exec(v) : null;
    if (m) mask |= DEC_DOT | (RE_ZEROS.test(m[1] as string) ? INTEGRAL : 0);
    if (dots === 2 && commas === 0 && n >= 8) mask |= dateBits(v);
    if (!signed && commas === 0 && n <= 32) mask |= CODE;
    return mask;
  }

  let mask = 0;
  const last = v.charCodeAt(n - 1);
  if (last === 37 /* % */) {
    if (parsePercentage(v) !== null) mask |= PERCENT;
    return mask;
  }
  if ((first === 82 || first === 114 || first === 73 || first === 105) && digits > 0) {
    if (parseCurrency(v) !== null) return CURRENCY;
  }
  if (digits > 0 && letters === 1 && RE_SCI.test(v)) return SCI;
  if (digits >= 2 && n >= 6 && n <= 40) mask |= dateBits(v);
  if (digits === 0 && letters === n && n <= 5 && BOOLEAN_WORDS.has(v.toLowerCase())) {
    return mask | BOOL_WORD;
  }
  if (digits > 0 && n <= 32 && RE_CODE.test(v)) mask |= CODE;
  return mask;
}

// ---- label hints ----------------------------------------------------------------------------
interface Hints {
  identifier?: 'nik' | 'npsn' | 'phone' | 'id';
  code: boolean;
  year: boolean;
  count: boolean;
  date: boolean;
  bool: boolean;
}

const HINT_NIK = /(?:^|_)(?:nik|no_ktp|nomor_ktp|ktp|no_kk|nkk|nomor_kk)(?:_|$)/;
const HINT_NPSN = /(?:^|_)npsn(?:_|$)/;
const HINT_ID = /(?:^|_)(?:nip|nib|npwp|nisn|nuptk|nomor_induk|no_induk|id)(?:_|$)/;
const HINT_PHONE = /(?:^|_)(?:hp|no_hp|telp|telepon|tlp|phone|handphone|wa|whatsapp|ponsel)(?:_|$)/;
const HINT_CODE = /(?:^|_)(?:kode|kd|code)(?:_|$)/;
const HINT_YEAR = /(?:^|_)(?:tahun|thn|year)(?:_|$)/;
const HINT_COUNT = /(?:^|_)(?:jumlah|jml|total|banyaknya|banyak|count|qty)(?:_|$)/;
const HINT_DATE = /(?:^|_)(?:tanggal|tgl|date)(?:_|$)/;
const HINT_BOOL = /^(?:is|has|ada|apakah|memiliki|punya)_/;

function hintsOf(label: string | undefined): Hints {
  const raw = (label ?? '').trim();
  // a label that is itself a number (`2024`) hints nothing: it is a wide-layout value column
  const name = /^\d/.test(raw) ? '' : toSnakeCase(raw);
  const identifier = HINT_NIK.test(name)
    ? 'nik'
    : HINT_NPSN.test(name)
      ? 'npsn'
      : HINT_PHONE.test(name)
        ? 'phone'
        : HINT_ID.test(name)
          ? 'id'
          : undefined;
  return {
    ...(identifier ? { identifier } : {}),
    code: HINT_CODE.test(name),
    year: HINT_YEAR.test(name),
    count: HINT_COUNT.test(name),
    date: HINT_DATE.test(name),
    bool: HINT_BOOL.test(name),
  };
}

// ---- per column state ---------------------------------------------------------------------
interface Shape {
  count: number;
  examples: string[];
}

/** What is known of one raw value already seen: its shape (null: a missing marker). */
interface Seen {
  shape: Shape | null;
  /** occurrences of the trimmed value (shared by its raw spellings), or null beyond the cap */
  distinct: { count: number } | null;
}

interface ColumnState {
  nonMissing: number;
  shapes: Map<number, Shape>;
  distinct: Map<string, { count: number }>;
  distinctOverflow: boolean;
  /** raw value → what it is; most columns repeat their values, so most cells are one lookup */
  seen: Map<string, Seen>;
}

/**
 * Raw values remembered per column (beyond, values are classified each time): 4096, fewer for
 * very wide tables so that all columns together remember at most ~256 000 values.
 */
const MAX_SEEN = 4096;
const MAX_SEEN_TOTAL = 256 * 1024;

function newColumn(): ColumnState {
  return {
    nonMissing: 0,
    shapes: new Map(),
    distinct: new Map(),
    distinctOverflow: false,
    seen: new Map(),
  };
}

function firstSight(col: ColumnState, raw: string): Seen {
  const v = needsTrim(raw) ? raw.trim() : raw;
  if (isMissing(v)) return { shape: null, distinct: null };
  const mask = classifyValue(v);
  let shape = col.shapes.get(mask);
  if (!shape) {
    shape = { count: 0, examples: [] };
    col.shapes.set(mask, shape);
  }
  if (shape.examples.length < MAX_EXAMPLES && !shape.examples.includes(v)) shape.examples.push(v);
  let distinct = col.distinct.get(v) ?? null;
  if (!distinct && col.distinct.size < MAX_DISTINCT) {
    distinct = { count: 0 };
    col.distinct.set(v, distinct);
  }
  return { shape, distinct };
}

function addValue(col: ColumnState, raw: string, maxSeen: number): void {
  let seen = col.seen.get(raw);
  if (seen === undefined) {
    seen = firstSight(col, raw);
    if (col.seen.size < maxSeen) col.seen.set(raw, seen);
  }
  const shape = seen.shape;
  if (shape === null) return;
  col.nonMissing++;
  shape.count++;
  if (seen.distinct !== null) seen.distinct.count++;
  else col.distinctOverflow = true;
}

// ---- deciding -------------------------------------------------------------------------------
type Fit = (mask: number) => boolean;

function countFit(col: ColumnState, fit: Fit): number {
  let n = 0;
  for (const [mask, s] of col.shapes) if (fit(mask)) n += s.count;
  return n;
}

function misfitsOf(col: ColumnState, fit: Fit): string[] {
  const out: string[] = [];
  for (const [mask, s] of col.shapes) {
    if (fit(mask)) continue;
    for (const e of s.examples) {
      if (out.length >= MAX_EXAMPLES) return out;
      out.push(e);
    }
  }
  return out;
}

function info(
  col: ColumnState,
  type: ColumnType,
  fit: Fit,
  extra: { locale?: string; detail?: string } = {},
): ColumnTypeInfo {
  const fitting = countFit(col, fit);
  return {
    type,
    confidence: col.nonMissing === 0 ? 1 : Math.round((fitting / col.nonMissing) * 10000) / 10000,
    ...(extra.locale !== undefined ? { locale: extra.locale } : {}),
    ...(extra.detail !== undefined ? { detail: extra.detail } : {}),
    misfits: misfitsOf(col, fit),
  };
}

/** The most common value of `key(mask)` among shapes that pass `fit`. */
function dominant(col: ColumnState, fit: Fit, key: (mask: number) => number): number {
  const freq = new Map<number, number>();
  for (const [mask, s] of col.shapes)
    if (fit(mask)) freq.set(key(mask), (freq.get(key(mask)) ?? 0) + s.count);
  let best = -1;
  let bestCount = 0;
  for (const [k, c] of freq) {
    if (c > bestCount) {
      best = k;
      bestCount = c;
    }
  }
  return best;
}

function numberLocale(col: ColumnState): 'id' | 'en' | undefined {
  let id = 0;
  let en = 0;
  let ambiguous = 0;
  for (const [mask, s] of col.shapes) {
    if (mask & (KEMENDAGRI | CODE) && !(mask & (DEC_COMMA | DEC_DOT | GROUP_DOT | GROUP_COMMA)))
      continue;
    if (mask & ONE_GROUP) ambiguous += s.count;
    else if (mask & (GROUP_DOT | DEC_COMMA)) id += s.count;
    else if (mask & (GROUP_COMMA | DEC_DOT)) en += s.count;
  }
  if (id > en) return 'id';
  if (en > id) return 'en';
  // no clear evidence: an Indonesian file groups thousands with a dot (domain §6)
  return ambiguous > 0 ? 'id' : undefined;
}

function decide(col: ColumnState, hints: Hints): ColumnTypeInfo {
  const n = col.nonMissing;
  if (n === 0) return { type: 'empty', confidence: 1, misfits: [] };
  const share = (fit: Fit): number => countFit(col, fit) / n;

  // 1. identifiers named as such (NIK, NPSN, phone numbers, NIP …)
  if (hints.identifier) {
    const kind = hints.identifier;
    const fit: Fit =
      kind === 'nik'
        ? (m) => (m & LEN16) !== 0
        : kind === 'npsn'
          ? (m) => (m & LEN8) !== 0
          : (m) => (m & (DIGITS | CODE)) !== 0;
    if (share((m) => (m & (DIGITS | CODE | SCI)) !== 0) >= MIN_HINTED) {
      return info(col, 'identifier', fit, kind === 'id' ? {} : { detail: kind });
    }
  }

  // 2. region codes: Kemendagri (dotted) or BPS (digits only); kode_* columns or dotted codes
  const kem: Fit = (m) => (m & KEMENDAGRI) !== 0;
  const bps: Fit = (m) => (m & BPS) !== 0;
  const kemShare = share(kem);
  const dottedShare = share((m) => (m & KEMENDAGRI) !== 0 && levelOf(m) >= 2);
  if (
    (hints.code && kemShare >= MIN_HINTED && kemShare >= share(bps)) ||
    dottedShare >= MIN_CONFIDENCE
  ) {
    const level = dominant(col, kem, levelOf);
    return info(col, 'region-code', (m) => kem(m) && levelOf(m) === level, {
      locale: 'kemendagri',
      detail: LEVELS[level] as string,
    });
  }
  if (hints.code && share(bps) >= MIN_HINTED) {
    const level = dominant(col, bps, levelOf);
    return info(col, 'region-code', (m) => bps(m) && levelOf(m) === level, {
      locale: 'bps',
      detail: LEVELS[level] as string,
    });
  }

  // 3. digit strings that must stay text: leading zeros, 12+ digits; any other kode_* column
  const digitsLike: Fit = (m) => (m & DIGITS) !== 0;
  if (share((m) => (m & LONG_OR_ZERO) !== 0) > 0 && share(digitsLike) >= MIN_CONFIDENCE) {
    const allNik = share((m) => (m & LEN16) !== 0) >= MIN_CONFIDENCE;
    return info(col, 'identifier', digitsLike, allNik ? { detail: 'nik' } : {});
  }
  if (hints.code && share((m) => (m & (DIGITS | CODE)) !== 0) >= MIN_HINTED) {
    return info(col, 'identifier', (m) => (m & (DIGITS | CODE)) !== 0);
  }

  // 4. booleans: ya/tidak, true/false, or 0/1 (0/1 only when both occur and no count hint)
  const boolFit: Fit = (m) => (m & (BOOL_WORD | BOOL_DIGIT)) !== 0;
  if (!hints.count && share(boolFit) >= MIN_CONFIDENCE) {
    const words = countFit(col, (m) => (m & BOOL_WORD) !== 0);
    const zeroOne = col.distinct.has('0') && col.distinct.has('1');
    if (words > 0 || zeroOne || hints.bool) return info(col, 'boolean', boolFit);
  }

  // 5. years
  const yearFit: Fit = (m) => (m & YEAR) !== 0;
  const yearShare = share(yearFit);
  if ((hints.year && yearShare >= MIN_HINTED) || (!hints.count && yearShare === 1 && n >= 3)) {
    return info(col, 'year', yearFit);
  }

  // 6. dates (Excel serials only in a column named as a date)
  const dateFit: Fit = hints.date ? (m) => (m & (DATE | SERIAL)) !== 0 : (m) => (m & DATE) !== 0;
  const dateShare = share(dateFit);
  if (dateShare >= MIN_CONFIDENCE || (hints.date && dateShare >= MIN_HINTED)) {
    const fmt = (m: number): number =>
      m & DATE ? (m >>> DATE_FMT_SHIFT) & 7 : DATE_FORMATS.indexOf('excel-serial');
    const formats = new Set<number>();
    for (const [mask] of col.shapes) if (dateFit(mask)) formats.add(fmt(mask));
    const detail =
      formats.size === 1 ? (DATE_FORMATS[[...formats][0] as number] as string) : 'mixed';
    return info(col, 'date', dateFit, { detail });
  }

  // 7. percentages and money
  const pctFit: Fit = (m) => (m & PERCENT) !== 0;
  if (share(pctFit) >= MIN_CONFIDENCE) return info(col, 'percentage', pctFit);
  const curFit: Fit = (m) => (m & CURRENCY) !== 0;
  if (share(curFit) >= MIN_CONFIDENCE) return info(col, 'currency', curFit);

  // 8. integers and decimals, in the column's locale
  const locale = numberLocale(col);
  const intFit: Fit = (m) =>
    (m & INT) !== 0 ||
    (locale === 'id' && (m & GROUP_DOT) !== 0) ||
    (locale === 'en' && (m & GROUP_COMMA) !== 0);
  const decFit: Fit = (m) =>
    intFit(m) ||
    (locale === 'id' && (m & DEC_COMMA) !== 0) ||
    (locale !== 'id' && (m & DEC_DOT) !== 0);
  const intShare = share(intFit);
  const decShare = share(decFit);
  const loc = locale !== undefined ? { locale } : {};
  if (intShare >= MIN_CONFIDENCE && intShare === decShare) return info(col, 'integer', intFit, loc);
  if (decShare >= MIN_CONFIDENCE || (hints.count && decShare >= MIN_HINTED)) {
    const fractional = countFit(col, (m) => decFit(m) && !intFit(m) && (m & INTEGRAL) === 0);
    if (
      (hints.count && intShare >= MIN_HINTED) ||
      (intShare >= MIN_CONFIDENCE && fractional === 0)
    ) {
      return info(col, 'integer', intFit, loc);
    }
    return info(col, 'decimal', decFit, { locale: locale ?? 'en' });
  }

  // 9. category or free text
  const distinct = col.distinct.size;
  if (!col.distinctOverflow && n >= 4 && distinct <= MAX_CATEGORIES && distinct <= n / 2) {
    return info(col, 'category', () => true);
  }
  return info(col, 'text', () => true);
}

/**
 * Create a streaming type inferrer for `columnCount` columns. Memory per column is bounded
 * (≤ 1000 distinct values, ≤ 5 examples per value shape, ≤ 4096 remembered raw values).
 */
export function createTypeInferrer(
  columnCount: number,
  opts: TypeInferrerOptions = {},
): TypeInferrer {
  const columns: ColumnState[] = Array.from({ length: columnCount }, newColumn);
  const maxSeen = Math.min(MAX_SEEN, Math.floor(MAX_SEEN_TOTAL / Math.max(1, columnCount)));
  const limit = opts.sampleLimit ?? Number.POSITIVE_INFINITY;
  const full = opts.fullRows ?? Number.POSITIVE_INFINITY;
  const every = Math.max(1, Math.floor(opts.sampleEvery ?? 1));
  let rows = 0;
  let offered = 0;
  return {
    add(cells) {
      if (rows >= limit) return;
      const k = offered++;
      if (k >= full && (k - full) % every !== 0) return;
      rows++;
      const n = cells.length < columnCount ? cells.length : columnCount;
      for (let i = 0; i < n; i++) {
        const v = cells[i];
        if (v !== undefined && v.length > 0) addValue(columns[i] as ColumnState, v, maxSeen);
      }
    },
    result() {
      return columns.map((col, i) => decide(col, hintsOf(opts.labels?.[i])));
    },
  };
}
