/** A one-line label for a step in both languages, for the step list, undo and the report. */
import type { Step } from '../../../shared/model/step';
import { STEP_REGISTRY } from './registry';

function list(values: readonly string[] | undefined, all: string): string {
  if (!values || values.length === 0) return all;
  const shown = values.slice(0, 3).join(', ');
  return values.length > 3 ? `${shown} +${values.length - 3}` : shown;
}

function detail(step: Step): { id: string; en: string } {
  switch (step.op) {
    case 'trim':
    case 'replace':
      return { id: list(step.columns, 'semua kolom'), en: list(step.columns, 'every column') };
    case 'set-cell':
      return {
        id: `${step.column} baris ${step.line} → "${step.value}"`,
        en: `${step.column} row ${step.line} → "${step.value}"`,
      };
    case 'rename-column':
      return { id: `${step.from} → ${step.to}`, en: `${step.from} → ${step.to}` };
    case 'dedupe':
      return { id: list(step.key, 'baris identik'), en: list(step.key, 'identical rows') };
    case 'drop-rows': {
      const n = step.lines?.length ?? 0;
      const where = (step.where ?? []).map((c) => c.column);
      const text = [n > 0 ? `${n}` : '', ...where].filter((s) => s !== '').join(', ');
      return { id: text, en: text };
    }
    case 'add-column':
    case 'split-column':
    case 'merge-columns': {
      const target =
        step.op === 'add-column' ? step.name : step.op === 'split-column' ? step.column : step.into;
      return { id: target, en: target };
    }
    case 'unpivot':
    case 'normalize-case':
    case 'drop-columns':
    case 'fill-down':
    case 'mask-personal':
      return { id: list(step.columns, ''), en: list(step.columns, '') };
    case 'pivot':
      return { id: step.nameColumn, en: step.nameColumn };
    case 'reconcile-region': {
      const c = step.nameColumn ?? step.codeColumn ?? '';
      return { id: c, en: c };
    }
    case 'parse-number':
    case 'parse-date':
    case 'map-values':
      return { id: step.column, en: step.column };
  }
}

export function describeStep(step: Step): { id: string; en: string } {
  const title = STEP_REGISTRY[step.op].title;
  const d = detail(step);
  return {
    id: d.id ? `${title.id}: ${d.id}` : title.id,
    en: d.en ? `${title.en}: ${d.en}` : title.en,
  };
}
