/**
 * Declares a rule. Category and default severity come from the shared catalog, so a rule and
 * the catalog can never disagree.
 */
import { CATALOG, type FindingCode } from '../../../shared/issues/catalog';
import type { Rule, RuleContext, RuleHooks, RuleScope } from './types';

export interface RuleDefinition {
  code: FindingCode;
  scope: RuleScope;
  optionsSchema?: object;
  defaults?: Record<string, unknown>;
  create(ctx: RuleContext): RuleHooks;
}

export function defineRule(def: RuleDefinition): Rule {
  const entry = CATALOG[def.code];
  const rule: Rule = {
    code: def.code,
    category: entry.category,
    severity: entry.severity,
    scope: def.scope,
    create: def.create,
  };
  if (def.optionsSchema) rule.optionsSchema = def.optionsSchema;
  if (def.defaults) rule.defaults = def.defaults;
  return rule;
}

/** Read a typed option with a fallback. */
export function option<T>(ctx: RuleContext, name: string, fallback: T): T {
  const v = ctx.options[name];
  return v === undefined ? fallback : (v as T);
}
