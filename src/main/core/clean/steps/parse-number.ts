import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumn, columnMissing } from '../columns';
import { cellStep, columnRef, exampleCollector, opSchema } from '../cells';
import { parseLocaleNumber } from '../number-canonical';

/**
 * Numbers written in the Indonesian (`1.234,56`, `92.651`) or English (`1,234.56`) way →
 * canonical plain decimal (`1234.56`, `92651`). Values that do not parse (`-`, `n/a`,
 * `6.47103E+15`) stay as they are and are counted as unparsed.
 */
export const parseNumberStep: StepUnit<'parse-number'> = {
  op: 'parse-number',
  title: { id: 'Baca angka', en: 'Parse numbers' },
  paramsSchema: opSchema(
    'parse-number',
    { column: columnRef, locale: { enum: ['id', 'en'] }, stripSymbols: { type: 'boolean' } },
    ['column', 'locale'],
  ),
  plan(shape, p) {
    return resolveColumn(shape, p.column) < 0
      ? { ok: false, reason: columnMissing([p.column]) }
      : { ok: true, shape };
  },
  create(shape, p) {
    const col = resolveColumn(shape, p.column);
    const counts = newCounts({ unparsed: 0 });
    const examples = exampleCollector();
    const options = { stripSymbols: p.stripSymbols === true };
    const parse = (v: string): string | null => parseLocaleNumber(v, p.locale, options);
    return {
      // a canonical number (`52955`, `-3`, `44.51`) is already the result
      ...cellStep([col], parse, counts, {
        onUnparsed: examples.add,
        keep: [{ kind: 'canonical-number', locale: p.locale }],
      }),
      details: () => ({ unparsedExamples: examples.list() }),
    };
  },
};
