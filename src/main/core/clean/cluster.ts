/**
 * Cluster and edit: groups of values in a category column that are probably the same thing,
 * for the steward to merge into one canonical value (which becomes one map-values step).
 *
 * Methods (after OpenRefine's, plus an Indonesian-aware key):
 *   fingerprint  lower-case, no accents/punctuation, unique sorted words ("Timur Balikpapan" = "balikpapan timur")
 *   ngram        sorted unique character bigrams of the value without spaces ("Sungai Nangka" = "Sungainangka")
 *   levenshtein  nearest neighbours within a small edit distance ("Kariangau" ~ "Karingau")
 *   indonesian   administrative prefixes stripped, abbreviations expanded (Gn. → gunung, Sei → sungai),
 *                old spellings (oe → u, dj → j, tj → c), spaces and punctuation removed
 * A cluster never joins different words by meaning (PKM vs Puskesmas): map those by hand.
 */
import type { MapValuesStep } from '../../../shared/model/step';

export type ClusterMethod = 'fingerprint' | 'ngram' | 'levenshtein' | 'indonesian';

export interface ValueCluster {
  values: { value: string; count: number }[];
  suggested: string;
}

export interface ClusterOptions {
  method: ClusterMethod;
  /** ngram size (default 2) */
  ngram?: number;
  /** levenshtein: largest edit distance (default 2; never more than a quarter of the shorter value) */
  maxDistance?: number;
}

function fold(v: string): string {
  return v
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function words(v: string): string[] {
  return fold(v)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

export function fingerprintKey(v: string): string {
  return [...new Set(words(v))].sort().join(' ');
}

export function ngramKey(v: string, n = 2): string {
  const s = words(v).join('');
  if (s.length <= n) return s;
  const grams = new Set<string>();
  for (let i = 0; i + n <= s.length; i++) grams.add(s.slice(i, i + n));
  return [...grams].sort().join('');
}

const PREFIXES = new Set([
  'kab',
  'kabupaten',
  'kota',
  'kec',
  'kecamatan',
  'kel',
  'kelurahan',
  'desa',
  'ds',
  'provinsi',
  'prov',
]);
const ABBREVIATIONS: Record<string, string> = {
  gn: 'gunung',
  gng: 'gunung',
  sei: 'sungai',
  sng: 'sungai',
  tj: 'tanjung',
  tg: 'tanjung',
  tjg: 'tanjung',
  kp: 'kampung',
  kpg: 'kampung',
  bt: 'batu',
};

/** The Indonesian-aware key (also used by reconcile-region to compare names). */
export function indonesianKey(v: string): string {
  const ws = words(v);
  let start = 0;
  while (start < ws.length - 1 && PREFIXES.has(ws[start] ?? '')) start++;
  return ws
    .slice(start)
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join('')
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c');
}

/** Edit distance, or `limit + 1` as soon as it must exceed `limit`. */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

/** Higher is a better-looking form: Title/mixed case over ALL CAPS over lower case; no stray spaces. */
function caseScore(v: string): number {
  let score = 0;
  if (v === v.trim() && !/\s{2}/.test(v)) score += 4;
  const hasUpper = v !== v.toLowerCase();
  const hasLower = v !== v.toUpperCase();
  if (hasUpper && hasLower) score += 2;
  else if (hasUpper) score += 1;
  return score;
}

function better(a: { value: string; count: number }, b: { value: string; count: number }): number {
  return (
    b.count - a.count ||
    caseScore(b.value) - caseScore(a.value) ||
    b.value.length - a.value.length ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}

function finish(groups: string[][], counts: Map<string, number>): ValueCluster[] {
  const clusters: ValueCluster[] = [];
  for (const g of groups) {
    if (g.length < 2) continue;
    const values = g.map((value) => ({ value, count: counts.get(value) ?? 0 })).sort(better);
    clusters.push({ values, suggested: values[0]?.value ?? '' });
  }
  const total = (c: ValueCluster): number => c.values.reduce((s, v) => s + v.count, 0);
  return clusters.sort(
    (a, b) =>
      total(b) - total(a) || (a.suggested < b.suggested ? -1 : a.suggested > b.suggested ? 1 : 0),
  );
}

function byKey(values: string[], key: (v: string) => string): string[][] {
  const groups = new Map<string, string[]>();
  for (const v of values) {
    const k = key(v);
    if (k === '') continue;
    const g = groups.get(k);
    if (g) g.push(v);
    else groups.set(k, [v]);
  }
  return [...groups.values()];
}

function nearestNeighbours(values: string[], maxDistance: number): string[][] {
  const folded = values.map((v) => fold(v).trim().replace(/\s+/g, ' '));
  const parent = values.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] ?? i] ?? i;
      i = parent[i] ?? i;
    }
    return i;
  };
  // Blocking: only values sharing a character trigram are compared.
  const blocks = new Map<string, number[]>();
  folded.forEach((f, i) => {
    const grams = new Set<string>();
    const s = ` ${f} `;
    for (let k = 0; k + 3 <= s.length; k++) grams.add(s.slice(k, k + 3));
    for (const g of grams) {
      const b = blocks.get(g);
      if (b) b.push(i);
      else blocks.set(g, [i]);
    }
  });
  const compared = new Set<number>();
  const n = values.length;
  for (const members of blocks.values()) {
    if (members.length > 2000) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        const pair = i * n + j;
        if (compared.has(pair)) continue;
        compared.add(pair);
        const a = folded[i] ?? '';
        const b = folded[j] ?? '';
        const limit = Math.min(maxDistance, Math.floor(Math.min(a.length, b.length) / 4));
        if (limit < 1) continue;
        if (levenshtein(a, b, limit) <= limit) parent[root(i)] = root(j);
      }
    }
  }
  const groups = new Map<number, string[]>();
  values.forEach((v, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(v);
    else groups.set(r, [v]);
  });
  return [...groups.values()];
}

/** Groups of distinct values that are probably the same; values with a count, best suggestion first. */
export function clusterValues(
  counts: Map<string, number>,
  options: ClusterOptions,
): ValueCluster[] {
  const values = [...counts.keys()].filter((v) => v.trim() !== '').sort();
  switch (options.method) {
    case 'fingerprint':
      return finish(byKey(values, fingerprintKey), counts);
    case 'ngram':
      return finish(
        byKey(values, (v) => ngramKey(v, options.ngram ?? 2)),
        counts,
      );
    case 'indonesian':
      return finish(byKey(values, indonesianKey), counts);
    case 'levenshtein':
      return finish(nearestNeighbours(values, options.maxDistance ?? 2), counts);
  }
}

/** The steward's choices → one map-values step (values equal to their canonical are left out). */
export function clusterToStep(
  column: string,
  chosen: readonly { values: readonly (string | { value: string })[]; canonical: string }[],
): MapValuesStep {
  const entries: [string, string][] = [];
  for (const c of chosen) {
    for (const v of c.values) {
      const value = typeof v === 'string' ? v : v.value;
      if (value !== c.canonical) entries.push([value, c.canonical]);
    }
  }
  return { op: 'map-values', column, mapping: Object.fromEntries(entries) };
}
