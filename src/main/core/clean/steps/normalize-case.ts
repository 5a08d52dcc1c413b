import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumns } from '../columns';
import { cellStep, nonEmptyColumnList, opSchema } from '../cells';

/** Title Case: a capital after a space, `(`, `/` or the start; the rest lower-case (`Laki-laki`). */
export function titleCase(v: string): string {
  const lower = v.toLowerCase();
  let out = '';
  let start = true;
  for (const ch of lower) {
    out += start ? ch.toUpperCase() : ch;
    start = /[\s(/]/.test(ch);
  }
  return out;
}

export function sentenceCase(v: string): string {
  const lower = v.toLowerCase();
  const m = /\p{L}/u.exec(lower);
  if (!m) return lower;
  return lower.slice(0, m.index) + lower.charAt(m.index).toUpperCase() + lower.slice(m.index + 1);
}

const CASES = {
  upper: (v: string) => v.toUpperCase(),
  lower: (v: string) => v.toLowerCase(),
  title: titleCase,
  sentence: sentenceCase,
} as const;

export const normalizeCaseStep: StepUnit<'normalize-case'> = {
  op: 'normalize-case',
  title: { id: 'Seragamkan huruf besar/kecil', en: 'Normalize case' },
  paramsSchema: opSchema(
    'normalize-case',
    {
      columns: nonEmptyColumnList,
      case: { enum: ['upper', 'lower', 'title', 'sentence'] },
    },
    ['columns', 'case'],
  ),
  plan(shape, p) {
    const r = resolveColumns(shape, p.columns);
    return r.ok ? { ok: true, shape } : r;
  },
  create(shape, p) {
    const r = resolveColumns(shape, p.columns);
    const counts = newCounts();
    return cellStep(r.ok ? r.indexes : [], CASES[p.case], counts);
  },
};
