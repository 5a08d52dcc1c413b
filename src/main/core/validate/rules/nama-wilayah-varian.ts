import { defineRule } from '../define-rule';
import { regionNameHooks } from '../region-name-rule';

/**
 * A region name that matches its code but with an unofficial spelling ("Gn. Samarinda",
 * "Mekarsari", "Sungai Nangka").
 */
export default defineRule({
  code: 'nama-wilayah-varian',
  scope: 'row',
  create: (ctx) => regionNameHooks(ctx, 'variant'),
});
