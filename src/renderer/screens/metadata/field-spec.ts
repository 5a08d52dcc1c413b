/**
 * One field of the form as the controls see it: where it lives (JSON pointer), its label and
 * help in the UI language, whether it is required right now, and its control. Built from a
 * profile field (top level, with the profile's hints) or from a nested schema property.
 */
import type { ProfileField } from '../../../shared/model/metadata';
import type { FormatLang } from '../../i18n/format';
import { formatExample, widgetFor, type SubField, type WidgetKind } from './field-kinds';
import { isPlainObject, toPointer } from './metadata-doc';
import type { ConditionalState } from './profile-rules';
import { vocabRefOfSchema, type VocabRef } from './vocab-options';

type Json = Record<string, unknown>;

export interface FieldSpec {
  key: string;
  pointer: string;
  label: string;
  help: string;
  example: string;
  /** required now: always, or because of the current answers */
  required: boolean;
  alwaysRequired: boolean;
  /** why the current answers make it required */
  requiredReason?: string;
  widget: WidgetKind;
  schema: Json;
  vocabulary?: VocabRef;
  /** vocabulary offered as suggestions for free text */
  suggestions?: string;
  /** the stored root value that narrows a `children` vocabulary */
  parentValue?: string;
  /** values of the profile's example offered as one-click additions to a list */
  quickAdd?: (string | number)[];
  private: boolean;
  readOnly: boolean;
}

/**
 * A list of short texts without a widget hint offers its example values as quick additions
 * (the missing-value markers "" and "-"); hinted lists (kata kunci) and numbers (tahun
 * prioritas) do not, their example is only an illustration.
 */
export function quickAddOf(field: Pick<ProfileField, 'widget' | 'example'>): string[] {
  if (field.widget !== undefined || !Array.isArray(field.example)) return [];
  return field.example.filter((v): v is string => typeof v === 'string');
}

export function pickLang(text: { id: string; en: string } | undefined, lang: FormatLang): string {
  if (!text) return '';
  return lang === 'en' ? text.en || text.id : text.id;
}

export function schemaOf(root: unknown, key: string): Json {
  const props = isPlainObject(root) ? root['properties'] : undefined;
  const s = isPlainObject(props) ? props[key] : undefined;
  return isPlainObject(s) ? s : {};
}

export function topFieldSpec(
  field: ProfileField,
  options: {
    rootSchema: unknown;
    base: readonly (string | number)[];
    lang: FormatLang;
    conditional: ConditionalState;
    parentValue?: string;
    readOnly?: boolean;
  },
): FieldSpec {
  const schema = schemaOf(options.rootSchema, field.key);
  const reason = options.conditional.required.get(field.key);
  const conditionallyRequired = options.conditional.required.has(field.key) && !field.required;
  const vocabulary = field.vocabulary ?? vocabRefOfSchema(schema);
  return {
    key: field.key,
    pointer: toPointer([...options.base, field.key]),
    label: pickLang(field.label, options.lang),
    help: pickLang(field.help, options.lang),
    example: formatExample(field.example),
    required: field.required || options.conditional.required.has(field.key),
    alwaysRequired: field.required,
    ...(conditionallyRequired && reason ? { requiredReason: pickLang(reason, options.lang) } : {}),
    widget: widgetFor(field.widget, schema),
    schema,
    ...(vocabulary ? { vocabulary } : {}),
    ...(field.suggestions ? { suggestions: field.suggestions } : {}),
    ...(options.parentValue ? { parentValue: options.parentValue } : {}),
    ...(quickAddOf(field).length > 0 ? { quickAdd: quickAddOf(field) } : {}),
    private: field.private === true,
    readOnly: options.readOnly === true,
  };
}

export function subFieldSpec(
  sub: SubField,
  options: {
    base: readonly (string | number)[];
    label: string;
    conditional: ConditionalState;
    lang: FormatLang;
  },
): FieldSpec {
  const reason = options.conditional.required.get(sub.key);
  const vocabulary = vocabRefOfSchema(sub.schema);
  return {
    key: sub.key,
    pointer: toPointer([...options.base, sub.key]),
    label: options.label,
    help: '',
    example: '',
    required: sub.required || options.conditional.required.has(sub.key),
    alwaysRequired: sub.required,
    ...(!sub.required && reason ? { requiredReason: pickLang(reason, options.lang) } : {}),
    widget: widgetFor(undefined, sub.schema),
    schema: sub.schema,
    ...(vocabulary ? { vocabulary } : {}),
    private: false,
    readOnly: false,
  };
}
