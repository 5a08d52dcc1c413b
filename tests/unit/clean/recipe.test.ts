import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { STEP_OPS, type Step } from '../../../src/shared/model/step';
import {
  parseRecipe,
  recipeFromSteps,
  serializeRecipe,
  validateStep,
} from '../../../src/main/core/clean/recipe';
import { listSteps } from '../../../src/main/core/clean/registry';
import { describeStep } from '../../../src/main/core/clean/describe-step';
import { fixturePath } from './helpers';

function refusal(text: string): AppError {
  try {
    parseRecipe(text);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('the recipe was accepted');
}

const allOps = readFileSync(fixturePath('all-ops.recipe.json'), 'utf8');

describe('parseRecipe', () => {
  it('accepts the documented example of every op', () => {
    const recipe = parseRecipe(allOps);
    expect(recipe.version).toBe(1);
    expect(recipe.steps.map((s) => s.op).sort()).toEqual([...STEP_OPS].sort());
  });

  it('accepts a UTF-8 BOM and an empty step list', () => {
    expect(parseRecipe('\uFEFF{"version":1,"steps":[]}').steps).toEqual([]);
  });

  it('refuses text that is not JSON, naming the problem in both languages', () => {
    const e = refusal('{"version": 1, "steps": [');
    expect(e.kind).toBe('user-input');
    expect(e.code).toBe('recipe-not-json');
    expect(e.message).toMatch(/bukan JSON/);
    expect(e.messageEn).toMatch(/not valid JSON/);
  });

  it.each([
    ['[]', 'recipe-invalid-format'],
    ['"trim"', 'recipe-invalid-format'],
    ['{"version":1}', 'recipe-invalid-format'],
    ['{"version":1,"steps":{}}', 'recipe-invalid-format'],
    ['{"version":1,"steps":[],"author":"x"}', 'recipe-invalid-format'],
    ['{"version":2,"steps":[]}', 'recipe-unsupported-version'],
    ['{"steps":[]}', 'recipe-unsupported-version'],
    ['{"version":1,"steps":[42]}', 'recipe-invalid-step'],
    ['{"version":1,"steps":[{"columns":["a"]}]}', 'recipe-unknown-op'],
  ])('refuses %s (%s)', (text, code) => {
    expect(refusal(text).code).toBe(code);
  });

  it('refuses an unknown op with the step number and the known ops', () => {
    const e = refusal('{"version":1,"steps":[{"op":"trim"},{"op":"explode","column":"a"}]}');
    expect(e.code).toBe('recipe-unknown-op');
    expect(e.message).toMatch(/^Langkah 2: op "explode" tidak dikenal/);
    expect(e.messageEn).toMatch(/^Step 2: unknown op "explode"/);
    expect(e.messageEn).toContain('parse-number');
    expect(e.details).toMatchObject({ index: 1, op: 'explode' });
  });

  it('refuses invalid parameters with the step index and the schema message in id and en', () => {
    const e = refusal(
      '{"version":1,"steps":[{"op":"trim"},{"op":"parse-number","column":"jumlah","locale":"fr"}]}',
    );
    expect(e.code).toBe('recipe-invalid-params');
    expect(e.message).toBe('Langkah 2 (parse-number): harus salah satu dari id, en (locale).');
    expect(e.messageEn).toBe('Step 2 (parse-number): must be one of id, en (locale).');
    expect(e.details).toMatchObject({ index: 1, op: 'parse-number' });
  });

  it('names a missing and an unknown parameter', () => {
    expect(refusal('{"version":1,"steps":[{"op":"rename-column","from":"a"}]}').messageEn).toBe(
      'Step 1 (rename-column): parameter "to" is required.',
    );
    expect(refusal('{"version":1,"steps":[{"op":"dedupe","keys":["a"]}]}').message).toBe(
      'Langkah 1 (dedupe): parameter "keys" tidak dikenal.',
    );
  });

  it('refuses an unknown parameter on every documented example', () => {
    const recipe = JSON.parse(allOps) as { steps: Record<string, unknown>[] };
    recipe.steps.forEach((step, i) => {
      expect(() => validateStep({ ...step, unknownParam: true }, i)).toThrowError(/unknownParam/);
    });
  });

  it('refuses a ReDoS pattern before anything runs', () => {
    const text = JSON.stringify({
      version: 1,
      steps: [{ op: 'replace', find: '(a+)+$', replace: '', regex: true }],
    });
    const e = refusal(text);
    expect(e.code).toBe('recipe-invalid-params');
    expect(e.details).toMatchObject({ reason: 'regex-nested-quantifier' });
    expect(e.messageEn).toMatch(/Nested quantifiers/);
  });

  it('refuses a bad expression and a regex in a drop-rows condition', () => {
    expect(
      refusal('{"version":1,"steps":[{"op":"add-column","name":"x","expression":"{a} * (2"}]}')
        .messageEn,
    ).toMatch(/Step 1 \(add-column\): Invalid expression at position \d+: missing "\)"/);
    expect(
      refusal(
        '{"version":1,"steps":[{"op":"drop-rows","where":[{"column":"a","test":"matches","value":"(x|y)*z"}]}]}',
      ).details,
    ).toMatchObject({ reason: 'regex-nested-quantifier' });
  });
});

describe('recipeFromSteps / serializeRecipe', () => {
  it('round-trips through the text format', () => {
    const steps: Step[] = [
      { op: 'map-values', column: 'jk', mapping: { L: 'LAKI-LAKI' } },
      { op: 'dedupe', key: ['kode'], keep: 'last' },
    ];
    const recipe = recipeFromSteps(steps);
    const text = serializeRecipe(recipe);
    expect(text.endsWith('\n')).toBe(true);
    expect(parseRecipe(text)).toEqual(recipe);
    expect(Object.keys(recipe.steps[0]!)[0]).toBe('op');
  });

  it('copies the steps (later edits do not leak into the recipe)', () => {
    const step: Step = { op: 'trim', columns: ['a'] };
    const recipe = recipeFromSteps([step]);
    step.columns?.push('b');
    expect(recipe.steps[0]).toEqual({ op: 'trim', columns: ['a'] });
  });
});

describe('registry', () => {
  it('lists every op with titles in both languages and a strict schema', () => {
    const steps = listSteps();
    expect(steps.map((s) => s.op)).toEqual([...STEP_OPS]);
    for (const s of steps) {
      expect(s.title.id).toMatch(/\S/);
      expect(s.title.en).toMatch(/\S/);
      expect(s.paramsSchema).toMatchObject({ type: 'object', additionalProperties: false });
    }
  });
});

describe('describeStep', () => {
  it('labels every documented step in both languages', () => {
    const recipe = parseRecipe(allOps);
    for (const step of recipe.steps) {
      const d = describeStep(step);
      expect(d.id).toMatch(/\S/);
      expect(d.en).toMatch(/\S/);
    }
    expect(describeStep({ op: 'trim' })).toEqual({
      id: 'Pangkas spasi: semua kolom',
      en: 'Trim spaces: every column',
    });
    expect(describeStep({ op: 'rename-column', from: 'Kode', to: 'kode' }).en).toBe(
      'Rename column: Kode → kode',
    );
  });
});
