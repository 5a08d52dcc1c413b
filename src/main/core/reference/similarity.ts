/** String similarity for ranking name candidates. */
import { compact, trigrams } from './normalise-name';

export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (large.has(g)) common++;
  return (2 * common) / (a.size + b.size);
}

/** Levenshtein distance (two rows, typed arrays). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const del = (prev[j] ?? 0) + 1;
      const ins = (cur[j - 1] ?? 0) + 1;
      const sub = (prev[j - 1] ?? 0) + cost;
      cur[j] = Math.min(del, ins, sub);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

export function levenshteinRatio(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  return max === 0 ? 1 : 1 - levenshtein(a, b) / max;
}

/**
 * Similarity of two normalised names, 0..1: 1 for equal names, 0.97 when they differ only in
 * spacing ("sungai nangka" / "sungainangka"), otherwise at most 0.95 (trigram Dice and
 * Levenshtein ratio, averaged).
 */
export function nameSimilarity(
  query: string,
  candidate: string,
  queryTrigrams?: Set<string>,
): number {
  if (query === candidate) return 1;
  const qc = compact(query);
  const cc = compact(candidate);
  if (qc === cc) return 0.97;
  const d = dice(queryTrigrams ?? trigrams(query), trigrams(candidate));
  const l = levenshteinRatio(qc, cc);
  return Math.min(0.95, 0.5 * d + 0.5 * l);
}
