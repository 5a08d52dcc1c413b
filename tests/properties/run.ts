/**
 * Running shared properties: `checkProperties` registers one vitest test per property with its
 * short number of cases (FUZZ_RUNS in the environment overrides it); `runProperty` is what
 * scripts/fuzz.mjs calls for the long run.
 */
import fc from 'fast-check';
import { it } from 'vitest';
import type { PropertyDef } from './types';

export const QUICK_RUNS = 50;

export function quickRuns(def: PropertyDef): number {
  const env = Number(process.env['FUZZ_RUNS']);
  return Number.isFinite(env) && env > 0 ? env : (def.quickRuns ?? QUICK_RUNS);
}

export function checkProperties(defs: readonly PropertyDef[]): void {
  for (const def of defs) {
    it(
      def.name,
      async () => {
        await fc.assert(def.property(), { numRuns: quickRuns(def) });
      },
      120_000,
    );
  }
}
