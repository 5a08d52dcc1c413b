import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { columnMissing, copyShape, nameTaken, resolveColumn, columnExists } from '../columns';
import { columnRef, newColumnName, opSchema } from '../cells';

/** Gives a column a new name (its label follows, so the header shows the new name). */
export const renameColumnStep: StepUnit<'rename-column'> = {
  op: 'rename-column',
  title: { id: 'Ganti nama kolom', en: 'Rename column' },
  paramsSchema: opSchema('rename-column', { from: columnRef, to: newColumnName }, ['from', 'to']),
  plan(shape, p) {
    const i = resolveColumn(shape, p.from);
    if (i < 0) return { ok: false, reason: columnMissing([p.from]) };
    if (nameTaken(shape, p.to, [i])) return { ok: false, reason: columnExists(p.to) };
    const next = copyShape(shape);
    next.columns[i] = { name: p.to, label: p.to };
    return { ok: true, shape: next };
  },
  create(shape) {
    return {
      counts: newCounts(),
      row: (row) => row,
      columnMap: { sources: shape.columns.map((_, i) => i), cellsChangedPerRow: 0 },
    };
  },
};
