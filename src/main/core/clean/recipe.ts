/**
 * Recipes: `{ "version": 1, "steps": [{ "op": …, …parameters }] }`. A recipe that is not JSON,
 * has an unknown op or invalid parameters is refused whole (AppError kind 'user-input'); a
 * valid recipe may still have steps that cannot apply to a given table — those are skipped and
 * reported by the pipeline, never refused here.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { AppError } from '../../../shared/errors';
import {
  RECIPE_VERSION,
  STEP_OPS,
  type Recipe,
  type Step,
  type StepOp,
} from '../../../shared/model/step';
import { STEP_REGISTRY, isStepOp, unitFor } from './registry';

export const MAX_RECIPE_BYTES = 20 * 1024 * 1024;
export const MAX_RECIPE_STEPS = 10_000;

const ajv = new Ajv({ allErrors: false, strict: true, strictTypes: false, strictRequired: false });
const validators = new Map<StepOp, ValidateFunction>();

/** Compile every step's schema once (lazily on first use, then cached). */
function validatorFor(op: StepOp): ValidateFunction {
  let v = validators.get(op);
  if (!v) {
    v = ajv.compile(STEP_REGISTRY[op].paramsSchema);
    validators.set(op, v);
  }
  return v;
}

/** ajv's first error in Indonesian and English. */
export function describeAjvError(e: ErrorObject): { id: string; en: string } {
  const where = e.instancePath === '' ? '' : ` (${e.instancePath.slice(1).replace(/\//g, '.')})`;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return {
        id: `parameter "${String(p['missingProperty'])}" wajib diisi${where}`,
        en: `parameter "${String(p['missingProperty'])}" is required${where}`,
      };
    case 'additionalProperties':
      return {
        id: `parameter "${String(p['additionalProperty'])}" tidak dikenal${where}`,
        en: `unknown parameter "${String(p['additionalProperty'])}"${where}`,
      };
    case 'type':
      return {
        id: `harus bertipe ${String(p['type'])}${where}`,
        en: `must be ${String(p['type'])}${where}`,
      };
    case 'enum':
      return {
        id: `harus salah satu dari ${(p['allowedValues'] as unknown[]).map(String).join(', ')}${where}`,
        en: `must be one of ${(p['allowedValues'] as unknown[]).map(String).join(', ')}${where}`,
      };
    case 'minItems':
      return {
        id: `minimal ${String(p['limit'])} isian${where}`,
        en: `needs at least ${String(p['limit'])} items${where}`,
      };
    case 'maxItems':
      return {
        id: `maksimal ${String(p['limit'])} isian${where}`,
        en: `at most ${String(p['limit'])} items${where}`,
      };
    case 'minLength':
      return { id: `tidak boleh kosong${where}`, en: `must not be empty${where}` };
    case 'maxLength':
      return {
        id: `maksimal ${String(p['limit'])} karakter${where}`,
        en: `at most ${String(p['limit'])} characters${where}`,
      };
    case 'minimum':
    case 'maximum':
      return {
        id: `harus ${e.keyword === 'minimum' ? '≥' : '≤'} ${String(p['limit'])}${where}`,
        en: `must be ${e.keyword === 'minimum' ? '≥' : '≤'} ${String(p['limit'])}${where}`,
      };
    case 'anyOf':
    case 'oneOf':
      return {
        id: `kombinasi parameter tidak valid (lihat docs/recipes.md)${where}`,
        en: `invalid combination of parameters (see docs/recipes.md)${where}`,
      };
    default:
      return {
        id: `${e.message ?? 'tidak valid'}${where}`,
        en: `${e.message ?? 'invalid'}${where}`,
      };
  }
}

function refuse(code: string, message: string, messageEn: string, details?: unknown): never {
  throw new AppError({
    kind: 'user-input',
    code,
    message,
    messageEn,
    ...(details === undefined ? {} : { details }),
  });
}

/** Check one step (as parsed JSON) and return it typed; throws AppError naming the step. */
export function validateStep(value: unknown, index: number): Step {
  const n = index + 1;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    refuse(
      'recipe-invalid-step',
      `Langkah ${n} bukan objek JSON.`,
      `Step ${n} is not a JSON object.`,
      { index },
    );
  }
  const op = (value as Record<string, unknown>)['op'];
  if (!isStepOp(op)) {
    const shown = typeof op === 'string' ? `"${op.slice(0, 60)}"` : String(op);
    refuse(
      'recipe-unknown-op',
      `Langkah ${n}: op ${shown} tidak dikenal. Yang dikenal: ${STEP_OPS.join(', ')}.`,
      `Step ${n}: unknown op ${shown}. Known: ${STEP_OPS.join(', ')}.`,
      { index, op },
    );
  }
  const validate = validatorFor(op);
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const text = first ? describeAjvError(first) : { id: 'tidak valid', en: 'invalid' };
    refuse(
      'recipe-invalid-params',
      `Langkah ${n} (${op}): ${text.id}.`,
      `Step ${n} (${op}): ${text.en}.`,
      { index, op, errors: validate.errors },
    );
  }
  const step = value as Step;
  const problem = unitFor(step).validate?.(step) ?? null;
  if (problem) {
    refuse(
      'recipe-invalid-params',
      `Langkah ${n} (${op}): ${problem.message}`,
      `Step ${n} (${op}): ${problem.messageEn}`,
      { index, op, reason: problem.code },
    );
  }
  return step;
}

/** Parse and check a whole recipe; anything wrong refuses it whole. */
export function parseRecipe(text: string): Recipe {
  if (text.length > MAX_RECIPE_BYTES) {
    refuse(
      'recipe-too-large',
      'Resep terlalu besar (lebih dari 20 MB).',
      'Recipe too large (over 20 MB).',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    refuse(
      'recipe-not-json',
      `Resep bukan JSON yang valid: ${detail}`,
      `The recipe is not valid JSON: ${detail}`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    refuse(
      'recipe-invalid-format',
      'Resep harus berupa objek {"version": 1, "steps": [...]}.',
      'A recipe must be an object {"version": 1, "steps": [...]}.',
    );
  }
  const obj = data as Record<string, unknown>;
  const extra = Object.keys(obj).filter((k) => k !== 'version' && k !== 'steps');
  if (extra.length > 0) {
    refuse(
      'recipe-invalid-format',
      `Resep memuat kunci yang tidak dikenal: ${extra.slice(0, 5).join(', ')}.`,
      `The recipe has unknown keys: ${extra.slice(0, 5).join(', ')}.`,
    );
  }
  if (obj['version'] !== RECIPE_VERSION) {
    refuse(
      'recipe-unsupported-version',
      `Versi resep ${JSON.stringify(obj['version'] ?? null)} tidak didukung (harus 1).`,
      `Recipe version ${JSON.stringify(obj['version'] ?? null)} is not supported (must be 1).`,
    );
  }
  const steps = obj['steps'];
  if (!Array.isArray(steps)) {
    refuse(
      'recipe-invalid-format',
      'Resep harus memuat daftar "steps".',
      'A recipe must have a "steps" list.',
    );
  }
  if (steps.length > MAX_RECIPE_STEPS) {
    refuse(
      'recipe-too-large',
      `Resep memuat lebih dari ${MAX_RECIPE_STEPS} langkah.`,
      `The recipe has more than ${MAX_RECIPE_STEPS} steps.`,
    );
  }
  return { version: RECIPE_VERSION, steps: steps.map((s, i) => validateStep(s, i)) };
}

/** A recipe from recorded steps (deep copies, `op` first). */
export function recipeFromSteps(steps: readonly Step[]): Recipe {
  return {
    version: RECIPE_VERSION,
    steps: steps.map((s) => {
      const { op, ...params } = s;
      return { op, ...(JSON.parse(JSON.stringify(params)) as object) } as Step;
    }),
  };
}

/** The recipe file's text: pretty JSON with a final newline. */
export function serializeRecipe(recipe: Recipe): string {
  return `${JSON.stringify(recipe, null, 2)}\n`;
}
