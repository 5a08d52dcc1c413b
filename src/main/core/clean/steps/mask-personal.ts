import { createHmac } from 'node:crypto';
import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumns } from '../columns';
import { cellStep, nonEmptyColumnList, opSchema } from '../cells';

export const TRUNCATE_KEEP = 6;

/** Keeps the first 6 characters (the region part of a NIK or KK) and masks the rest with `*`. */
export function truncateValue(v: string): string {
  const chars = [...v];
  if (chars.length <= TRUNCATE_KEEP) return '*'.repeat(chars.length);
  return chars.slice(0, TRUNCATE_KEEP).join('') + '*'.repeat(chars.length - TRUNCATE_KEEP);
}

export function hashValue(v: string, salt: string): string {
  return createHmac('sha256', salt).update(v.trim(), 'utf8').digest('hex');
}

/**
 * Personal data (NIK, KK, phone, e-mail, names) out of a dataset: `drop` the columns, `hash`
 * them (HMAC-SHA-256 keyed with the recipe's secret `salt` — without a secret, a 16-digit NIK
 * can be found again by trying every plausible NIK), or `truncate` to the first 6 characters.
 * Empty cells stay empty.
 */
export const maskPersonalStep: StepUnit<'mask-personal'> = {
  op: 'mask-personal',
  title: { id: 'Samarkan data pribadi', en: 'Mask personal data' },
  paramsSchema: opSchema(
    'mask-personal',
    {
      columns: nonEmptyColumnList,
      method: { enum: ['drop', 'hash', 'truncate'] },
      salt: { type: 'string', minLength: 16, maxLength: 1000 },
    },
    ['columns', 'method'],
    {
      if: { properties: { method: { const: 'hash' } } },
      then: { required: ['salt'] },
    },
  ),
  plan(shape, p) {
    const r = resolveColumns(shape, p.columns);
    if (!r.ok) return r;
    if (p.method !== 'drop') return { ok: true, shape };
    const drop = new Set(r.indexes);
    return {
      ok: true,
      shape: { columns: shape.columns.filter((_, i) => !drop.has(i)).map((c) => ({ ...c })) },
    };
  },
  create(shape, p) {
    const r = resolveColumns(shape, p.columns);
    const indexes = r.ok ? r.indexes : [];
    if (p.method === 'drop') {
      const drop = new Set(indexes);
      const keep = shape.columns.map((_, i) => i).filter((i) => !drop.has(i));
      const counts = newCounts({ columnsRemoved: drop.size });
      return {
        counts,
        row: (row) => ({ line: row.line, cells: keep.map((i) => row.cells[i] ?? '') }),
        columnMap: { sources: keep, cellsChangedPerRow: 0 },
      };
    }
    const counts = newCounts();
    const salt = p.salt ?? '';
    const fn = p.method === 'hash' ? (v: string) => hashValue(v, salt) : truncateValue;
    return cellStep(indexes, fn, counts);
  },
};
