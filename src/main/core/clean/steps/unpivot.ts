import type { Row, ShapeColumn } from '../../../../shared/model/step';
import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { checkNewNames, newColumn, resolveColumns } from '../columns';
import { newColumnName, nonEmptyColumnList, opSchema } from '../cells';

/**
 * Wide → long: each listed column becomes its own row with the column's label (or name) in
 * `nameColumn` and the cell in `valueColumn`; the two new columns take the place of the first
 * listed column. Every produced row keeps the source line of the row it came from.
 */
export const unpivotStep: StepUnit<'unpivot'> = {
  op: 'unpivot',
  title: { id: 'Ubah ke format panjang', en: 'Unpivot (wide → long)' },
  paramsSchema: opSchema(
    'unpivot',
    {
      columns: nonEmptyColumnList,
      nameColumn: newColumnName,
      valueColumn: newColumnName,
      use: { enum: ['label', 'name'] },
      dropEmpty: { type: 'boolean' },
    },
    ['columns', 'nameColumn', 'valueColumn'],
  ),
  plan(shape, p) {
    const r = resolveColumns(shape, p.columns);
    if (!r.ok) return r;
    const clash = checkNewNames(shape, [p.nameColumn, p.valueColumn], r.indexes);
    if (clash) return { ok: false, reason: clash };
    const first = Math.min(...r.indexes);
    const unpivoted = new Set(r.indexes);
    const columns: ShapeColumn[] = [];
    shape.columns.forEach((c, i) => {
      if (i === first) columns.push(newColumn(p.nameColumn), newColumn(p.valueColumn));
      if (!unpivoted.has(i)) columns.push({ ...c });
    });
    return { ok: true, shape: { columns } };
  },
  create(shape, p) {
    const r = resolveColumns(shape, p.columns);
    const sources = r.ok ? r.indexes : [];
    const first = Math.min(...sources);
    const unpivoted = new Set(sources);
    const kept = shape.columns.map((_, i) => i).filter((i) => !unpivoted.has(i));
    const before = kept.filter((i) => i < first);
    const after = kept.filter((i) => i > first);
    const names = sources.map((i) => {
      const c = shape.columns[i];
      return (p.use === 'name' ? c?.name : c?.label) ?? '';
    });
    const counts = newCounts({ columnsAdded: 2, columnsRemoved: sources.length });
    return {
      counts,
      row(row) {
        const head = before.map((i) => row.cells[i] ?? '');
        const tail = after.map((i) => row.cells[i] ?? '');
        const out: Row[] = [];
        sources.forEach((col, k) => {
          const value = row.cells[col] ?? '';
          if (p.dropEmpty && value.trim() === '') return;
          out.push({ line: row.line, cells: [...head, names[k] ?? '', value, ...tail] });
        });
        return out;
      },
    };
  },
};
