import { defineRule } from '../define-rule';
import { regionNameHooks } from '../region-name-rule';

/**
 * A region name that is not the official name of the code in the same row (after case,
 * spacing, administrative prefixes and known spelling variants). Reported on the name column
 * with the official name as suggestion.
 */
export default defineRule({
  code: 'kode-nama-tidak-cocok',
  scope: 'row',
  create: (ctx) => regionNameHooks(ctx, 'mismatch'),
});
