/**
 * A metadata document as people read it, driven by its profile (resources/standards): the
 * profile's groups become sections, its fields label/value lines in the profile's order and
 * with its Indonesian (or English) labels; vocabulary codes become their labels, dates are
 * written out, booleans are Ya/Tidak, lists of records become tables. Used by the catalog
 * pages and by the printable forms, so both say the same thing.
 */
import type {
  CatalogColumn,
  CatalogLang,
  PrintBlock,
  PrintField,
  PrintSection,
  PrintTable,
} from '../../../shared/model/catalog';
import type { ProfileField } from '../../../shared/model/metadata';
import { getProfile, vocabularySpec, type CompiledProfile } from '../metadata/profiles';
import { getVocabulary, hasVocabulary, lookupVocabularyValue } from '../metadata/vocabularies';
import { formatDate, formatNumber } from './format';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Labels of keys inside objects and lists of records (the UI hints only label top-level fields). */
const SUB_LABELS: Record<string, [string, string]> = {
  nama: ['Nama', 'Name'],
  unit: ['Unit kerja', 'Unit'],
  email: ['Email', 'Email'],
  telepon: ['Telepon', 'Phone'],
  faksimile: ['Faksimile', 'Fax'],
  jabatan: ['Jabatan', 'Position'],
  alamat: ['Alamat', 'Address'],
  tahap: ['Tahap', 'Phase'],
  mulai: ['Mulai', 'Start'],
  selesai: ['Selesai', 'End'],
  konsep: ['Konsep', 'Concept'],
  definisi: ['Definisi', 'Definition'],
  referensi_waktu: ['Referensi waktu', 'Time reference'],
  kode_provinsi: ['Kode provinsi', 'Province code'],
  nama_provinsi: ['Provinsi', 'Province'],
  kode_kabupaten_kota: ['Kode kab./kota', 'Regency/city code'],
  nama_kabupaten_kota: ['Kabupaten/kota', 'Regency/city'],
  supervisor: ['Supervisor/penyelia', 'Supervisors'],
  enumerator: ['Pencacah', 'Enumerators'],
  produk: ['Produk', 'Product'],
  tanggal: ['Tanggal', 'Date'],
  kode: ['Kode', 'Code'],
  nilai: ['Nilai', 'Value'],
  sumber: ['Sumber', 'Source'],
  sumber_publikasi: ['Sumber publikasi', 'Published in'],
  kegiatan_penghasil: ['Kegiatan penghasil', 'Producing activity'],
  sistem: ['Sistem', 'System'],
  level: ['Tingkat', 'Level'],
  edisi: ['Edisi', 'Edition'],
  daftar: ['Daftar', 'List'],
};

export function subLabel(key: string, lang: CatalogLang): string {
  const known = SUB_LABELS[key];
  if (known) return lang === 'id' ? known[0] : known[1];
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const WORDS = {
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  notFilled: { id: 'belum diisi', en: 'not filled in' },
} as const;

/** A profile by name; an unknown or missing name falls back to `sdi-dataset`. */
export function profileOrDefault(name: string | undefined): CompiledProfile {
  if (name !== undefined) {
    try {
      return getProfile(name);
    } catch {
      // fall through to the national profile
    }
  }
  return getProfile('sdi-dataset');
}

/** The profile a `$ref` such as `standar-data-kolom.schema.json` points to. */
function refSchema(ref: unknown): Json | undefined {
  if (typeof ref !== 'string') return undefined;
  const m = /([a-z0-9-]+)\.schema\.json$/.exec(ref);
  if (!m?.[1]) return undefined;
  try {
    return getProfile(m[1]).schema;
  } catch {
    return undefined;
  }
}

function deref(schema: Json | undefined): Json {
  if (!schema) return {};
  return refSchema(schema['$ref']) ?? schema;
}

function vocabLabel(spec: unknown, value: string, lang: CatalogLang): string {
  const vs = vocabularySpec(spec);
  if (!vs || !hasVocabulary(vs.id)) return value;
  const found = lookupVocabularyValue(vs.id, value);
  return found ? found.label[lang] : value;
}

export function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.every(isEmptyValue);
  if (isObject(v)) return Object.values(v).every(isEmptyValue);
  return false;
}

/** One scalar as text, according to its schema. */
export function formatScalar(key: string, schema: Json, value: unknown, lang: CatalogLang): string {
  if (typeof value === 'boolean') return value ? WORDS.yes[lang] : WORDS.no[lang];
  if (typeof value === 'number') {
    if (/tahun/.test(key) || (schema['type'] === 'integer' && value >= 1900 && value <= 2100)) {
      return String(value);
    }
    return formatNumber(value, lang, 6);
  }
  if (typeof value !== 'string') return JSON.stringify(value);
  const v = value.trim();
  if (schema['x-vocabulary'] !== undefined) return vocabLabel(schema['x-vocabulary'], v, lang);
  if (
    schema['format'] === 'date' ||
    schema['format'] === 'date-time' ||
    /^(periode|tanggal)/.test(key)
  ) {
    return formatDate(v, lang);
  }
  return v;
}

/** A record's properties as "Label: value" lines. */
function objectLines(schema: Json, value: Json, lang: CatalogLang): string[] {
  const props = (schema['properties'] ?? {}) as Record<string, Json>;
  const keys = [...Object.keys(props), ...Object.keys(value).filter((k) => !(k in props))];
  const lines: string[] = [];
  for (const k of keys) {
    const v = value[k];
    if (isEmptyValue(v)) continue;
    lines.push(`${subLabel(k, lang)}: ${formatValueLines(k, deref(props[k]), v, lang).join(', ')}`);
  }
  return lines;
}

/** Any value as lines of text (lists one item per line, records as "Label: value"). */
export function formatValueLines(
  key: string,
  schema: Json,
  value: unknown,
  lang: CatalogLang,
): string[] {
  if (isEmptyValue(value)) return [];
  if (Array.isArray(value)) {
    const items = deref(schema['items'] as Json | undefined);
    return value
      .filter((v) => !isEmptyValue(v))
      .flatMap((v) =>
        isObject(v)
          ? [objectLines(items, v, lang).join('; ')]
          : [formatScalar(key, items, v, lang)],
      );
  }
  if (isObject(value)) return objectLines(schema, value, lang);
  return [formatScalar(key, schema, value, lang)];
}

/** A list of records as a table: one column per property of the item schema that has a value. */
export function recordsTable(
  caption: string,
  itemSchema: Json,
  records: readonly Json[],
  lang: CatalogLang,
): PrintTable {
  const props = (itemSchema['properties'] ?? {}) as Record<string, Json>;
  const keys = [
    ...Object.keys(props),
    ...[...new Set(records.flatMap((r) => Object.keys(r)))].filter((k) => !(k in props)),
  ].filter((k) => records.some((r) => !isEmptyValue(r[k])));
  return {
    caption,
    columns: ['No.', ...keys.map((k) => subLabel(k, lang))],
    widths: [0.5, ...keys.map((k) => (k === 'definisi' || k === 'konsep' ? 3 : 1.5))],
    rows: records.map((r, i) => [
      String(i + 1),
      ...keys.map((k) => formatValueLines(k, deref(props[k]), r[k], lang).join(', ')),
    ]),
  };
}

export interface MetadataSectionsOptions {
  lang: CatalogLang;
  /** include fields marked `x-private` (personal contact data); the catalog never does */
  includePrivate: boolean;
  /** keys rendered elsewhere (e.g. `kolom`, shown as the column dictionary) */
  skip?: readonly string[];
  /** list fields without a value (printable forms: yes, so the gaps show) */
  showEmpty: boolean;
  /** a paragraph for a group whose fields are all empty, e.g. "not a survey" */
  emptyGroupNote?: (groupId: string) => string | undefined;
}

function fieldLabel(f: ProfileField, lang: CatalogLang): string {
  return f.label[lang] || f.key;
}

/** The sections of a metadata document, one per group of its profile. */
export function metadataSections(
  profile: CompiledProfile,
  doc: Json,
  options: MetadataSectionsOptions,
): PrintSection[] {
  const { lang } = options;
  const props = (profile.schema['properties'] ?? {}) as Record<string, Json>;
  const skip = new Set(['profil', ...(options.skip ?? [])]);
  const sections: PrintSection[] = [];
  for (const group of profile.groups) {
    const fields = profile.fields.filter(
      (f) =>
        f.group === group.id &&
        f.widget !== 'hidden' &&
        !skip.has(f.key) &&
        (options.includePrivate || f.private !== true),
    );
    if (fields.length === 0) continue;
    const blocks: PrintBlock[] = [];
    let pending: PrintField[] = [];
    const flush = (): void => {
      if (pending.length > 0) blocks.push({ kind: 'fields', fields: pending });
      pending = [];
    };
    const allEmpty = fields.every((f) => isEmptyValue(doc[f.key]));
    const note = allEmpty ? options.emptyGroupNote?.(group.id) : undefined;
    if (note !== undefined) {
      sections.push({
        heading: group.label[lang],
        blocks: [{ kind: 'paragraph', text: note, muted: true }],
      });
      continue;
    }
    for (const f of fields) {
      const schema = deref(props[f.key]);
      const value = doc[f.key];
      const label = fieldLabel(f, lang);
      if (isEmptyValue(value)) {
        if (options.showEmpty) {
          pending.push({ label, value: '', empty: true, required: f.required });
        }
        continue;
      }
      const items = deref(schema['items'] as Json | undefined);
      if (Array.isArray(value) && value.some(isObject)) {
        flush();
        blocks.push({
          kind: 'table',
          table: recordsTable(label, items, value.filter(isObject), lang),
        });
        continue;
      }
      const lines = formatValueLines(f.key, schema, value, lang);
      const field: PrintField = {
        label,
        value: lines.length === 1 ? (lines[0] ?? '') : lines,
        required: f.required,
      };
      if (f.key === 'rumus' || /^(id_|kode_)/.test(f.key) || f.key === 'slug') field.mono = true;
      pending.push(field);
    }
    flush();
    if (blocks.length > 0) sections.push({ heading: group.label[lang], blocks });
  }
  return sections;
}

export const NOT_FILLED = WORDS.notFilled;

// ── the column dictionary (Standar Data) ──────────────────────────────────────────────────

export interface DictionaryColumn extends CatalogColumn {
  peran?: string;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/**
 * The columns with their Standar Data: the workspace's columns, completed from the metadata's
 * `kolom` list (matched by name); `kolom` alone when the workspace gives no columns.
 */
export function dictionaryColumns(
  columns: readonly CatalogColumn[],
  kolom: unknown,
): DictionaryColumn[] {
  const fromDoc = new Map<string, Json>();
  if (Array.isArray(kolom)) {
    for (const k of kolom)
      if (isObject(k) && typeof k['nama'] === 'string') fromDoc.set(k['nama'], k);
  }
  const merge = (c: CatalogColumn, k: Json | undefined): DictionaryColumn => {
    const out: DictionaryColumn = { ...c };
    if (!k) return out;
    out.label = c.label || (str(k['judul']) ?? c.name);
    out.type ??= str(k['tipe_data']);
    out.konsep ??= str(k['konsep']);
    out.definisi ??= str(k['definisi']);
    out.klasifikasi ??= str(k['klasifikasi']);
    out.ukuran ??= str(k['ukuran']);
    out.satuan ??= str(k['satuan']);
    const peran = str(k['peran']);
    if (peran !== undefined) out.peran = peran;
    return out;
  };
  if (columns.length > 0) return columns.map((c) => merge(c, fromDoc.get(c.name)));
  return [...fromDoc.values()].map((k) =>
    merge({ name: String(k['nama']), label: str(k['judul']) ?? String(k['nama']) }, k),
  );
}

/** Label of a column type: a code of the `tipe-data` vocabulary or an inferred type. */
const INFERRED_TYPES: Record<string, [string, string]> = {
  integer: ['Bilangan bulat', 'Integer'],
  decimal: ['Bilangan desimal', 'Decimal'],
  percentage: ['Persentase', 'Percentage'],
  currency: ['Mata uang', 'Currency'],
  date: ['Tanggal', 'Date'],
  year: ['Tahun', 'Year'],
  boolean: ['Ya/tidak', 'Boolean'],
  'region-code': ['Kode wilayah', 'Region code'],
  identifier: ['Pengenal', 'Identifier'],
  category: ['Kategori', 'Category'],
  text: ['Teks', 'Text'],
  empty: ['Kosong', 'Empty'],
};

export function typeLabel(type: string | undefined, lang: CatalogLang): string {
  if (type === undefined || type === '') return '';
  const inferred = INFERRED_TYPES[type];
  if (inferred) return lang === 'id' ? inferred[0] : inferred[1];
  return lookupVocabularyValue('tipe-data', type)?.label[lang] ?? type;
}

export function classificationLabel(value: string | undefined, lang: CatalogLang): string {
  if (value === undefined || value === '') return '';
  if (hasVocabulary(value)) return `${getVocabulary(value).title[lang]} (${value})`;
  return value;
}

export function roleLabel(value: string | undefined, lang: CatalogLang): string {
  if (value === undefined) return '';
  return lookupVocabularyValue('peran-kolom', value)?.label[lang] ?? value;
}
