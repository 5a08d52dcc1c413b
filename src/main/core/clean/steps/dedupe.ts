import { hash } from 'node:crypto';
import type { Row } from '../../../../shared/model/step';
import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumns } from '../columns';
import { columnList, opSchema } from '../cells';

/**
 * The identity of a row for dedupe: the key cells joined with NUL, or length-prefixed in the
 * rare case a cell holds a NUL, so no two different keys give the same text.
 */
export function rowText(cells: readonly string[], indexes: readonly number[]): string {
  const parts: string[] = new Array<string>(indexes.length);
  let nul = false;
  for (let k = 0; k < indexes.length; k++) {
    const v = cells[indexes[k]!] ?? '';
    if (v.indexOf('\u0000') >= 0) nul = true;
    parts[k] = v;
  }
  return nul ? `~${parts.map((v) => `${v.length}:${v}`).join('')}` : `=${parts.join('\u0000')}`;
}

/** rowText, as a short digest when long (for Maps that hold one entry per row). */
export function rowKey(cells: readonly string[], indexes: readonly number[]): string {
  const text = rowText(cells, indexes);
  return text.length <= 40 ? text : `#${hash('sha1', text, 'base64')}`;
}

/**
 * Removes duplicate rows: exact duplicates (no key) or rows with the same key cells. keep
 * `first` (default) streams with a Set of key digests; keep `last` must hold every row until
 * the end (memory grows with the table) and emits the kept rows in their original order.
 */
export const dedupeStep: StepUnit<'dedupe'> = {
  op: 'dedupe',
  title: { id: 'Hapus duplikat', en: 'Remove duplicates' },
  paramsSchema: opSchema('dedupe', { key: columnList, keep: { enum: ['first', 'last'] } }),
  buffers: (p) => p.keep === 'last',
  plan(shape, p) {
    const r = resolveColumns(shape, p.key ?? []);
    return r.ok ? { ok: true, shape } : r;
  },
  create(shape, p) {
    const r = resolveColumns(shape, p.key ?? []);
    const indexes = p.key && p.key.length > 0 && r.ok ? r.indexes : shape.columns.map((_, i) => i);
    const counts = newCounts();
    if (p.keep !== 'last') {
      const seen = new Set<string>();
      return {
        counts,
        row(row) {
          const k = rowKey(row.cells, indexes);
          if (seen.has(k)) return null;
          seen.add(k);
          return row;
        },
      };
    }
    const rows: Row[] = [];
    const last = new Map<string, number>();
    return {
      counts,
      countsRows: true,
      row(row) {
        last.set(rowKey(row.cells, indexes), rows.length);
        rows.push(row);
        return null;
      },
      end() {
        const keep = new Set(last.values());
        const out = rows.filter((_, i) => keep.has(i));
        counts.rowsRemoved += rows.length - out.length;
        rows.length = 0;
        last.clear();
        return out;
      },
    };
  },
};
