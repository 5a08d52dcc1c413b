/**
 * Versions and recipes across workspaces. A version made by importing a bundle carries a marker
 * in its report (`report.bundle`: where it came from, the hashes of its data, and the full recipe
 * from the import to it), because its `steps` can only hold the part of the recipe that is new
 * on top of its parent in THIS workspace (or nothing, when both workspaces changed the dataset).
 * `recipeOf` walks the chain like stepsToCurrent but stops at such a marker, so a dataset bundled
 * again carries the recipe the walidata can replay on the original.
 */
import type { Step, StepCounts, StepReportEntry } from '../../../shared/model/step';
import { STEP_OPS, type StepOp } from '../../../shared/model/step';
import { listVersions, type VersionInfo } from '../store/working-table';
import type { Db } from '../store/workspace';
import type { BundleStepCount, BundleVersions } from './bundle-format';
import { canonicalJson } from './canonical-json';

export interface BundleMarker {
  /** manifest facts of the bundle this version came from */
  createdAt: string;
  createdBy: string;
  sourceVersion: number;
  dataSha256: string;
  linesSha256: string;
  /** the full recipe from the import to this version */
  recipe: Step[];
}

export function markerOf(report: unknown): BundleMarker | undefined {
  if (typeof report !== 'object' || report === null) return undefined;
  const m = (report as { bundle?: unknown }).bundle;
  if (typeof m !== 'object' || m === null) return undefined;
  const recipe = (m as { recipe?: unknown }).recipe;
  return Array.isArray(recipe) ? (m as BundleMarker) : undefined;
}

/** The versions from the import to `version`, root first. */
export function chainTo(db: Db, datasetId: string, version: number): VersionInfo[] {
  const byVersion = new Map(listVersions(db, datasetId).map((v) => [v.version, v]));
  const chain: VersionInfo[] = [];
  const seen = new Set<number>();
  for (let v = byVersion.get(version); v && !seen.has(v.version);) {
    seen.add(v.version);
    chain.unshift(v);
    v = v.parentVersion === null ? undefined : byVersion.get(v.parentVersion);
  }
  return chain;
}

/** The recipe from the import to `version` (a bundle marker on the way holds everything before it). */
export function recipeOf(db: Db, datasetId: string, version: number): Step[] {
  const chain = chainTo(db, datasetId, version);
  let steps: Step[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const v = chain[i] as VersionInfo;
    if (v.parentVersion === null) break;
    const marker = markerOf(v.report);
    if (marker) return [...marker.recipe, ...steps];
    steps = [...(v.steps as Step[]), ...steps];
  }
  return steps;
}

function appliedEntries(report: unknown): StepReportEntry[] {
  const steps = (report as { steps?: unknown } | null)?.steps;
  if (!Array.isArray(steps)) return [];
  return (steps as StepReportEntry[]).filter((e) => e?.status === 'applied');
}

/** versions.json: the chain with the counts of the steps each version applied. */
export function versionsDoc(db: Db, datasetId: string, version: number): BundleVersions {
  return {
    chain: chainTo(db, datasetId, version).map((v) => ({
      version: v.version,
      parentVersion: v.parentVersion,
      createdAt: v.createdAt,
      createdBy: v.createdBy,
      rowCount: v.rowCount,
      columnCount: v.columns.length,
      steps: appliedEntries(v.report).map((e) => ({
        op: e.op,
        counts: Object.fromEntries(
          Object.entries(e.counts ?? {}).filter(([, n]) => Number.isSafeInteger(n) && n >= 0),
        ),
      })),
    })),
  };
}

function countsOf(c: Record<string, number>): StepCounts {
  const n = (k: string): number => {
    const v = c[k];
    return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0;
  };
  const counts: StepCounts = {
    cellsChanged: n('cellsChanged'),
    rowsRemoved: n('rowsRemoved'),
    rowsAdded: n('rowsAdded'),
    columnsAdded: n('columnsAdded'),
    columnsRemoved: n('columnsRemoved'),
  };
  if (c['unparsed'] !== undefined) counts.unparsed = n('unparsed');
  return counts;
}

/**
 * Report entries (for the history's counts) of `steps`, the last steps of `recipe`, taken from
 * versions.json when its applied steps line up with the recipe; otherwise none.
 */
export function historyEntries(
  versions: BundleVersions | undefined,
  recipe: readonly Step[],
  steps: readonly Step[],
): StepReportEntry[] {
  if (!versions || steps.length === 0) return [];
  const flat: BundleStepCount[] = versions.chain.flatMap((v) => v.steps);
  if (flat.length !== recipe.length || flat.some((s, i) => s.op !== recipe[i]?.op)) return [];
  const from = recipe.length - steps.length;
  return flat.slice(from).map((s, i) => ({
    index: i,
    op: (STEP_OPS as readonly string[]).includes(s.op) ? (s.op as StepOp) : (steps[i] as Step).op,
    status: 'applied' as const,
    counts: countsOf(s.counts),
  }));
}

/** True when `prefix` equals the first steps of `steps` (compared as JSON). */
export function isPrefix(prefix: readonly Step[], steps: readonly Step[]): boolean {
  if (prefix.length > steps.length) return false;
  return prefix.every((s, i) => canonicalJson(s) === canonicalJson(steps[i]));
}
