/** Short words for a step the UI is about to apply (the history has the service's own). */
import type { StepCatalogEntry } from '../../../shared/api/clean';
import type { Step, StepOp } from '../../../shared/model/step';

export function opTitle(op: StepOp, ops: readonly StepCatalogEntry[] | null, lang: 'id' | 'en') {
  return ops?.find((o) => o.op === op)?.title[lang] ?? op;
}

/** The columns a step works on, as written in it. */
export function stepColumns(step: Step): string[] {
  const s = step as unknown as Record<string, unknown>;
  for (const key of ['column', 'columns', 'from', 'key', 'nameColumn', 'name']) {
    const v = s[key];
    if (typeof v === 'string') return [v];
    if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  }
  return [];
}

/** map-values pairs, at most `max`, for showing what becomes what. */
export function mappingPairs(step: Step, max = 12): [string, string][] {
  return step.op === 'map-values' ? Object.entries(step.mapping).slice(0, max) : [];
}

/** Merge map-values steps on the same column into one; drop exact repeats of other steps. */
export function mergeSteps(steps: readonly Step[]): Step[] {
  const out: Step[] = [];
  const seen = new Set<string>();
  for (const step of steps) {
    if (step.op === 'map-values') {
      const same = out.find(
        (s): s is Extract<Step, { op: 'map-values' }> =>
          s.op === 'map-values' &&
          s.column === step.column &&
          (s.caseSensitive ?? false) === (step.caseSensitive ?? false),
      );
      if (same) {
        same.mapping = { ...same.mapping, ...step.mapping };
        continue;
      }
      out.push({ ...step, mapping: { ...step.mapping } });
      continue;
    }
    const key = JSON.stringify(step);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(step);
  }
  return out;
}
