/**
 * Which control a profile field gets. The profile's UI hint (`widget`) decides first; without
 * one the field's JSON Schema does (a date format gets a date picker, a vocabulary a select, a
 * list of objects a table of rows, …). Nested properties (a contact's email, a schedule row's
 * start date) are found in the schema, since the hints only describe top-level fields.
 */
import { isPlainObject } from './metadata-doc';

type Json = Record<string, unknown>;

export type WidgetKind =
  | 'hidden'
  | 'text'
  | 'textarea'
  | 'period'
  | 'date'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'select'
  | 'multiselect'
  | 'tags'
  | 'list'
  | 'region-codes'
  | 'object'
  | 'table'
  | 'column-dictionary'
  | 'reference-list';

const HINTED: Record<string, WidgetKind> = {
  hidden: 'hidden',
  text: 'text',
  textarea: 'textarea',
  select: 'select',
  multiselect: 'multiselect',
  tags: 'tags',
  table: 'table',
  'region-codes': 'region-codes',
  'column-dictionary': 'column-dictionary',
  'reference-list': 'reference-list',
};

/** Strings longer than this get a text area. */
const LONG_TEXT = 500;
/** List items longer than this get one input per row instead of chips. */
const SHORT_ITEM = 100;

export function schemaType(schema: unknown): string {
  if (!isPlainObject(schema)) return 'string';
  const t = schema['type'];
  if (typeof t === 'string') return t;
  if (Array.isArray(t) && typeof t[0] === 'string') return t[0];
  if (schema['$ref'] !== undefined || isPlainObject(schema['properties'])) return 'object';
  return 'string';
}

export function itemSchema(schema: unknown): Json {
  const items = isPlainObject(schema) ? schema['items'] : undefined;
  return isPlainObject(items) ? items : {};
}

/** True when a schema takes values from a list (a vocabulary or a plain enum). */
export function hasChoices(schema: unknown): boolean {
  return isPlainObject(schema) && (schema['x-vocabulary'] !== undefined || 'enum' in schema);
}

function isPeriodPattern(pattern: unknown): boolean {
  return typeof pattern === 'string' && pattern.startsWith('^[0-9]{4}(');
}

/** The control for a field: its `widget` hint, else what its schema says. */
export function widgetFor(hint: string | undefined, schema: unknown): WidgetKind {
  const hinted = hint ? HINTED[hint] : undefined;
  if (hinted) return hinted;
  const s = isPlainObject(schema) ? schema : {};
  switch (schemaType(s)) {
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'object':
      return 'object';
    case 'array': {
      const items = itemSchema(s);
      const itemType = schemaType(items);
      if (itemType === 'object') return 'table';
      if (hasChoices(items)) return 'multiselect';
      if (itemType === 'integer' || itemType === 'number') return 'tags';
      const max = items['maxLength'];
      return typeof max === 'number' && max <= SHORT_ITEM ? 'tags' : 'list';
    }
    default: {
      if (hasChoices(s)) return 'select';
      if (s['format'] === 'date') return 'date';
      if (isPeriodPattern(s['pattern'])) return 'period';
      const max = s['maxLength'];
      if (typeof max === 'number' && max > LONG_TEXT) return 'textarea';
      return 'text';
    }
  }
}

/** Controls that need the whole row of the form. */
export function isWide(kind: WidgetKind): boolean {
  return (
    kind === 'textarea' ||
    kind === 'multiselect' ||
    kind === 'tags' ||
    kind === 'list' ||
    kind === 'region-codes' ||
    kind === 'object' ||
    kind === 'table' ||
    kind === 'column-dictionary'
  );
}

export interface SubField {
  key: string;
  schema: Json;
  required: boolean;
}

/** The properties of an object schema, in the order the profile lists them. */
export function subFields(schema: unknown): SubField[] {
  if (!isPlainObject(schema)) return [];
  const props = schema['properties'];
  if (!isPlainObject(props)) return [];
  const required = new Set(
    Array.isArray(schema['required'])
      ? schema['required'].filter((k) => typeof k === 'string')
      : [],
  );
  return Object.entries(props).map(([key, s]) => ({
    key,
    schema: isPlainObject(s) ? s : {},
    required: required.has(key),
  }));
}

/** 'sumber_publikasi' → 'Sumber publikasi' (for nested keys the catalog does not name). */
export function humanizeKey(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A profile example as one line of text. */
export function formatExample(example: unknown): string {
  if (example === undefined || example === null) return '';
  if (typeof example === 'string') return example;
  if (typeof example === 'number' || typeof example === 'boolean') return String(example);
  if (Array.isArray(example)) {
    return example
      .map((e) => (e === '' ? '""' : isPlainObject(e) ? formatExample(e) : String(e)))
      .join(', ');
  }
  if (isPlainObject(example)) {
    return Object.values(example)
      .filter((v) => v !== undefined && v !== null && v !== '')
      .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
      .join(' · ');
  }
  return '';
}
