import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumnsOrAll } from '../columns';
import { cellStep, columnList, opSchema, trimCell, trimCollapseCell } from '../cells';

/** Removes spaces at both ends (non-breaking and zero-width spaces too); optionally collapses inner runs. */
export const trimStep: StepUnit<'trim'> = {
  op: 'trim',
  title: { id: 'Pangkas spasi', en: 'Trim spaces' },
  paramsSchema: opSchema('trim', { columns: columnList, collapse: { type: 'boolean' } }),
  plan(shape, p) {
    const r = resolveColumnsOrAll(shape, p.columns);
    return r.ok ? { ok: true, shape } : r;
  },
  create(shape, p) {
    const r = resolveColumnsOrAll(shape, p.columns);
    const counts = newCounts();
    const indexes = r.ok ? r.indexes : [];
    if (p.collapse) return cellStep(indexes, trimCollapseCell, counts);
    // a cell that starts and ends with printable ASCII has no space to trim at either end
    return cellStep(indexes, trimCell, counts, { keep: [{ kind: 'plain-edges' }] });
  },
};
