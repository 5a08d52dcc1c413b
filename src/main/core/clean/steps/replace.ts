import type { ReplaceStep } from '../../../../shared/model/step';
import type { KeepGuard, StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumnsOrAll } from '../columns';
import { cellStep, columnList, opSchema } from '../cells';
import { MAX_REGEX_INPUT, compileGuardedRegex } from '../regex-guard';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Replacer = (v: string) => string | null;

function replacer(p: ReplaceStep): Replacer {
  const caseSensitive = p.caseSensitive !== false;
  if (!p.regex) {
    if (p.wholeCell) {
      if (caseSensitive) return (v) => (v === p.find ? p.replace : v);
      const lower = p.find.toLowerCase();
      return (v) => (v.toLowerCase() === lower ? p.replace : v);
    }
    if (caseSensitive) {
      return (v) => (v.includes(p.find) ? v.split(p.find).join(p.replace) : v);
    }
    const re = new RegExp(escapeRegex(p.find), 'gi');
    const literal = p.replace.replace(/\$/g, '$$$$');
    return (v) => v.replace(re, literal);
  }
  const pattern = p.wholeCell ? `^(?:${p.find})$` : p.find;
  const checked = compileGuardedRegex(pattern, caseSensitive);
  if (!checked.ok) return () => null;
  const re = checked.regex;
  return (v) => {
    if (v.length > MAX_REGEX_INPUT) return null;
    re.lastIndex = 0;
    return v.replace(re, p.replace);
  };
}

/** Literal, case-sensitive replacing leaves a cell alone unless it contains (or is) `find`. */
function keepGuards(p: ReplaceStep): KeepGuard[] | undefined {
  if (p.regex || p.caseSensitive === false) return undefined;
  return [
    p.wholeCell ? { kind: 'not-in', values: [p.find] } : { kind: 'not-contains', text: p.find },
  ];
}

/**
 * Replaces text in cells: literal text (every occurrence) or a guarded regular expression,
 * where `$1`… in `replace` refer to groups. `wholeCell` only replaces a cell that matches as a whole.
 */
export const replaceStep: StepUnit<'replace'> = {
  op: 'replace',
  title: { id: 'Ganti teks', en: 'Replace text' },
  paramsSchema: opSchema(
    'replace',
    {
      columns: columnList,
      find: { type: 'string', minLength: 1, maxLength: 10000 },
      replace: { type: 'string', maxLength: 10000 },
      regex: { type: 'boolean' },
      caseSensitive: { type: 'boolean' },
      wholeCell: { type: 'boolean' },
    },
    ['find', 'replace'],
  ),
  validate(p) {
    if (!p.regex) return null;
    const checked = compileGuardedRegex(
      p.wholeCell ? `^(?:${p.find})$` : p.find,
      p.caseSensitive !== false,
    );
    return checked.ok ? null : checked.reason;
  },
  plan(shape, p) {
    const r = resolveColumnsOrAll(shape, p.columns);
    return r.ok ? { ok: true, shape } : r;
  },
  create(shape, p) {
    const r = resolveColumnsOrAll(shape, p.columns);
    const counts = newCounts(p.regex ? { unparsed: 0 } : {});
    const keep = keepGuards(p);
    return cellStep(r.ok ? r.indexes : [], replacer(p), counts, keep ? { keep } : {});
  },
};
