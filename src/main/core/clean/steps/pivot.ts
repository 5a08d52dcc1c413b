import type { Row, ShapeColumn } from '../../../../shared/model/step';
import type { StepUnit } from '../types';
import { newCounts } from '../types';
import {
  checkNewNames,
  columnMissing,
  newColumn,
  reason,
  resolveColumn,
  resolveColumns,
} from '../columns';
import { columnList, columnRef, exampleCollector, opSchema } from '../cells';
import { rowKey } from './dedupe';

interface PivotPlan {
  nameCol: number;
  valueCol: number;
  keys: number[];
}

function planPivot(
  shape: { columns: ShapeColumn[] },
  p: { nameColumn: string; valueColumn: string; key?: string[] },
): PivotPlan | { reason: ReturnType<typeof columnMissing> } {
  const nameCol = resolveColumn(shape, p.nameColumn);
  const valueCol = resolveColumn(shape, p.valueColumn);
  const missing = [
    ...(nameCol < 0 ? [p.nameColumn] : []),
    ...(valueCol < 0 ? [p.valueColumn] : []),
  ];
  if (missing.length > 0) return { reason: columnMissing(missing) };
  if (nameCol === valueCol) {
    return {
      reason: reason(
        'pivot-same-column',
        'Kolom nama dan kolom nilai harus berbeda.',
        'The name column and the value column must differ.',
      ),
    };
  }
  if (p.key && p.key.length > 0) {
    const r = resolveColumns(shape, p.key);
    if (!r.ok) return r;
    return { nameCol, valueCol, keys: r.indexes.filter((i) => i !== nameCol && i !== valueCol) };
  }
  const keys = shape.columns.map((_, i) => i).filter((i) => i !== nameCol && i !== valueCol);
  return { nameCol, valueCol, keys };
}

/**
 * Long → wide: one output row per distinct key, with one new column per listed value of
 * `nameColumn` holding `valueColumn`. The list of values is a parameter so the table's shape is
 * known before the data is read. Pivot must hold every group until the end (memory grows with
 * the number of output rows). Rows whose name is not listed are left out and counted as
 * unparsed; a second value for the same key and name is ignored (first wins) and noted.
 * Output rows keep the line of the first row of their group.
 */
export const pivotStep: StepUnit<'pivot'> = {
  op: 'pivot',
  title: { id: 'Ubah ke format lebar', en: 'Pivot (long → wide)' },
  buffers: () => true,
  paramsSchema: opSchema(
    'pivot',
    {
      nameColumn: columnRef,
      valueColumn: columnRef,
      values: {
        type: 'array',
        items: { type: 'string', minLength: 1, maxLength: 200 },
        minItems: 1,
        maxItems: 1000,
        uniqueItems: true,
      },
      key: columnList,
    },
    ['nameColumn', 'valueColumn', 'values'],
  ),
  plan(shape, p) {
    const plan = planPivot(shape, p);
    if ('reason' in plan) return { ok: false, reason: plan.reason };
    const keyCols = plan.keys.map((i) => ({ ...shape.columns[i]! }));
    const clash = checkNewNames({ columns: keyCols }, p.values);
    if (clash) return { ok: false, reason: clash };
    return { ok: true, shape: { columns: [...keyCols, ...p.values.map(newColumn)] } };
  },
  create(shape, p) {
    const plan = planPivot(shape, p);
    const counts = newCounts({ unparsed: 0, columnsAdded: p.values.length });
    if ('reason' in plan) return { counts, row: (row) => row };
    counts.columnsRemoved = shape.columns.length - plan.keys.length;
    const slot = new Map(p.values.map((v, k) => [v, k]));
    const groups = new Map<string, { row: Row; filled: Uint8Array }>();
    const width = plan.keys.length;
    const examples = exampleCollector();
    let input = 0;
    let conflicts = 0;
    return {
      counts,
      countsRows: true,
      row(row) {
        input++;
        const name = (row.cells[plan.nameCol] ?? '').trim();
        const k = slot.get(name);
        if (k === undefined) {
          counts.unparsed = (counts.unparsed ?? 0) + 1;
          examples.add(name);
          return null;
        }
        const key = rowKey(row.cells, plan.keys);
        let group = groups.get(key);
        if (!group) {
          const cells = plan.keys.map((i) => row.cells[i] ?? '');
          for (let v = 0; v < p.values.length; v++) cells.push('');
          group = { row: { line: row.line, cells }, filled: new Uint8Array(p.values.length) };
          groups.set(key, group);
        }
        const value = row.cells[plan.valueCol] ?? '';
        if (group.filled[k]) conflicts++;
        else {
          group.filled[k] = 1;
          group.row.cells[width + k] = value;
          if (value !== '') counts.cellsChanged++;
        }
        return null;
      },
      end() {
        const out = [...groups.values()].map((g) => g.row);
        groups.clear();
        counts.rowsRemoved = input;
        counts.rowsAdded = out.length;
        return out;
      },
      details() {
        const notes =
          conflicts > 0
            ? [
                reason(
                  'pivot-conflict',
                  `${conflicts} nilai ganda untuk kunci dan nama yang sama diabaikan (nilai pertama dipakai).`,
                  `${conflicts} duplicate values for the same key and name were ignored (the first is kept).`,
                ),
              ]
            : [];
        return { unparsedExamples: examples.list(), notes };
      },
    };
  },
};
