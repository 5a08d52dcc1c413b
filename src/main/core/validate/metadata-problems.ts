/** The metadata validator's problems for this run, computed once and shared by two rules. */
import type { MetadataProblem, RuleContext } from './types';

export function metadataProblems(ctx: RuleContext): MetadataProblem[] {
  return ctx.shared('metadata-problems', () => {
    const meta = ctx.input.metadata;
    const validate = ctx.input.context.metadataValidator;
    if (!meta || !validate) return [];
    return validate(meta.profile, meta.doc);
  });
}
