/**
 * The Standar Data of one dataset column inside the dataset's metadata document: the profile's
 * column-dictionary field (`kolom` in sdi-dataset) holds one entry per column, matched to the
 * data by the column's snake_case name (`nama`) and kept in the data's column order.
 */
import type { Column, Dataset } from '../../../shared/model/dataset';
import type { ProfileField } from '../../../shared/model/metadata';
import { isBlank, isPlainObject } from './metadata-doc';

type Json = Record<string, unknown>;

/** The Standar Data keys shown in the column summary. */
export const STANDARD_KEYS = [
  'konsep',
  'definisi',
  'klasifikasi',
  'ukuran',
  'satuan',
  'tipe_data',
  'nilai_hilang',
  'kode_referensi',
] as const;

/** The key of the profile's column dictionary, or undefined when the profile has none. */
export function columnDictionaryKey(fields: readonly ProfileField[]): string | undefined {
  return fields.find((f) => f.widget === 'column-dictionary')?.key;
}

export function entryName(entry: unknown): string | undefined {
  return isPlainObject(entry) && typeof entry['nama'] === 'string' ? entry['nama'] : undefined;
}

/** Position of the entry describing `column` (by name), or -1. */
export function entryIndexFor(list: unknown, column: Pick<Column, 'name'>): number {
  if (!Array.isArray(list)) return -1;
  return list.findIndex((e) => entryName(e) === column.name);
}

/**
 * The list with `entry` in place of the entry of the same name, or inserted after the entries
 * of the columns before it (`order`: the dataset's column names, left to right).
 */
export function upsertColumnEntry(list: unknown, entry: Json, order: readonly string[]): Json[] {
  const current: Json[] = Array.isArray(list) ? list.filter(isPlainObject) : [];
  const name = entryName(entry);
  const at = current.findIndex((e) => name !== undefined && entryName(e) === name);
  if (at >= 0) return current.map((e, i) => (i === at ? entry : e));
  const rank = name === undefined ? -1 : order.indexOf(name);
  let insertAt = current.length;
  if (rank >= 0) {
    insertAt = 0;
    current.forEach((e, i) => {
      const r = order.indexOf(entryName(e) ?? '');
      if (r >= 0 && r < rank) insertAt = i + 1;
    });
  }
  return [...current.slice(0, insertAt), entry, ...current.slice(insertAt)];
}

/** How many Standar Data parts of an entry are written. */
export function standardFilled(entry: unknown): number {
  if (!isPlainObject(entry)) return 0;
  return STANDARD_KEYS.filter((k) => !isBlank(entry[k])).length;
}

/**
 * True when someone described the column: a konsep or definisi is written (the parts only a
 * person can give; "Isi otomatis" proposes type, role and unit but never these).
 */
export function isDescribed(entry: unknown): boolean {
  return isPlainObject(entry) && (!isBlank(entry['konsep']) || !isBlank(entry['definisi']));
}

/** A new entry for a column: what the data suggests for it, else its name and label. */
export function newColumnEntry(column: Pick<Column, 'name' | 'label'>, suggested?: unknown): Json {
  if (isPlainObject(suggested) && entryName(suggested) === column.name) {
    return structuredClone(suggested);
  }
  return { nama: column.name, ...(column.label.trim() ? { judul: column.label.trim() } : {}) };
}

/** One line of the column dictionary: a column of the data and its entry (if written). */
export interface DictionaryRow {
  name: string;
  label: string;
  /** position of its entry in the dictionary, -1 when not written yet */
  entryIndex: number;
  entry: Json | null;
  inData: boolean;
}

/** The dataset's columns in order with their entries, then entries of columns not in the data. */
export function dictionaryRows(
  dataset: Pick<Dataset, 'columnList'> | null,
  value: unknown,
): DictionaryRow[] {
  const list: unknown[] = Array.isArray(value) ? value : [];
  const rows: DictionaryRow[] = (dataset?.columnList ?? []).map((c) => {
    const at = list.findIndex((e) => entryName(e) === c.name);
    const entry = at >= 0 && isPlainObject(list[at]) ? (list[at] as Json) : null;
    return { name: c.name, label: c.label, entryIndex: at, entry, inData: true };
  });
  list.forEach((e, i) => {
    const name = entryName(e);
    if (rows.some((r) => r.entryIndex === i)) return;
    rows.push({
      name: name ?? '',
      label: isPlainObject(e) && typeof e['judul'] === 'string' ? e['judul'] : '',
      entryIndex: i,
      entry: isPlainObject(e) ? e : null,
      inData: false,
    });
  });
  return rows;
}
