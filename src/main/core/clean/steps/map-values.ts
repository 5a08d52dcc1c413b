import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { columnMissing, resolveColumn } from '../columns';
import { cellStep, columnRef, opSchema } from '../cells';
import type { KeepGuard } from '../types';

/**
 * Replaces whole cell values through a mapping table (`L` → `LAKI-LAKI`). Matching is exact
 * (after trimming the cell) unless `caseSensitive` is false; values not in the table stay.
 * A `""` key maps empty cells (e.g. `{"": "JIWA"}` fills an empty satuan).
 */
export const mapValuesStep: StepUnit<'map-values'> = {
  op: 'map-values',
  title: { id: 'Petakan nilai', en: 'Map values' },
  paramsSchema: opSchema(
    'map-values',
    {
      column: columnRef,
      mapping: {
        type: 'object',
        minProperties: 1,
        maxProperties: 1000000,
        additionalProperties: { type: 'string', maxLength: 100000 },
      },
      caseSensitive: { type: 'boolean' },
    },
    ['column', 'mapping'],
  ),
  plan(shape, p) {
    return resolveColumn(shape, p.column) < 0
      ? { ok: false, reason: columnMissing([p.column]) }
      : { ok: true, shape };
  },
  create(shape, p) {
    const col = resolveColumn(shape, p.column);
    const counts = newCounts();
    const caseSensitive = p.caseSensitive !== false;
    const table = new Map<string, string>();
    for (const [from, to] of Object.entries(p.mapping)) {
      const key = caseSensitive ? from.trim() : from.trim().toLowerCase();
      if (!table.has(key)) table.set(key, to);
    }
    const lookup = (v: string): string => {
      const exact = table.get(v);
      if (exact !== undefined) return exact;
      const t = v.trim();
      return table.get(caseSensitive ? t : t.toLowerCase()) ?? v;
    };
    // case-sensitive: a cell with no space at its ends (trim is a no-op) that is not a key stays
    const keep: KeepGuard[] | undefined = caseSensitive
      ? [{ kind: 'plain-edges' }, { kind: 'not-in', values: [...table.keys()] }]
      : undefined;
    return cellStep([col], lookup, counts, {
      includeEmpty: table.has(''),
      ...(keep ? { keep } : {}),
    });
  },
};
