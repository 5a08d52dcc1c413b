/**
 * What the catalog says about one dataset, computed once from a `CatalogEntry` and used by the
 * site, the table (CSV/XLSX) and DCAT: title, topics, producer, status, access decision, the
 * page path, and the preview with personal-data columns removed.
 */
import type {
  CatalogAccess,
  CatalogColumn,
  CatalogEntry,
  CatalogLang,
} from '../../../shared/model/catalog';
import { PRINCIPLE_LABELS, PRINCIPLES } from '../../../shared/model/finding';
import { titleFromFileName, toSlug } from '../export/slug';
import { lookupVocabularyValue } from '../metadata/vocabularies';
import { ACCESS_LABELS, catalogAccess } from './access';
import { formatPeriod } from './format';

/** Rows and characters per cell shown in a preview. */
export const PREVIEW_ROWS = 10;
export const PREVIEW_CELL_CHARS = 200;

export type ValidationState = 'lolos' | 'galat' | 'belum';

export interface CatalogPreview {
  columns: CatalogColumn[];
  rows: string[][];
  /** labels of the personal-data columns left out */
  hiddenColumns: string[];
}

export interface CatalogItem {
  entry: CatalogEntry;
  id: string;
  slug: string;
  /** `dataset/<slug>.html`, relative to the catalog root */
  pagePath: string;
  title: string;
  description: string;
  keywords: string[];
  topics: string[];
  producer?: string;
  publisher?: string;
  status?: { code: string; label: string };
  frequency?: string;
  period?: string;
  license?: string;
  access: CatalogAccess;
  accessLabel: string;
  validation: { state: ValidationState; label: string };
  /** present only when the access rule allows showing data */
  preview?: CatalogPreview;
}

type Json = Record<string, unknown>;

function text(doc: Json, key: string): string | undefined {
  const v = doc[key];
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function texts(doc: Json, key: string): string[] {
  const v = doc[key];
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[;,]/) : [];
  return list
    .filter((x): x is string | number => typeof x === 'string' || typeof x === 'number')
    .map((x) => String(x).trim())
    .filter((x) => x !== '');
}

function vocabLabel(vocabulary: string, value: string, lang: CatalogLang): string {
  return lookupVocabularyValue(vocabulary, value)?.label[lang] ?? value;
}

const VALIDATION_LABELS: Record<ValidationState, { id: string; en: string }> = {
  lolos: { id: 'Lolos validasi', en: 'Passed validation' },
  galat: { id: 'Ada galat', en: 'Has errors' },
  belum: { id: 'Belum divalidasi', en: 'Not validated' },
};

function validationOf(entry: CatalogEntry, lang: CatalogLang): CatalogItem['validation'] {
  const v = entry.validation;
  if (!v) return { state: 'belum', label: VALIDATION_LABELS.belum[lang] };
  if (v.errors > 0) {
    return {
      state: 'galat',
      label: lang === 'id' ? `${v.errors} galat` : `${v.errors} error${v.errors === 1 ? '' : 's'}`,
    };
  }
  return { state: 'lolos', label: VALIDATION_LABELS.lolos[lang] };
}

/** The preview without personal-data columns (and without cells beyond the known columns). */
export function safePreview(entry: Pick<CatalogEntry, 'columns' | 'previewRows'>): CatalogPreview {
  const keep = entry.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.personal !== true);
  const cut = (s: unknown): string => {
    const t = typeof s === 'string' ? s : s === undefined || s === null ? '' : String(s);
    return t.length > PREVIEW_CELL_CHARS ? `${t.slice(0, PREVIEW_CELL_CHARS - 1)}…` : t;
  };
  return {
    columns: keep.map(({ c }) => c),
    rows: entry.previewRows.slice(0, PREVIEW_ROWS).map((r) => keep.map(({ i }) => cut(r[i]))),
    hiddenColumns: entry.columns.filter((c) => c.personal === true).map((c) => c.label || c.name),
  };
}

export function datasetTitle(entry: CatalogEntry): string {
  const doc = entry.metadata ?? {};
  return text(doc, 'judul') ?? titleFromFileName(entry.fileName || entry.name);
}

/** Items in the given order with unique page slugs. */
export function catalogItems(entries: readonly CatalogEntry[], lang: CatalogLang): CatalogItem[] {
  const used = new Set<string>();
  return entries.map((entry) => {
    const doc = entry.metadata ?? {};
    const title = datasetTitle(entry);
    const base = toSlug(text(doc, 'slug') ?? title, toSlug(entry.name, 'dataset'));
    let slug = base;
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
    used.add(slug);
    const access = catalogAccess(entry);
    const item: CatalogItem = {
      entry,
      id: entry.id,
      slug,
      pagePath: `dataset/${slug}.html`,
      title,
      description: text(doc, 'deskripsi') ?? '',
      keywords: texts(doc, 'kata_kunci'),
      topics: texts(doc, 'topik').map((t) => vocabLabel('topik', t, lang)),
      access,
      accessLabel: ACCESS_LABELS[access.level][lang],
      validation: validationOf(entry, lang),
    };
    const producer = text(doc, 'produsen_data');
    if (producer !== undefined) item.producer = producer;
    const publisher = text(doc, 'walidata');
    if (publisher !== undefined) item.publisher = publisher;
    const status = text(doc, 'status');
    if (status !== undefined) {
      const found = lookupVocabularyValue('status-data', status);
      item.status = {
        code: found?.code ?? status.toLowerCase(),
        label: found?.label[lang] ?? status,
      };
    }
    const frequency = text(doc, 'frekuensi');
    if (frequency !== undefined) item.frequency = vocabLabel('frekuensi', frequency, lang);
    const period = formatPeriod(text(doc, 'periode_awal'), text(doc, 'periode_akhir'), lang);
    if (period !== undefined) item.period = period;
    const license = text(doc, 'lisensi');
    if (license !== undefined) item.license = vocabLabel('lisensi', license, lang);
    if (access.downloadable) item.preview = safePreview(entry);
    return item;
  });
}

/** Principles in their fixed order first, then any other key the validator reported. */
export function principleRows(
  byPrinciple: Record<string, { score: number; errors: number; warnings: number }>,
  lang: CatalogLang,
): { code: string; label: string; score: number; errors: number; warnings: number }[] {
  const known: readonly string[] = PRINCIPLES;
  const keys = [
    ...PRINCIPLES.filter((p) => byPrinciple[p] !== undefined),
    ...Object.keys(byPrinciple).filter((k) => !known.includes(k)),
  ];
  return keys.map((code) => {
    const s = byPrinciple[code] ?? { score: 0, errors: 0, warnings: 0 };
    const label =
      (PRINCIPLE_LABELS as Record<string, { id: string; en: string }>)[code]?.[lang] ?? code;
    return { code, label, score: s.score, errors: s.errors, warnings: s.warnings };
  });
}
