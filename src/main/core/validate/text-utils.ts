/** Small text helpers for rules: edit distance, letter-case styles, snake_case. */

/** Levenshtein distance, or `max + 1` as soon as it exceeds `max`. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[lb] ?? max + 1;
}

export type CaseStyle = 'upper' | 'lower' | 'title' | 'other' | 'none';

/** Letter-case style of a value; `none` when it has no cased letters. */
export function caseStyle(s: string): CaseStyle {
  const upper = s.toUpperCase();
  const lower = s.toLowerCase();
  if (upper === lower) return 'none';
  if (s === upper) return 'upper';
  if (s === lower) return 'lower';
  // Title Case: every word starts upper-case, the rest of each word is lower case, except
  // all-capital words (acronyms like RS, RSUD) and short particles
  const words = s.split(/[\s/-]+/).filter((w) => w !== '');
  let ok = true;
  for (const w of words) {
    const wu = w.toUpperCase();
    const wl = w.toLowerCase();
    if (wu === wl) continue;
    if (w === wu) continue;
    const first = w.charAt(0);
    if (first !== first.toUpperCase() || w.slice(1) !== w.slice(1).toLowerCase()) {
      if (!/^(dan|di|ke|dari|yang|atau|and|of|the|dr\.?)$/.test(w)) {
        ok = false;
        break;
      }
    }
  }
  return ok ? 'title' : 'other';
}

/** A short all-capital token (PKM, RSUD, SD): neutral for case-style checks. */
export function isAcronym(s: string): boolean {
  return s.length <= 5 && !/\s/.test(s) && s === s.toUpperCase() && s !== s.toLowerCase();
}

export function toCaseStyle(s: string, style: CaseStyle): string {
  switch (style) {
    case 'upper':
      return s.toUpperCase();
    case 'lower':
      return s.toLowerCase();
    case 'title':
      return s
        .toLowerCase()
        .replace(/(^|[\s/-])(\S)/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    default:
      return s;
  }
}

/** Case the `official` text like `sample` (all upper stays upper, etc.). */
export function matchCase(official: string, sample: string): string {
  const style = caseStyle(sample);
  return style === 'upper' || style === 'lower' ? toCaseStyle(official, style) : official;
}

/**
 * matchCase remembering its results per official text and sample (bounded): rules that
 * suggest an official name for many rows meet the same few pairs again and again.
 */
export function createMatchCase(): (official: string, sample: string) => string {
  const memo = new Map<string, Map<string, string>>();
  let size = 0;
  return (official, sample) => {
    let m = memo.get(official);
    if (m === undefined) {
      m = new Map();
      memo.set(official, m);
    }
    let r = m.get(sample);
    if (r === undefined) {
      r = matchCase(official, sample);
      if (size >= 50_000) {
        memo.clear();
        size = 0;
        m = new Map();
        memo.set(official, m);
      }
      m.set(sample, r);
      size++;
    }
    return r;
  };
}

const SNAKE_RE = /^[a-z][a-z0-9_]*$/;

export function isSnakeCase(s: string): boolean {
  return SNAKE_RE.test(s) && !s.includes('__') && !s.endsWith('_');
}

/** A snake_case proposal for a header label. */
export function toSnakeCase(label: string): string {
  const s = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/%/g, ' persen ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/_+/g, '_');
  if (s === '') return 'kolom';
  return /^[0-9]/.test(s) ? `kolom_${s}` : s;
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12 || c === 11;
}

/** Collapse whitespace and trim, for comparisons (no allocation when already tidy). */
export function squash(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const tidy =
    !isWs(s.charCodeAt(0)) &&
    !isWs(s.charCodeAt(n - 1)) &&
    !s.includes('  ') &&
    !s.includes('\t') &&
    !s.includes('\u00a0') &&
    !s.includes('\n');
  return tidy ? s : s.trim().replace(/\s+/g, ' ');
}
