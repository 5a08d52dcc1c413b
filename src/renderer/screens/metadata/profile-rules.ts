/**
 * What a profile's conditional rules (`allOf: [{ if, then, x-reason }]`) mean for the form
 * right now: which fields become required by the answers given (a survey needs its sample
 * design) and which do not apply (a complete enumeration has none). Only the forms the
 * profiles use are understood — `if` with `required` and `properties` holding `const` or
 * `enum`; `then`/`else` with `required` and `properties: { key: false }`. A rule in any other
 * form is left to the service's validation.
 */
import type { Bilingual } from '../../../shared/model/metadata';
import { isBlank, isPlainObject, stableStringify } from './metadata-doc';

type Json = Record<string, unknown>;

export interface ConditionalState {
  /** keys required by the current answers, with the profile's reason */
  required: Map<string, Bilingual | undefined>;
  /** keys that do not apply to the current answers, with the profile's reason */
  hidden: Map<string, Bilingual | undefined>;
}

function same(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

/** True / false when the `if` can be decided, undefined when it uses other keywords. */
function matches(condition: unknown, value: Json): boolean | undefined {
  if (!isPlainObject(condition)) return undefined;
  for (const key of Object.keys(condition)) {
    if (key !== 'properties' && key !== 'required') return undefined;
  }
  const required = condition['required'];
  if (required !== undefined) {
    if (!Array.isArray(required)) return undefined;
    for (const k of required) if (typeof k !== 'string' || isBlank(value[k])) return false;
  }
  const props = condition['properties'];
  if (props !== undefined) {
    if (!isPlainObject(props)) return undefined;
    for (const [k, rule] of Object.entries(props)) {
      if (isBlank(value[k])) continue; // absent properties satisfy `properties`
      if (!isPlainObject(rule)) return undefined;
      for (const keyword of Object.keys(rule)) {
        if (keyword !== 'const' && keyword !== 'enum') return undefined;
      }
      if ('const' in rule && !same(rule['const'], value[k])) return false;
      if ('enum' in rule) {
        const options = rule['enum'];
        if (!Array.isArray(options) || !options.some((o) => same(o, value[k]))) return false;
      }
    }
  }
  return true;
}

function reasonOf(rule: Json): Bilingual | undefined {
  const r = rule['x-reason'];
  if (isPlainObject(r) && typeof r['id'] === 'string' && typeof r['en'] === 'string') {
    return { id: r['id'], en: r['en'] };
  }
  return undefined;
}

function apply(outcome: unknown, reason: Bilingual | undefined, state: ConditionalState): void {
  if (!isPlainObject(outcome)) return;
  const required = outcome['required'];
  if (Array.isArray(required)) {
    for (const k of required) if (typeof k === 'string') state.required.set(k, reason);
  }
  const props = outcome['properties'];
  if (isPlainObject(props)) {
    for (const [k, rule] of Object.entries(props)) {
      if (rule === false) state.hidden.set(k, reason);
    }
  }
}

/** The conditional requirements and exclusions of `schema` (an object schema) for `value`. */
export function conditionalState(schema: unknown, value: unknown): ConditionalState {
  const state: ConditionalState = { required: new Map(), hidden: new Map() };
  if (!isPlainObject(schema)) return state;
  const doc = isPlainObject(value) ? value : {};
  const rules = Array.isArray(schema['allOf']) ? schema['allOf'] : [];
  for (const rule of rules) {
    if (!isPlainObject(rule) || !('if' in rule)) continue;
    const hit = matches(rule['if'], doc);
    if (hit === undefined) continue;
    apply(hit ? rule['then'] : rule['else'], reasonOf(rule), state);
  }
  return state;
}

/** Keys the object schema always requires. */
export function requiredKeys(schema: unknown): Set<string> {
  if (!isPlainObject(schema) || !Array.isArray(schema['required'])) return new Set();
  return new Set(schema['required'].filter((k): k is string => typeof k === 'string'));
}
