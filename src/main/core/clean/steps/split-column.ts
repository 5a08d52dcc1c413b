import type { ShapeColumn } from '../../../../shared/model/step';
import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { checkNewNames, columnMissing, newColumn, resolveColumn } from '../columns';
import { columnRef, newColumnName, opSchema } from '../cells';

function splitValue(v: string, sep: string, parts: number, trim: boolean): string[] {
  const out: string[] = [];
  let rest = v;
  for (let k = 0; k < parts - 1; k++) {
    const at = rest.indexOf(sep);
    if (at < 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + sep.length);
  }
  out.push(rest);
  while (out.length < parts) out.push('');
  return trim ? out.map((s) => s.trim()) : out;
}

/**
 * Splits a column on a literal separator into the named new columns (placed where the column
 * was); the last new column takes the rest. The original column goes unless `keep`.
 */
export const splitColumnStep: StepUnit<'split-column'> = {
  op: 'split-column',
  title: { id: 'Pisah kolom', en: 'Split column' },
  paramsSchema: opSchema(
    'split-column',
    {
      column: columnRef,
      separator: { type: 'string', minLength: 1, maxLength: 100 },
      into: { type: 'array', items: newColumnName, minItems: 2, maxItems: 100 },
      keep: { type: 'boolean' },
      trim: { type: 'boolean' },
    },
    ['column', 'separator', 'into'],
  ),
  plan(shape, p) {
    const i = resolveColumn(shape, p.column);
    if (i < 0) return { ok: false, reason: columnMissing([p.column]) };
    const clash = checkNewNames(shape, p.into, p.keep ? [] : [i]);
    if (clash) return { ok: false, reason: clash };
    const cols: ShapeColumn[] = shape.columns.map((c) => ({ ...c }));
    cols.splice(p.keep ? i + 1 : i, p.keep ? 0 : 1, ...p.into.map(newColumn));
    return { ok: true, shape: { columns: cols } };
  },
  create(shape, p) {
    const i = resolveColumn(shape, p.column);
    const keep = p.keep === true;
    const trim = p.trim !== false;
    const n = p.into.length;
    const counts = newCounts({ columnsAdded: n, columnsRemoved: keep ? 0 : 1 });
    return {
      counts,
      row(row) {
        const parts = splitValue(row.cells[i] ?? '', p.separator, n, trim);
        for (const s of parts) if (s !== '') counts.cellsChanged++;
        const cells = row.cells.slice();
        cells.splice(keep ? i + 1 : i, keep ? 0 : 1, ...parts);
        return { line: row.line, cells };
      },
    };
  },
};
