import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumns } from '../columns';
import { nonEmptyColumnList, opSchema } from '../cells';

function keptIndexes(width: number, drop: readonly number[]): number[] {
  const dropped = new Set(drop);
  const keep: number[] = [];
  for (let i = 0; i < width; i++) if (!dropped.has(i)) keep.push(i);
  return keep;
}

/** Removes columns. When any listed column is missing, the whole step is skipped. */
export const dropColumnsStep: StepUnit<'drop-columns'> = {
  op: 'drop-columns',
  title: { id: 'Hapus kolom', en: 'Drop columns' },
  paramsSchema: opSchema('drop-columns', { columns: nonEmptyColumnList }, ['columns']),
  plan(shape, p) {
    const r = resolveColumns(shape, p.columns);
    if (!r.ok) return r;
    const keep = keptIndexes(shape.columns.length, r.indexes);
    return { ok: true, shape: { columns: keep.map((i) => ({ ...shape.columns[i]! })) } };
  },
  create(shape, p) {
    const r = resolveColumns(shape, p.columns);
    const keep = keptIndexes(shape.columns.length, r.ok ? r.indexes : []);
    const counts = newCounts({ columnsRemoved: shape.columns.length - keep.length });
    return {
      counts,
      row: (row) => ({ line: row.line, cells: keep.map((i) => row.cells[i] ?? '') }),
      columnMap: { sources: keep, cellsChangedPerRow: 0 },
    };
  },
};
