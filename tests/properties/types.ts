/**
 * A property shared by the short run in `npm test` (tests/unit/properties) and the long run of
 * `npm run fuzz` (scripts/fuzz.mjs): a name, the fast-check property, and a weight — how many
 * cases it gets relative to the others (expensive properties that touch files or SQLite weigh
 * less).
 */
import type fc from 'fast-check';

export interface PropertyDef {
  name: string;
  /** share of the fuzz budget, relative to the other properties (default 1) */
  weight?: number;
  /** cases in the short `npm test` run (default 50) */
  quickRuns?: number;
  property: () => fc.IProperty<never> | fc.IAsyncProperty<never>;
}

export function defineProperty<Ts extends [unknown, ...unknown[]]>(def: {
  name: string;
  weight?: number;
  quickRuns?: number;
  property: () => fc.IProperty<Ts> | fc.IAsyncProperty<Ts>;
}): PropertyDef {
  return def as unknown as PropertyDef;
}
