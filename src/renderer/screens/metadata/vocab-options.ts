/**
 * Vocabulary values as choices in the editor: the label in the UI language, the value the
 * profile stores (the code, or the Indonesian label for `value: 'label'`), sub-topics limited
 * to the chosen topic, retired values hidden unless already chosen.
 */
import type { Vocabulary, VocabularyValue } from '../../../shared/model/metadata';
import type { FormatLang } from '../../i18n/format';
import { isPlainObject } from './metadata-doc';

export interface VocabRef {
  id: string;
  select: 'all' | 'roots' | 'children';
  value: 'code' | 'label';
}

export interface ChoiceOption {
  value: string;
  label: string;
  /** a second line: the code or the parent's name */
  detail?: string;
  /** top-level value of a hierarchy (shown bolder) */
  root?: boolean;
}

/** The `x-vocabulary` annotation of a schema ('id' or { id, select, value }). */
export function vocabRefOf(raw: unknown): VocabRef | undefined {
  if (typeof raw === 'string') return { id: raw, select: 'all', value: 'code' };
  if (!isPlainObject(raw) || typeof raw['id'] !== 'string') return undefined;
  const select = raw['select'] === 'roots' || raw['select'] === 'children' ? raw['select'] : 'all';
  return { id: raw['id'], select, value: raw['value'] === 'label' ? 'label' : 'code' };
}

/** The vocabulary of a schema node or of its list items. */
export function vocabRefOfSchema(schema: unknown): VocabRef | undefined {
  if (!isPlainObject(schema)) return undefined;
  const own = vocabRefOf(schema['x-vocabulary']);
  if (own) return own;
  const items = schema['items'];
  return isPlainObject(items) ? vocabRefOf(items['x-vocabulary']) : undefined;
}

export function labelIn(value: VocabularyValue, lang: FormatLang): string {
  return lang === 'en' ? value.label.en : value.label.id;
}

function storedValue(v: VocabularyValue, ref: VocabRef): string {
  return ref.value === 'label' ? v.label.id : v.code;
}

/** Codes that carry meaning for the steward (2.12, 64) are shown beside the label. */
function showsCode(code: string): boolean {
  return /[0-9]/.test(code);
}

export interface OptionFilter {
  /** for `select: 'children'`: only children of this stored root value */
  parent?: string;
  /** values already chosen stay offered even when retired */
  current?: readonly string[];
}

export function vocabOptions(
  vocab: Vocabulary | undefined,
  ref: VocabRef,
  lang: FormatLang,
  filter: OptionFilter = {},
): ChoiceOption[] {
  if (!vocab) return [];
  const byCode = new Map(vocab.values.map((v) => [v.code, v]));
  const current = new Set(filter.current ?? []);
  const hierarchical = vocab.values.some((x) => x.parent !== undefined);
  let values = vocab.values;
  if (ref.select === 'roots') values = values.filter((v) => v.parent === undefined);
  if (ref.select === 'children') {
    values = values.filter((v) => v.parent !== undefined);
    if (filter.parent) {
      const root = vocab.values.find(
        (v) => v.parent === undefined && storedValue(v, ref) === filter.parent,
      );
      if (root) values = values.filter((v) => v.parent === root.code);
    }
  }
  return values
    .filter((v) => !v.disabled || current.has(storedValue(v, ref)))
    .map((v) => {
      const parent = v.parent ? byCode.get(v.parent) : undefined;
      const detail = [
        showsCode(v.code) ? v.code : '',
        ref.select === 'all' && parent ? labelIn(parent, lang) : '',
      ]
        .filter((s) => s !== '')
        .join(' · ');
      return {
        value: storedValue(v, ref),
        label: labelIn(v, lang),
        ...(detail ? { detail } : {}),
        ...(hierarchical && v.parent === undefined ? { root: true } : {}),
      };
    });
}

/** Choices of a plain `enum` without a vocabulary. */
export function enumOptions(schema: unknown): ChoiceOption[] {
  if (!isPlainObject(schema) || !Array.isArray(schema['enum'])) return [];
  return schema['enum']
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => ({ value: String(v), label: String(v) }));
}

/**
 * The field whose value narrows a `children` vocabulary field: the field of the same
 * vocabulary with `select: 'roots'` (sub_topik follows topik).
 */
export function parentFieldOf(
  field: { key: string; vocabulary?: VocabRef },
  fields: readonly { key: string; vocabulary?: VocabRef }[],
): string | undefined {
  const ref = field.vocabulary;
  if (!ref || ref.select !== 'children') return undefined;
  return fields.find(
    (f) => f.key !== field.key && f.vocabulary?.id === ref.id && f.vocabulary.select === 'roots',
  )?.key;
}

/** The label of a stored value, or the value itself when the vocabulary does not know it. */
export function labelOfValue(
  vocab: Vocabulary | undefined,
  ref: VocabRef,
  value: string,
  lang: FormatLang,
): string {
  const found = vocab?.values.find((v) => storedValue(v, ref) === value);
  return found ? labelIn(found, lang) : value;
}

function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Options whose label, code or detail contains every typed word. */
export function filterOptions(
  options: readonly ChoiceOption[],
  query: string,
  limit = 12,
): ChoiceOption[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  const hits = options.filter((o) => {
    const hay = normalise(`${o.label} ${o.value} ${o.detail ?? ''}`);
    return words.every((w) => hay.includes(w));
  });
  return hits.slice(0, limit);
}
