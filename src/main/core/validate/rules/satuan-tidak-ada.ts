import { defineRule } from '../define-rule';
import { METADATA_KEYS, metadataText } from '../metadata-fields';

/**
 * No satuan: neither a satuan column nor a unit in the metadata, while the dataset has
 * measures (a plain list without measures needs none).
 */
export default defineRule({
  code: 'satuan-tidak-ada',
  scope: 'header',
  create(ctx) {
    return {
      start() {
        if (!ctx.columns.some((c) => c.isMeasure)) return;
        if (ctx.columns.some((c) => c.role === 'unit')) return;
        if (metadataText(ctx.input.metadata?.doc, METADATA_KEYS.unit)) return;
        ctx.report({
          suggestion:
            ctx.lang === 'id'
              ? 'Tambahkan kolom "satuan" (mis. Jiwa, Unit, Persen) atau isi satuan di metadata.'
              : 'Add a "satuan" column (e.g. Jiwa, Unit, Persen) or fill the unit in the metadata.',
        });
      },
    };
  },
});
