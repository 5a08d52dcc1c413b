/**
 * The "Tambah langkah" form, generated from each op's parameter schema ('steps:list-ops').
 * The schema says the shape (text, list, yes/no, choice, mapping); a small table says which
 * parameters name an existing column (a picker) rather than a new name (typed in).
 */
import type { StepCatalogEntry } from '../../../shared/api/clean';
import type { Step, StepOp } from '../../../shared/model/step';

/** The ops the form offers, in menu order. */
export const FORM_OPS: readonly StepOp[] = [
  'trim',
  'normalize-case',
  'replace',
  'map-values',
  'parse-number',
  'parse-date',
  'rename-column',
  'drop-columns',
  'fill-down',
  'add-column',
  'mask-personal',
  'dedupe',
  'unpivot',
];

/** Parameters that name a column of the current table (the others are new names or text). */
const COLUMN_REFS: Partial<Record<StepOp, readonly string[]>> = {
  trim: ['columns'],
  'normalize-case': ['columns'],
  replace: ['columns'],
  'parse-number': ['column'],
  'parse-date': ['column'],
  'rename-column': ['from'],
  'drop-columns': ['columns'],
  'map-values': ['column'],
  'fill-down': ['columns'],
  'add-column': ['after'],
  'mask-personal': ['columns'],
  dedupe: ['key'],
  unpivot: ['columns'],
};

/** Booleans whose default (when left out of the step) is true. */
const TRUE_BY_DEFAULT: Partial<Record<StepOp, readonly string[]>> = {
  'parse-date': ['excelSerial'],
};

export type FieldKind =
  'column' | 'columns' | 'text' | 'names' | 'choice' | 'flag' | 'mapping' | 'integer';

export interface FormField {
  name: string;
  kind: FieldKind;
  required: boolean;
  /** choice: the allowed values */
  options?: string[];
  /** flag: the value the service assumes when the step leaves it out */
  defaultFlag?: boolean;
  /** text: '' is a real value (replace with nothing, an empty constant) */
  allowEmpty?: boolean;
}

export interface StepForm {
  op: StepOp;
  fields: FormField[];
  /** parameters of which exactly one is given (add-column: value or expression) */
  oneOf: string[] | null;
}

export interface MappingRow {
  from: string;
  to: string;
}

export type FieldValue = string | string[] | boolean | MappingRow[];
export type FormValues = Record<string, FieldValue>;

interface SchemaNode {
  type?: string;
  enum?: unknown[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  oneOf?: SchemaNode[];
  minLength?: number;
}

function kindOf(op: StepOp, name: string, s: SchemaNode): FieldKind | null {
  const ref = COLUMN_REFS[op]?.includes(name) ?? false;
  if (Array.isArray(s.enum)) return 'choice';
  if (s.type === 'boolean') return 'flag';
  if (s.type === 'integer' || s.type === 'number') return 'integer';
  if (s.type === 'string') return ref ? 'column' : 'text';
  if (s.type === 'array' && s.items?.type === 'string') return ref ? 'columns' : 'names';
  if (s.type === 'object' && typeof s.additionalProperties === 'object') return 'mapping';
  return null;
}

/** The form of one catalog entry; parameters of a shape the form cannot edit are left out. */
export function formFor(entry: StepCatalogEntry): StepForm {
  const schema = entry.paramsSchema as SchemaNode;
  const required = new Set(schema.required ?? []);
  const fields: FormField[] = [];
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    if (name === 'op') continue;
    const kind = kindOf(entry.op, name, node);
    if (!kind) continue;
    const field: FormField = { name, kind, required: required.has(name) };
    if (kind === 'choice') field.options = (node.enum ?? []).map(String);
    if (kind === 'flag') field.defaultFlag = TRUE_BY_DEFAULT[entry.op]?.includes(name) ?? false;
    if (kind === 'text' && !((node.minLength ?? 0) > 0)) field.allowEmpty = true;
    fields.push(field);
  }
  const single = (schema.oneOf ?? []).map((s) => s.required ?? []).filter((r) => r.length === 1);
  const oneOf = single.length >= 2 ? single.map((r) => r[0] ?? '') : null;
  return { op: entry.op, fields, oneOf };
}

/** Starting values: required choices take their first option, flags their default. */
export function initialValues(form: StepForm, column?: string): FormValues {
  const values: FormValues = {};
  for (const f of form.fields) {
    if (f.kind === 'flag') values[f.name] = f.defaultFlag ?? false;
    else if (f.kind === 'choice') values[f.name] = f.required ? (f.options?.[0] ?? '') : '';
    else if (f.kind === 'columns') values[f.name] = column ? [column] : [];
    else if (f.kind === 'mapping') values[f.name] = [{ from: '', to: '' }];
    else if (f.kind === 'column') values[f.name] = f.required && column ? column : '';
    else values[f.name] = '';
  }
  return values;
}

/** "a, b , c" → ["a", "b", "c"] */
export function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function mappingObject(rows: readonly MappingRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    if (r.from === '' && r.to === '') continue;
    out[r.from] = r.to;
  }
  return out;
}

export type BuildResult = { ok: true; step: Step } | { ok: false; missing: string[] };

/**
 * The step from the form: empty optional parameters are left out, flags only when they differ
 * from their default; `chosen` picks the one parameter of a oneOf group.
 */
export function buildStep(form: StepForm, values: FormValues, chosen?: string): BuildResult {
  const step: Record<string, unknown> = { op: form.op };
  const missing: string[] = [];
  for (const f of form.fields) {
    if (form.oneOf?.includes(f.name) && f.name !== (chosen ?? form.oneOf[0])) continue;
    const required = f.required || (form.oneOf?.includes(f.name) ?? false);
    const v = values[f.name];
    let out: unknown;
    switch (f.kind) {
      case 'flag':
        if (typeof v === 'boolean' && v !== (f.defaultFlag ?? false)) out = v;
        break;
      case 'columns':
        if (Array.isArray(v) && v.length > 0) out = [...(v as string[])];
        break;
      case 'names':
        if (typeof v === 'string' && splitNames(v).length > 0) out = splitNames(v);
        break;
      case 'mapping': {
        const m = Array.isArray(v) ? mappingObject(v as MappingRow[]) : {};
        if (Object.keys(m).length > 0) out = m;
        break;
      }
      case 'integer':
        if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) out = Number(v);
        break;
      default:
        // text may be a lone space on purpose (replace with " "); '' only where it is a value
        if (typeof v === 'string' && (v !== '' || (required && f.allowEmpty))) out = v;
    }
    if (out === undefined) {
      if (required && f.kind !== 'flag') missing.push(f.name);
      continue;
    }
    step[f.name] = out;
  }
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, step: step as unknown as Step };
}

/** Every parameter name the form can show, for the label catalog test. */
export const KNOWN_FIELDS = [
  'columns',
  'column',
  'collapse',
  'case',
  'find',
  'replace',
  'regex',
  'caseSensitive',
  'wholeCell',
  'locale',
  'stripSymbols',
  'order',
  'excelSerial',
  'from',
  'to',
  'mapping',
  'name',
  'value',
  'expression',
  'after',
  'method',
  'salt',
  'key',
  'keep',
  'nameColumn',
  'valueColumn',
  'use',
  'dropEmpty',
] as const;
