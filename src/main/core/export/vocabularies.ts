/**
 * Controlled vocabularies the exporters map SDI metadata onto (domain reference §2.2, §2.4,
 * §5.1): update frequency, access level, licence, portal topics, column types, region URIs.
 * Inputs are matched loosely (labels, ids, API aliases, any case); outputs are the codes each
 * target expects.
 */
import type { ColumnType } from '../../../shared/model/dataset';

export const EU_FREQUENCY = 'http://publications.europa.eu/resource/authority/frequency/';
export const EU_ACCESS_RIGHT = 'http://publications.europa.eu/resource/authority/access-right/';
export const EU_FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
export const EU_DATA_THEME = 'http://publications.europa.eu/resource/authority/data-theme/';
export const IANA_MEDIA_TYPES = 'http://www.iana.org/assignments/media-types/';

/** Lower-case, accents folded, runs of anything but letters/digits removed. */
export function vocabularyKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function lookup<T extends { aliases: readonly string[] }>(
  table: readonly T[],
  value: string,
): T | undefined {
  const key = vocabularyKey(value);
  if (key === '') return undefined;
  return table.find((entry) => entry.aliases.some((a) => vocabularyKey(a) === key));
}

// ── Frequency (jadwal pemutakhiran) ────────────────────────────────────────────────────────

export interface Frequency {
  id: string;
  /** portal label (also the CKAN `accrualPeriodicity` extra) */
  label: string;
  /** EU frequency authority code (DCAT-AP) */
  eu: string;
  /** Project Open Data accrualPeriodicity (ISO 8601 repeating duration or 'irregular') */
  pod: string;
  /** schema.org / ISO 8601 duration for one period, when regular */
  iso?: string;
  aliases: readonly string[];
}

export const FREQUENCIES: readonly Frequency[] = [
  {
    id: 'harian',
    label: 'Harian',
    eu: 'DAILY',
    pod: 'R/P1D',
    iso: 'P1D',
    aliases: ['harian', 'daily'],
  },
  {
    id: 'mingguan',
    label: 'Mingguan',
    eu: 'WEEKLY',
    pod: 'R/P1W',
    iso: 'P1W',
    aliases: ['mingguan', 'weekly'],
  },
  {
    id: 'bulanan',
    label: 'Bulanan',
    eu: 'MONTHLY',
    pod: 'R/P1M',
    iso: 'P1M',
    aliases: ['bulanan', 'monthly'],
  },
  {
    id: 'triwulanan',
    label: 'Triwulanan',
    eu: 'QUARTERLY',
    pod: 'R/P3M',
    iso: 'P3M',
    aliases: ['triwulanan', 'triwulan', 'quarterly'],
  },
  {
    id: 'empat-bulanan',
    label: 'Empat Bulanan',
    eu: 'ANNUAL_3',
    pod: 'R/P4M',
    iso: 'P4M',
    aliases: ['empat bulanan', 'empat_bulanan', 'caturwulan', 'caturwulanan'],
  },
  {
    id: 'semesteran',
    label: 'Semesteran',
    eu: 'ANNUAL_2',
    pod: 'R/P6M',
    iso: 'P6M',
    aliases: ['semesteran', 'semester', 'semiannual', 'semi-annual'],
  },
  {
    id: 'tahunan',
    label: 'Tahunan',
    eu: 'ANNUAL',
    pod: 'R/P1Y',
    iso: 'P1Y',
    aliases: ['tahunan', 'annual', 'yearly'],
  },
  {
    id: 'dua-tahunan',
    label: 'Dua Tahunan',
    eu: 'BIENNIAL',
    pod: 'R/P2Y',
    iso: 'P2Y',
    aliases: ['dua tahunan', 'dua_tahunan', 'biennial'],
  },
  {
    id: 'ad-hoc',
    label: 'Ad-hoc',
    eu: 'IRREG',
    pod: 'irregular',
    aliases: ['ad-hoc', 'adhoc', 'sekali', 'lainnya', 'irregular', 'tidak tentu'],
  },
];

export function findFrequency(value: string): Frequency | undefined {
  return lookup(FREQUENCIES, value);
}

// ── Access level (klasifikasi akses) ───────────────────────────────────────────────────────

export interface AccessLevel {
  id: 'terbuka' | 'terbatas' | 'tertutup';
  label: string;
  /** EU access-right authority code */
  eu: 'PUBLIC' | 'RESTRICTED' | 'NON_PUBLIC';
  /** Project Open Data accessLevel */
  pod: 'public' | 'restricted public' | 'non-public';
  aliases: readonly string[];
}

export const ACCESS_LEVELS: readonly AccessLevel[] = [
  {
    id: 'terbuka',
    label: 'Terbuka',
    eu: 'PUBLIC',
    pod: 'public',
    aliases: ['terbuka', 'publik', 'public', 'open'],
  },
  {
    id: 'terbatas',
    label: 'Terbatas',
    eu: 'RESTRICTED',
    pod: 'restricted public',
    aliases: ['terbatas', 'internal', 'restricted', 'restricted public'],
  },
  {
    id: 'tertutup',
    label: 'Tertutup',
    eu: 'NON_PUBLIC',
    pod: 'non-public',
    aliases: ['tertutup', 'dikecualikan', 'rahasia', 'non-public', 'non public', 'closed'],
  },
];

export function findAccessLevel(value: string): AccessLevel | undefined {
  return lookup(ACCESS_LEVELS, value);
}

// ── Licence ────────────────────────────────────────────────────────────────────────────────

export interface License {
  /** Open Definition / SPDX id (Frictionless `licenses[].name`) */
  id: string;
  /** CKAN license_id (CKAN's default licence list) */
  ckan: string;
  title: string;
  url?: string;
  open: boolean;
  aliases: readonly string[];
}

export const LICENSES: readonly License[] = [
  {
    id: 'CC-BY-4.0',
    ckan: 'cc-by',
    title: 'Creative Commons Attribution 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    open: true,
    aliases: [
      'CC-BY-4.0',
      'CC BY 4.0',
      'cc-by',
      'CC BY',
      'Creative Commons Attribution',
      'Creative Commons Attribution 4.0',
    ],
  },
  {
    id: 'CC-BY-SA-4.0',
    ckan: 'cc-by-sa',
    title: 'Creative Commons Attribution Share-Alike 4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    open: true,
    aliases: [
      'CC-BY-SA-4.0',
      'CC BY-SA 4.0',
      'cc-by-sa',
      'CC BY SA',
      'Creative Commons Attribution Share-Alike',
    ],
  },
  {
    id: 'CC0-1.0',
    ckan: 'cc-zero',
    title: 'Creative Commons CCZero',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    open: true,
    aliases: ['CC0-1.0', 'CC0', 'cc-zero', 'CC Zero', 'Creative Commons CCZero'],
  },
  {
    id: 'CC-BY-NC-4.0',
    ckan: 'cc-nc',
    title: 'Creative Commons Non-Commercial 4.0',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
    open: false,
    aliases: [
      'CC-BY-NC-4.0',
      'CC BY-NC 4.0',
      'cc-nc',
      'cc-by-nc',
      'Creative Commons Non-Commercial',
    ],
  },
  {
    id: 'ODC-By-1.0',
    ckan: 'odc-by',
    title: 'Open Data Commons Attribution License 1.0',
    url: 'https://opendatacommons.org/licenses/by/1-0/',
    open: true,
    aliases: ['ODC-By-1.0', 'ODC-BY', 'odc-by', 'Open Data Commons Attribution License'],
  },
  {
    id: 'ODbL-1.0',
    ckan: 'odc-odbl',
    title: 'Open Data Commons Open Database License 1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    open: true,
    aliases: ['ODbL-1.0', 'ODbL', 'odc-odbl', 'Open Data Commons Open Database License'],
  },
  {
    id: 'PDDL-1.0',
    ckan: 'odc-pddl',
    title: 'Open Data Commons Public Domain Dedication and License 1.0',
    url: 'https://opendatacommons.org/licenses/pddl/1-0/',
    open: true,
    aliases: [
      'PDDL-1.0',
      'PDDL',
      'odc-pddl',
      'Open Data Commons Public Domain Dedication and License',
    ],
  },
  {
    id: 'other-open',
    ckan: 'other-open',
    title: 'Other (Open)',
    open: true,
    aliases: ['other-open', 'lainnya terbuka'],
  },
  {
    id: 'other-pd',
    ckan: 'other-pd',
    title: 'Other (Public Domain)',
    open: true,
    aliases: ['other-pd', 'public domain', 'domain publik'],
  },
  {
    id: 'notspecified',
    ckan: 'notspecified',
    title: 'License not specified',
    open: false,
    aliases: ['notspecified', 'not specified', 'belum ditentukan'],
  },
  {
    id: 'other-closed',
    ckan: 'other-closed',
    title: 'Other (Not Open)',
    open: false,
    aliases: ['other-closed', 'lainnya tertutup'],
  },
];

export function findLicense(value: string): License | undefined {
  return lookup(LICENSES, value);
}

// ── Portal topics (TOPIC_LIST, domain §2.2.1) → EU data themes ─────────────────────────────

export interface Topic {
  label: string;
  /** EU data-theme code (DCAT-AP) — a judgement, see the domain reference [I] */
  eu: string;
  subtopics: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    label: 'Ekonomi dan Industri',
    eu: 'ECON',
    subtopics: [
      'Industri',
      'Perdagangan',
      'Pertanian',
      'Perkebunan',
      'Peternakan',
      'Perikanan',
      'BUMN',
      'Investasi',
      'Koperasi',
      'UKM',
      'Pariwisata',
    ],
  },
  {
    label: 'Pembangunan Daerah',
    eu: 'REGI',
    subtopics: [
      'Pekerjaan Umum',
      'Transmigrasi',
      'Transportasi',
      'Perumahan',
      'Kawasan/Daerah Tertinggal',
    ],
  },
  {
    label: 'Perlindungan Sosial dan Kesehatan',
    eu: 'HEAL',
    subtopics: ['Kesehatan', 'Sosial', 'Pemberdayaan Perempuan'],
  },
  { label: 'Ketertiban Umum dan Keselamatan', eu: 'JUST', subtopics: ['Hukum', 'Keamanan', 'HAM'] },
  {
    label: 'Pendidikan dan Tenaga Kerja',
    eu: 'EDUC',
    subtopics: ['Pendidikan', 'Ketenagakerjaan', 'Ilmu Pengetahuan', 'Teknologi', 'Pemuda'],
  },
  {
    label: 'Lingkungan dan Sumber Daya Alam',
    eu: 'ENVI',
    subtopics: ['Pertambangan', 'Energi', 'Kehutanan', 'Kelautan', 'Lingkungan Hidup'],
  },
  { label: 'Budaya dan Agama', eu: 'EDUC', subtopics: ['Agama', 'Kebudayaan', 'Olahraga'] },
  {
    label: 'Pemerintahan Umum',
    eu: 'GOVE',
    subtopics: [
      'Dalam Negeri',
      'Keuangan',
      'Informasi',
      'Komunikasi',
      'Perencanaan Pembangunan Nasional',
      'Aparatur Negara',
      'Kesekretariatan Negara',
      'Pertanahan',
      'Kependudukan',
    ],
  },
  {
    label: 'Pendukung Umum',
    eu: 'GOVE',
    subtopics: ['Kebijakan Pemerintah', 'Manajemen Kegiatan', 'Kewilayahan', 'Data Dukung Lainnya'],
  },
  { label: 'Pertahanan dan Luar Negeri', eu: 'INTR', subtopics: ['Pertahanan', 'Luar Negeri'] },
];

export interface TopicMatch {
  /** the label as given (or the official spelling when it matched) */
  label: string;
  /** the top-level topic it belongs to, when known */
  topic?: Topic;
}

/**
 * Matches labels ("Kesehatan") and vocabulary codes (`perlindungan_sosial_dan_kesehatan`,
 * `perlindungan_sosial_dan_kesehatan.kesehatan` — sub-topic codes are `topic.sub`).
 */
export function findTopic(value: string): TopicMatch {
  const dotted = /^[a-z0-9_]+\.[a-z0-9_]+$/.test(value.trim());
  const key = vocabularyKey(dotted ? (value.trim().split('.')[1] ?? value) : value);
  for (const topic of TOPICS) {
    if (vocabularyKey(topic.label) === key) return { label: topic.label, topic };
    const sub = topic.subtopics.find((s) => vocabularyKey(s) === key);
    if (sub !== undefined) return { label: sub, topic };
  }
  return { label: value.trim() };
}

// ── Column types → Table Schema ────────────────────────────────────────────────────────────

export type TableSchemaType = 'integer' | 'number' | 'string' | 'date' | 'year' | 'boolean';

/** Region codes, identifiers and categories are strings: leading zeros and dots matter. */
export function tableSchemaType(type: ColumnType | undefined): TableSchemaType {
  switch (type) {
    case 'integer':
      return 'integer';
    case 'decimal':
    case 'percentage':
    case 'currency':
      return 'number';
    case 'date':
      return 'date';
    case 'year':
      return 'year';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

/** Column types whose canonical values the XLSX export writes as numbers. */
export const NUMERIC_COLUMN_TYPES: ReadonlySet<ColumnType> = new Set<ColumnType>([
  'integer',
  'decimal',
  'percentage',
  'currency',
  'year',
]);

// ── Region codes ───────────────────────────────────────────────────────────────────────────

export type RegionSystem = 'kemendagri' | 'bps';

/**
 * A URI for a region code. There is no official Linked Data URI for Indonesian region codes,
 * so the workbench uses URNs that name the code system: `urn:kemendagri:wilayah:64.71`,
 * `urn:bps:wilayah:6471`.
 */
export function regionUri(code: string, system: RegionSystem): string {
  return `urn:${system}:wilayah:${code}`;
}

const KEMENDAGRI_LEVELS = ['provinsi', 'kabupaten_kota', 'kecamatan', 'desa'] as const;
const BPS_LENGTHS = [2, 4, 7, 10] as const;

export function regionLevel(code: string): string | undefined {
  if (code.includes('.')) return KEMENDAGRI_LEVELS[code.split('.').length - 1];
  const i = BPS_LENGTHS.indexOf(code.length as (typeof BPS_LENGTHS)[number]);
  return i >= 0 ? KEMENDAGRI_LEVELS[i] : undefined;
}

/** Tingkat penyajian (resources/vocabularies/tingkat-penyajian.json): code → label. */
export const PRESENTATION_LEVELS: readonly {
  code: string;
  label: string;
  aliases: readonly string[];
}[] = [
  { code: 'nasional', label: 'Nasional', aliases: ['nasional'] },
  { code: 'provinsi', label: 'Provinsi', aliases: ['provinsi'] },
  {
    code: 'kabupaten_kota',
    label: 'Kabupaten/Kota',
    aliases: ['kabupaten_kota', 'kabupaten/kota'],
  },
  { code: 'kecamatan', label: 'Kecamatan', aliases: ['kecamatan'] },
  {
    code: 'desa_kelurahan',
    label: 'Desa/Kelurahan',
    aliases: ['desa_kelurahan', 'desa/kelurahan', 'desa', 'kelurahan'],
  },
  {
    code: 'unit_layanan',
    label: 'Unit layanan / fasilitas',
    aliases: ['unit_layanan', 'unit layanan'],
  },
  { code: 'lainnya', label: 'Lainnya', aliases: ['lainnya'] },
];

/** The label of a tingkat penyajian code; other text is kept as written. */
export function presentationLevelLabel(value: string): string {
  return lookup(PRESENTATION_LEVELS, value)?.label ?? value;
}

/** Portal workflow status (status-data.json): code → the portal's upper-case value. */
export const STATUSES: readonly string[] = [
  'DRAFT',
  'MENUNGGU_PERSETUJUAN',
  'DISETUJUI',
  'DITOLAK',
  'DIBATALKAN',
  'DITAYANGKAN',
  'TIDAK_DITAYANGKAN',
];

export function portalStatus(value: string): string {
  const key = vocabularyKey(value);
  return STATUSES.find((s) => vocabularyKey(s) === key) ?? value;
}

/** Indonesian label of a region level, for `tingkat penyajian`. */
export function regionLevelLabel(level: string): string {
  const labels: Record<string, string> = {
    provinsi: 'Provinsi',
    kabupaten_kota: 'Kabupaten/Kota',
    kecamatan: 'Kecamatan',
    desa: 'Desa/Kelurahan',
    kelurahan: 'Desa/Kelurahan',
  };
  return labels[level] ?? level;
}

function commonPrefixLength(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/**
 * The area the codes lie in. Codes that are ancestors of other codes in the list are set
 * aside first (a tidy table repeats the province and city code on every kecamatan row), then
 * the common ancestor of the rest is taken: 64, 64.71, 64.71.01, 64.71.02 → 64.71. When the
 * codes span several provinces, the distinct province codes are returned.
 */
export function coverageFromCodes(codes: readonly string[]): string[] {
  const valid = [...new Set(codes.map((c) => c.trim()).filter((c) => /^\d[\d.]*$/.test(c)))];
  if (valid.length === 0) return [];
  const dotted = valid.every((c) => c.includes('.') || c.length <= 2);
  const parts = (c: string): string[] => {
    if (dotted) return c.split('.');
    const out: string[] = [];
    let prev = 0;
    for (const len of BPS_LENGTHS) {
      if (c.length < len) break;
      out.push(c.slice(prev, len));
      prev = len;
    }
    return out;
  };
  const all = valid.map(parts);
  const isAncestor = (a: string[], b: string[]): boolean =>
    a.length < b.length && commonPrefixLength(a, b) === a.length;
  const leaves = all.filter((a) => !all.some((b) => isAncestor(a, b)));
  let common = leaves[0] ?? [];
  for (const p of leaves.slice(1)) common = common.slice(0, commonPrefixLength(common, p));
  if (common.length > 0) return [common.join(dotted ? '.' : '')];
  return [...new Set(leaves.map((p) => p[0] ?? ''))].filter((c) => c !== '').sort();
}

/**
 * Which code system the codes follow: a dotted code (64.71) is Kemendagri; an undotted code
 * longer than a province code (6471) is BPS; province codes alone say nothing (Kemendagri).
 */
export function regionSystemOf(codes: readonly string[]): RegionSystem {
  const telling = codes.filter((c) => c.length > 2);
  if (telling.length === 0 || telling.some((c) => c.includes('.'))) return 'kemendagri';
  return 'bps';
}
