/** Plain types for metadata profiles, vocabularies and metadata documents. */

export interface Bilingual {
  id: string;
  en: string;
}

/** A metadata document: the profile's own keys (Indonesian snake_case). */
export type MetadataDoc = Record<string, unknown>;

export type ProfileKind = 'dataset' | 'statistik' | 'kolom';

export interface ProfileSummary {
  name: string;
  kind: ProfileKind;
  title: Bilingual;
  description: Bilingual;
  /** the profile this one extends (e.g. `balikpapan` → `sdi-dataset`) */
  extends?: string;
}

export interface FieldHint {
  group: string;
  order: number;
  label: Bilingual;
  help: Bilingual;
  example?: unknown;
  /** text | textarea | select | multiselect | tags | table | region-codes | column-dictionary | reference-list | hidden */
  widget?: string;
  /** vocabulary id offered as suggestions (free text still allowed) */
  suggestions?: string;
}

export interface FieldGroup {
  id: string;
  label: Bilingual;
  order: number;
}

/** One top-level field of a profile, in display order. */
export interface ProfileField extends FieldHint {
  key: string;
  required: boolean;
  /** JSON Schema type of the field */
  type: string;
  /** vocabulary whose codes (or labels) the field takes */
  vocabulary?: { id: string; select: 'all' | 'roots' | 'children'; value: 'code' | 'label' };
  default?: unknown;
  /** names of the field in exports */
  exportKeys: { ckan?: string; dcat?: string; frictionless?: string; indah?: string };
  /** personal data: keep out of public catalog exports */
  private?: boolean;
}

export interface ProfileDetail extends ProfileSummary {
  groups: FieldGroup[];
  fields: ProfileField[];
  /** the compiled (merged) JSON Schema */
  schema: Record<string, unknown>;
}

export interface VocabularyValue {
  code: string;
  label: Bilingual;
  parent?: string;
  aliases?: string[];
  /** names in other systems: ckan, dcat, pod, indah, jabar, urusan, … */
  map?: Record<string, string>;
  /** false when the entry comes from memory and needs checking [M] */
  verified?: boolean;
  group?: string;
  disabled?: boolean;
  open?: boolean;
}

export interface Vocabulary {
  id: string;
  title: Bilingual;
  source: string;
  hierarchical?: boolean;
  verified?: boolean;
  values: VocabularyValue[];
}

export interface MetadataProblem {
  /** JSON pointer of the field, e.g. `/judul`, `/kontak/email`, `/kolom/0/satuan` */
  path: string;
  /** Indonesian message */
  message: string;
  messageEn: string;
  /** stable kebab-case code: `wajib-diisi`, `nilai-tidak-dikenal`, … */
  code: string;
}

export interface GroupCompleteness {
  group: string;
  label: Bilingual;
  filled: number;
  total: number;
  requiredFilled: number;
  requiredTotal: number;
  /** 0..1 */
  score: number;
}

export interface Completeness {
  /** 0..1, required fields weigh twice */
  score: number;
  groups: GroupCompleteness[];
}

export interface MetadataValidation {
  valid: boolean;
  profile: string;
  problems: MetadataProblem[];
  completeness: Completeness;
}

export interface MetadataVersion {
  datasetId: string;
  version: number;
  profile: string;
  doc: MetadataDoc;
  savedAt: string;
  savedBy: string;
  valid: boolean;
  problemCount: number;
  /** 0..1 */
  completeness: number;
}

export type MetadataVersionSummary = Omit<MetadataVersion, 'doc'>;

/** What the data can tell about its own metadata (see prefillFromData). */
export interface PrefillInput {
  fileName: string;
  /** a title row found above the header */
  title?: string;
  columns: {
    label: string;
    name: string;
    /** an inferred column type (integer, decimal, year, region-code, category, text, …) */
    type?: string;
    /** e.g. region level for region codes */
    detail?: string;
    /** a few distinct values, when known */
    sample?: string[];
  }[];
  /** sample rows, cells in column order */
  rows?: string[][];
  /** years seen in a tahun column, when already computed */
  years?: number[];
  /** Kemendagri region codes seen in the data, when already computed */
  regionCodes?: string[];
}
