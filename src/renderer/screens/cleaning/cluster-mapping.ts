/**
 * Cluster and edit: the steward picks, per group of similar values, whether to merge it and
 * into which value; the UI turns those choices into one map-values step.
 */
import type { ValueClusterResult } from '../../../shared/api/clean';
import type { MapValuesStep } from '../../../shared/model/step';

export interface ClusterChoice {
  include: boolean;
  /** the value every other value of the group becomes */
  canonical: string;
}

/** Every group included, with its suggested value. */
export function initialChoices(clusters: readonly ValueClusterResult[]): ClusterChoice[] {
  return clusters.map((c) => ({
    include: true,
    canonical: c.suggested || c.values[0]?.value || '',
  }));
}

/** value → canonical for every included group (values already canonical are left out). */
export function clusterMapping(
  clusters: readonly ValueClusterResult[],
  choices: readonly ClusterChoice[],
): Record<string, string> {
  const mapping: Record<string, string> = {};
  clusters.forEach((c, i) => {
    const choice = choices[i];
    if (!choice?.include) return;
    for (const v of c.values) if (v.value !== choice.canonical) mapping[v.value] = choice.canonical;
  });
  return mapping;
}

/** Rows the mapping would change (from the cluster counts). */
export function cellsToChange(
  clusters: readonly ValueClusterResult[],
  choices: readonly ClusterChoice[],
): number {
  let n = 0;
  clusters.forEach((c, i) => {
    const choice = choices[i];
    if (!choice?.include) return;
    for (const v of c.values) if (v.value !== choice.canonical) n += v.count;
  });
  return n;
}

/** The step, or null when nothing is chosen. Case-sensitive: the groups list exact values. */
export function clusterStep(
  column: string,
  clusters: readonly ValueClusterResult[],
  choices: readonly ClusterChoice[],
): MapValuesStep | null {
  const mapping = clusterMapping(clusters, choices);
  if (Object.keys(mapping).length === 0) return null;
  return { op: 'map-values', column, mapping, caseSensitive: true };
}
