/** Words for the Langkah list: what a step or version changed, and which versions to show. */
import type { HistoryVersion } from '../../../shared/api/clean';
import type { StepCounts } from '../../../shared/model/step';

export type CountKey =
  'cellsChanged' | 'rowsRemoved' | 'rowsAdded' | 'columnsAdded' | 'columnsRemoved' | 'unparsed';

const ORDER: readonly CountKey[] = [
  'cellsChanged',
  'rowsRemoved',
  'rowsAdded',
  'columnsAdded',
  'columnsRemoved',
  'unparsed',
];

/** The non-zero counts, in a fixed order. */
export function countParts(counts: StepCounts): { key: CountKey; count: number }[] {
  return ORDER.map((key) => ({ key, count: counts[key] ?? 0 })).filter((p) => p.count > 0);
}

/** Newest first; undone versions (not on the active path) are kept so Ulangi can be explained. */
export function versionsNewestFirst(versions: readonly HistoryVersion[]): HistoryVersion[] {
  return [...versions].sort((a, b) => b.version - a.version);
}

/** Versions made by steps (the import, version 1, is not a step). */
export function stepVersions(versions: readonly HistoryVersion[]): HistoryVersion[] {
  return versions.filter((v) => v.parentVersion !== null);
}
