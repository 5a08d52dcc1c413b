/** docs/recipes.md stays true: every JSON example parses, every op is documented. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STEP_OPS } from '../../../src/shared/model/step';
import { parseRecipe, validateStep } from '../../../src/main/core/clean/recipe';
import { fixturePath } from './helpers';

const docs = readFileSync(
  fileURLToPath(new URL('../../../docs/recipes.md', import.meta.url)),
  'utf8',
);
const blocks = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('docs/recipes.md', () => {
  it('has a heading, an example and valid JSON for every op', () => {
    const examples = blocks
      .map((b) => JSON.parse(b) as Record<string, unknown>)
      .filter((b) => typeof b['op'] === 'string');
    for (const op of STEP_OPS) {
      expect(docs).toContain(`### ${op} `);
      expect(examples.some((e) => e['op'] === op)).toBe(true);
    }
    examples.forEach((e, i) => validateStep(e, i));
  });

  it('every full recipe in it parses, and the penduduk example is the tested fixture', () => {
    const recipes = blocks.filter((b) => b.includes('"version"')).map((b) => parseRecipe(b));
    expect(recipes.length).toBeGreaterThanOrEqual(2);
    const fixture = parseRecipe(readFileSync(fixturePath('penduduk.recipe.json'), 'utf8'));
    expect(recipes).toContainEqual(fixture);
  });
});
