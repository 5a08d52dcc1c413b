import type { RowCondition } from '../../../../shared/model/step';
import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumns } from '../columns';
import { columnRef, opSchema } from '../cells';
import { MAX_REGEX_INPUT, compileGuardedRegex } from '../regex-guard';

type Test = (cells: readonly string[]) => boolean;

function conditionTest(c: RowCondition, col: number): Test {
  const cs = c.caseSensitive === true;
  const norm = (v: string): string => (cs ? v.trim() : v.trim().toLowerCase());
  const value = norm(c.value ?? '');
  const cell = (cells: readonly string[]): string => norm(cells[col] ?? '');
  switch (c.test) {
    case 'equals':
      return (cells) => cell(cells) === value;
    case 'not-equals':
      return (cells) => cell(cells) !== value;
    case 'contains':
      return (cells) => cell(cells).includes(value);
    case 'starts-with':
      return (cells) => cell(cells).startsWith(value);
    case 'empty':
      return (cells) => cell(cells) === '';
    case 'not-empty':
      return (cells) => cell(cells) !== '';
    case 'in': {
      const set = new Set((c.values ?? []).map(norm));
      return (cells) => set.has(cell(cells));
    }
    case 'matches': {
      const checked = compileGuardedRegex(c.value ?? '', cs);
      if (!checked.ok) return () => false;
      const re = checked.regex;
      return (cells) => {
        const v = cells[col] ?? '';
        if (v.length > MAX_REGEX_INPUT) return false;
        re.lastIndex = 0;
        return re.test(v);
      };
    }
  }
}

const conditionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['column', 'test'],
  properties: {
    column: columnRef,
    test: {
      enum: [
        'equals',
        'not-equals',
        'contains',
        'starts-with',
        'empty',
        'not-empty',
        'in',
        'matches',
      ],
    },
    value: { type: 'string', maxLength: 10000 },
    values: { type: 'array', items: { type: 'string', maxLength: 10000 }, maxItems: 100000 },
    caseSensitive: { type: 'boolean' },
  },
  allOf: [
    {
      if: {
        properties: {
          test: { enum: ['equals', 'not-equals', 'contains', 'starts-with', 'matches'] },
        },
      },
      then: { required: ['value'] },
    },
    { if: { properties: { test: { const: 'in' } } }, then: { required: ['values'] } },
  ],
} as const;

/**
 * Drops rows by source line (the rows of a finding, e.g. a total row — specific to one file) or
 * by conditions on cells (portable: `nama_kecamatan equals JUMLAH`). Comparisons trim the cell
 * and ignore case unless `caseSensitive`. A row is dropped when it is in `lines` or matches `where`.
 */
export const dropRowsStep: StepUnit<'drop-rows'> = {
  op: 'drop-rows',
  title: { id: 'Hapus baris', en: 'Drop rows' },
  paramsSchema: opSchema(
    'drop-rows',
    {
      lines: { type: 'array', items: { type: 'integer', minimum: 1 }, maxItems: 1000000 },
      where: { type: 'array', items: conditionSchema, minItems: 1, maxItems: 100 },
      match: { enum: ['all', 'any'] },
    },
    [],
    { anyOf: [{ required: ['lines'] }, { required: ['where'] }] },
  ),
  validate(p) {
    for (const c of p.where ?? []) {
      if (c.test !== 'matches') continue;
      const checked = compileGuardedRegex(c.value ?? '', c.caseSensitive === true);
      if (!checked.ok) return checked.reason;
    }
    return null;
  },
  plan(shape, p) {
    const r = resolveColumns(
      shape,
      (p.where ?? []).map((c) => c.column),
    );
    return r.ok ? { ok: true, shape } : r;
  },
  create(shape, p) {
    const lines = new Set(p.lines ?? []);
    const where = p.where ?? [];
    const r = resolveColumns(
      shape,
      where.map((c) => c.column),
    );
    const indexes = r.ok ? r.indexes : [];
    const tests = where.map((c, k) => conditionTest(c, indexes[k] ?? -1));
    const any = p.match === 'any';
    const matches = (cells: readonly string[]): boolean => {
      if (tests.length === 0) return false;
      return any ? tests.some((t) => t(cells)) : tests.every((t) => t(cells));
    };
    return {
      counts: newCounts(),
      row: (row) => (lines.has(row.line) || matches(row.cells) ? null : row),
    };
  },
};
