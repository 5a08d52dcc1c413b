import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumnsOrAll } from '../columns';
import { cellMapper, columnList, opSchema, trimCell, trimCollapseCell } from '../cells';

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
    return { counts, row: cellMapper(indexes, p.collapse ? trimCollapseCell : trimCell, counts) };
  },
};
