import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { checkNewNames, newColumn, resolveColumns } from '../columns';
import { columnRef, newColumnName, opSchema } from '../cells';

/**
 * Joins columns into one new column with a separator (default one space), placed where the
 * first of them was. Empty cells are left out unless `skipEmpty` is false. The sources go
 * unless `keep`.
 */
export const mergeColumnsStep: StepUnit<'merge-columns'> = {
  op: 'merge-columns',
  title: { id: 'Gabung kolom', en: 'Merge columns' },
  paramsSchema: opSchema(
    'merge-columns',
    {
      columns: { type: 'array', items: columnRef, minItems: 2, maxItems: 1000 },
      into: newColumnName,
      separator: { type: 'string', maxLength: 100 },
      keep: { type: 'boolean' },
      skipEmpty: { type: 'boolean' },
    },
    ['columns', 'into'],
  ),
  plan(shape, p) {
    const r = resolveColumns(shape, p.columns);
    if (!r.ok) return r;
    const clash = checkNewNames(shape, [p.into], p.keep ? [] : r.indexes);
    if (clash) return { ok: false, reason: clash };
    const first = Math.min(...r.indexes);
    const drop = new Set(p.keep ? [] : r.indexes);
    const cols = [];
    for (let i = 0; i < shape.columns.length; i++) {
      if (i === first && !p.keep) cols.push(newColumn(p.into));
      if (!drop.has(i)) cols.push({ ...shape.columns[i]! });
      if (i === first && p.keep) cols.push(newColumn(p.into));
    }
    return { ok: true, shape: { columns: cols } };
  },
  create(shape, p) {
    const r = resolveColumns(shape, p.columns);
    const sources = r.ok ? r.indexes : [];
    const first = Math.min(...sources);
    const drop = new Set(p.keep ? [] : sources);
    const sep = p.separator ?? ' ';
    const skipEmpty = p.skipEmpty !== false;
    const counts = newCounts({ columnsAdded: 1, columnsRemoved: drop.size });
    return {
      counts,
      row(row) {
        const parts: string[] = [];
        for (const i of sources) {
          const v = row.cells[i] ?? '';
          if (!skipEmpty || v.trim() !== '') parts.push(v);
        }
        const merged = parts.join(sep);
        if (merged !== '') counts.cellsChanged++;
        const cells: string[] = [];
        const width = Math.max(row.cells.length, shape.columns.length);
        for (let i = 0; i < width; i++) {
          if (i === first && !p.keep) cells.push(merged);
          if (!drop.has(i)) cells.push(row.cells[i] ?? '');
          if (i === first && p.keep) cells.push(merged);
        }
        return { line: row.line, cells };
      },
    };
  },
};
