import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumns } from '../columns';
import { nonEmptyColumnList, opSchema } from '../cells';

/** Empty cells take the value above them (merged cells exported from Excel). */
export const fillDownStep: StepUnit<'fill-down'> = {
  op: 'fill-down',
  title: { id: 'Isi ke bawah', en: 'Fill down' },
  paramsSchema: opSchema('fill-down', { columns: nonEmptyColumnList }, ['columns']),
  plan(shape, p) {
    const r = resolveColumns(shape, p.columns);
    return r.ok ? { ok: true, shape } : r;
  },
  create(shape, p) {
    const r = resolveColumns(shape, p.columns);
    const indexes = r.ok ? r.indexes : [];
    const previous: string[] = indexes.map(() => '');
    const counts = newCounts();
    return {
      counts,
      row(row) {
        let cells: string[] | null = null;
        indexes.forEach((col, k) => {
          const v = row.cells[col] ?? '';
          if (v.trim() !== '') {
            previous[k] = v;
          } else if (previous[k] !== '' && previous[k] !== v) {
            cells ??= row.cells.slice();
            cells[col] = previous[k] ?? '';
            counts.cellsChanged++;
          }
        });
        return cells === null ? row : { line: row.line, cells };
      },
    };
  },
};
