import type { AddColumnStep, TableShape } from '../../../../shared/model/step';
import type { StepUnit } from '../types';
import { newCounts } from '../types';
import { columnExists, nameTaken, newColumn, resolveColumn, resolveColumns } from '../columns';
import { columnRef, exampleCollector, newColumnName, opSchema } from '../cells';
import {
  ExpressionError,
  compileExpression,
  expressionColumns,
  parseExpression,
  type Expr,
} from '../expression';

function position(shape: TableShape, p: AddColumnStep): number {
  if (p.after === undefined) return shape.columns.length;
  const i = resolveColumn(shape, p.after);
  return i < 0 ? -1 : i + 1;
}

function parsed(p: AddColumnStep): Expr | null {
  return p.expression === undefined ? null : parseExpression(p.expression);
}

/**
 * Adds a column holding a constant (`satuan` = `JIWA`) or the value of a small expression over
 * other columns (`{laki_laki} + {perempuan}`, `{kode} & " - " & {nama}`; see expression.ts).
 * Arithmetic on a cell that is not a canonical number gives an empty cell, counted as unparsed.
 */
export const addColumnStep: StepUnit<'add-column'> = {
  op: 'add-column',
  title: { id: 'Tambah kolom', en: 'Add column' },
  paramsSchema: opSchema(
    'add-column',
    {
      name: newColumnName,
      value: { type: 'string', maxLength: 100000 },
      expression: { type: 'string', minLength: 1, maxLength: 1000 },
      after: columnRef,
    },
    ['name'],
    {
      oneOf: [
        { required: ['value'], not: { required: ['expression'] } },
        { required: ['expression'], not: { required: ['value'] } },
      ],
    },
  ),
  validate(p) {
    try {
      parsed(p);
      return null;
    } catch (e) {
      if (e instanceof ExpressionError) {
        return { code: 'expression-invalid', message: e.message, messageEn: e.messageEn };
      }
      throw e;
    }
  },
  plan(shape, p) {
    if (nameTaken(shape, p.name)) return { ok: false, reason: columnExists(p.name) };
    const refs = [...(p.after === undefined ? [] : [p.after])];
    const expr = parsed(p);
    if (expr) refs.push(...expressionColumns(expr));
    const r = resolveColumns(shape, refs);
    if (!r.ok) return r;
    const columns = shape.columns.map((c) => ({ ...c }));
    columns.splice(position(shape, p), 0, newColumn(p.name));
    return { ok: true, shape: { columns } };
  },
  create(shape, p) {
    const at = position(shape, p);
    const expr = parsed(p);
    const evaluate = expr ? compileExpression(expr, shape) : null;
    const constant = p.value ?? '';
    const counts = newCounts({ columnsAdded: 1, ...(evaluate ? { unparsed: 0 } : {}) });
    const examples = exampleCollector();
    const sources: (number | { constant: string })[] = shape.columns.map((_, i) => i);
    sources.splice(Math.max(at, 0), 0, { constant });
    return {
      counts,
      ...(evaluate ? {} : { columnMap: { sources, cellsChangedPerRow: constant === '' ? 0 : 1 } }),
      row(row) {
        let value = constant;
        if (evaluate) {
          const v = evaluate(row.cells);
          if (v === null) {
            counts.unparsed = (counts.unparsed ?? 0) + 1;
            examples.add(`baris ${row.line}`);
            value = '';
          } else value = v;
        }
        if (value !== '') counts.cellsChanged++;
        const cells = row.cells.slice(0, Math.max(at, 0));
        while (cells.length < at) cells.push('');
        cells.push(value);
        for (let i = at; i < row.cells.length; i++) cells.push(row.cells[i] ?? '');
        return { line: row.line, cells };
      },
      details: () => (evaluate ? { unparsedExamples: examples.list() } : {}),
    };
  },
};
