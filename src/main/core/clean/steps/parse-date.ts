import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { resolveColumn, columnMissing } from '../columns';
import { cellStep, columnRef, exampleCollector, opSchema } from '../cells';
import { parseDateValue } from '../date-parse';

/**
 * Dates in any recognised format (`15 Januari 2024`, `3-Agu-2024`, `20/02/2024`, Excel serial
 * `45292`, ISO) → ISO 8601 `yyyy-mm-dd`. Values that do not parse stay and are counted.
 */
export const parseDateStep: StepUnit<'parse-date'> = {
  op: 'parse-date',
  title: { id: 'Baca tanggal', en: 'Parse dates' },
  paramsSchema: opSchema(
    'parse-date',
    { column: columnRef, order: { enum: ['dmy', 'mdy'] }, excelSerial: { type: 'boolean' } },
    ['column'],
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
    const options = { order: p.order ?? 'dmy', excelSerial: p.excelSerial !== false } as const;
    return {
      // a valid ISO date (year from 1000) parses to itself whatever the order
      ...cellStep([col], (v) => parseDateValue(v, options), counts, {
        onUnparsed: examples.add,
        keep: [{ kind: 'iso-date' }],
      }),
      details: () => ({ unparsedExamples: examples.list() }),
    };
  },
};
