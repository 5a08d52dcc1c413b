/**
 * In-memory lookup over one reference list (the shipped BPS list or a kode referensi lokal):
 * by code, children, name search, and the mapping to another system (BPS → Kemendagri).
 */
import type {
  ReferenceListEntry,
  ReferenceListInfo,
  ReferenceListMatch,
} from '../../../shared/model/reference';
import { compact, normaliseName, trigrams } from './normalise-name';
import { dice, nameSimilarity } from './similarity';

export class ReferenceListIndex {
  readonly info: ReferenceListInfo;
  private readonly byCodeMap = new Map<string, ReferenceListEntry>();
  private readonly byMapped = new Map<string, ReferenceListEntry>();
  private readonly childrenMap = new Map<string | null, ReferenceListEntry[]>();
  private norms: { entry: ReferenceListEntry; norm: string; grams: Set<string> }[] | undefined;

  constructor(info: ReferenceListInfo, entries: readonly ReferenceListEntry[]) {
    this.info = info;
    for (const e of entries) {
      this.byCodeMap.set(e.code, e);
      if (e.mapped) this.byMapped.set(e.mapped, e);
      const siblings = this.childrenMap.get(e.parent);
      if (siblings) siblings.push(e);
      else this.childrenMap.set(e.parent, [e]);
    }
  }

  get size(): number {
    return this.byCodeMap.size;
  }

  entries(): ReferenceListEntry[] {
    return [...this.byCodeMap.values()];
  }

  byCode(code: string): ReferenceListEntry | undefined {
    return this.byCodeMap.get(code.trim());
  }

  /** Entries whose parent is `code` (top-level entries for null). */
  children(code: string | null): ReferenceListEntry[] {
    return [...(this.childrenMap.get(code) ?? [])];
  }

  parent(code: string): ReferenceListEntry | undefined {
    const p = this.byCode(code)?.parent;
    return p ? this.byCodeMap.get(p) : undefined;
  }

  /** The code in the mapped system (for a BPS list: the Kemendagri code), if the list has one. */
  mappedCode(code: string): string | undefined {
    return this.byCode(code)?.mapped ?? undefined;
  }

  /** The entry whose mapped code is `mapped` (Kemendagri → BPS). */
  byMappedCode(mapped: string): ReferenceListEntry | undefined {
    return this.byMapped.get(mapped.trim());
  }

  find(name: string, limit = 10, minScore = 0.3): ReferenceListMatch[] {
    const q = normaliseName(name);
    if (q === '') return [];
    const qGrams = trigrams(q);
    this.norms ??= this.entries().map((entry) => {
      const norm = normaliseName(entry.name);
      return { entry, norm, grams: trigrams(norm) };
    });
    const qc = compact(q);
    const rough = this.norms
      .map((n) => ({ n, d: n.norm === q || compact(n.norm) === qc ? 2 : dice(qGrams, n.grams) }))
      .filter((x) => x.d > 0)
      .sort((a, b) => b.d - a.d)
      .slice(0, Math.max(50, limit * 5));
    return rough
      .map(({ n }) => ({ ...n.entry, score: round(nameSimilarity(q, n.norm, qGrams)) }))
      .filter((m) => m.score >= minScore)
      .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1))
      .slice(0, limit);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
