/**
 * A stored metadata value as one line of text for reading (an older version in the history):
 * vocabulary codes become their labels, lists are joined, objects show their filled parts.
 */
import type { Vocabulary } from '../../../shared/model/metadata';
import type { FormatLang } from '../../i18n/format';
import { isBlank, isPlainObject } from './metadata-doc';
import { labelOfValue, type VocabRef } from './vocab-options';

export interface DisplayWords {
  yes: string;
  no: string;
  empty: string;
  /** "3 baris" */
  rows: (n: number) => string;
  subLabel: (key: string) => string;
}

export function displayValue(
  value: unknown,
  options: {
    vocabulary?: VocabRef;
    vocabularies: ReadonlyMap<string, Vocabulary>;
    lang: FormatLang;
    words: DisplayWords;
  },
): string {
  const { vocabulary, vocabularies, lang, words } = options;
  if (isBlank(value)) return words.empty;
  const one = (v: unknown): string => {
    if (typeof v === 'boolean') return v ? words.yes : words.no;
    if (typeof v === 'string' && vocabulary) {
      return labelOfValue(vocabularies.get(vocabulary.id), vocabulary, v, lang);
    }
    if (typeof v === 'string' || typeof v === 'number') return v === '' ? '""' : String(v);
    if (isPlainObject(v)) {
      return Object.entries(v)
        .filter(([, x]) => !isBlank(x))
        .map(([k, x]) => `${words.subLabel(k)}: ${one(x)}`)
        .join(' · ');
    }
    if (Array.isArray(v)) return v.map(one).join(', ');
    return '';
  };
  if (Array.isArray(value) && value.some(isPlainObject)) return words.rows(value.length);
  return one(value);
}
