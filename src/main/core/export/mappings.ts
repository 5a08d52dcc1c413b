/**
 * From an `ExportSource` to the metadata every exporter needs: reads the `sdi-dataset`
 * document (Indonesian snake_case keys), normalises its vocabularies, fills what is missing
 * from the data (title from the file name, description from the columns, period from a
 * `tahun` column, coverage and level from region codes, unit from a `satuan` column) and
 * lists every missing or unrecognised field as a warning. It never refuses.
 */
import type {
  ExportColumn,
  ExportDerived,
  ExportSource,
  ExportWarning,
} from '../../../shared/model/export';
import type { CsvSummary } from './csv-writer';
import { titleFromFileName, toSlug, toTags } from './slug';
import {
  coverageFromCodes,
  findAccessLevel,
  findFrequency,
  findLicense,
  findTopic,
  regionLevel,
  regionLevelLabel,
  regionSystemOf,
  portalStatus,
  presentationLevelLabel,
  type AccessLevel,
  type Frequency,
  type License,
  type RegionSystem,
  type TopicMatch,
} from './vocabularies';

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  /** organisational unit (kontak.unit) */
  unit?: string;
}

/** ISO 8601 dates: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export interface Period {
  start: string;
  end: string;
}

export interface ResolvedMetadata {
  identifier: string;
  title: string;
  slug: string;
  description: string;
  /** produsen data (dct:creator) */
  producer?: string;
  /** walidata — the publishing organisation (CKAN owner_org, dct:publisher) */
  publisher?: string;
  topics: TopicMatch[];
  keywords: string[];
  frequency?: Frequency;
  /** the frequency as written when it is not in the vocabulary */
  frequencyText?: string;
  period?: Period;
  presentationLevel?: string;
  /** region codes of the area covered, e.g. ['64.71'] */
  coverage: string[];
  regionSystem: RegionSystem;
  regionEdition?: string;
  unit?: string;
  measure?: string;
  access?: AccessLevel;
  license?: License;
  /** the licence as written when it is not in the vocabulary */
  licenseText?: string;
  contact?: Contact;
  /** rujukan (references) as written */
  references?: string;
  /** kodereferensi: code lists the data uses */
  codeReference?: string;
  status?: string;
  idMskeg?: string;
  idMsind?: string;
  version: string;
  /** ISO 8601 date ('YYYY-MM-DD') or date-time */
  issued?: string;
  modified?: string;
  language: 'id';
  /** further SDI extras passed through unchanged (domain §2.2), as [key, value] */
  extras: [string, string][];
}

export interface Resolved {
  meta: ResolvedMetadata;
  warnings: ExportWarning[];
}

/** SDI keys copied into CKAN extras / Data Package keys as they are (no personal contact data). */
export const PASSTHROUGH_EXTRAS = [
  'prioritas_tahun',
  'publisher_type',
  'jenis',
  'id_sds',
  'id_dds',
  'indikator_prioritas',
  'kriteria_prioritas',
  'id_kegiatan',
  'id_kegiatan_mms',
  'judul_kegiatan',
  'tahun_kegiatan',
  'jenis_statistik',
  'cara_pengumpulan_data',
  'sektor_kegiatan',
  'id_indikator_mms',
  'level_estimasi',
  'produsen_data_province_code',
  'produsen_data_city_code',
  'jadwal_pemutakhiran',
  'urusan',
  'dasar_pengecualian',
  'catatan',
] as const;

// ── reading the metadata document ──────────────────────────────────────────────────────────

type Doc = Record<string, unknown>;

function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return undefined;
}

function text(doc: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = scalarText(doc[key]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A list from an array of scalars or a comma/semicolon-separated string. */
function list(doc: Doc, ...keys: string[]): string[] {
  for (const key of keys) {
    const v = doc[key];
    const items = Array.isArray(v)
      ? v.map(scalarText)
      : typeof v === 'string'
        ? v.split(/[;,]/).map((s) => scalarText(s))
        : [scalarText(v)];
    const out = items.filter((s): s is string => s !== undefined);
    if (out.length > 0) return out;
  }
  return [];
}

function contactOf(doc: Doc): Contact | undefined {
  const raw = doc['kontak'];
  const c: Contact = {};
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const o = raw as Doc;
    const name = text(o, 'nama', 'name');
    const email = text(o, 'email', 'surel');
    const phone = text(o, 'telepon', 'telp', 'phone');
    const unit = text(o, 'unit');
    if (unit !== undefined) c.unit = unit;
    if (name !== undefined) c.name = name;
    if (email !== undefined) c.email = email;
    if (phone !== undefined) c.phone = phone;
  } else {
    const s = scalarText(raw);
    if (s !== undefined) {
      if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) c.email = s;
      else c.name = s;
    }
  }
  return Object.keys(c).length > 0 ? c : undefined;
}

const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' (also a full date-time, cut to the date), else undefined. */
export function isoDatePart(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().replace(/T.*$/, '');
  return ISO_DATE.test(v) ? v : undefined;
}

// ── warnings ───────────────────────────────────────────────────────────────────────────────

function warn(
  out: ExportWarning[],
  field: string,
  message: string,
  messageEn: string,
  filled = false,
): void {
  out.push(filled ? { field, message, messageEn, filled } : { field, message, messageEn });
}

// ── derived values from the rows ───────────────────────────────────────────────────────────

function isRegionColumn(c: ExportColumn): boolean {
  return (
    c.type === 'region-code' ||
    c.reference?.system === 'kemendagri' ||
    c.reference?.system === 'bps'
  );
}

function isYearColumn(c: ExportColumn): boolean {
  return c.name.toLowerCase() === 'tahun' || c.type === 'year';
}

const MAX_UNITS = 5;

/**
 * Collects years, region codes and units while rows stream past (plug `onRow` into any
 * writer's pass). Missing-value tokens of a column are ignored.
 */
export function deriveCollector(columns: readonly ExportColumn[]): {
  onRow: (cells: readonly string[]) => void;
  result: () => ExportDerived;
} {
  const yearIdx = columns.findIndex(isYearColumn);
  const regionIdx = columns.flatMap((c, i) => (isRegionColumn(c) ? [i] : []));
  const unitIdx = columns.findIndex((c) => c.name.toLowerCase() === 'satuan');
  let minYear = Infinity;
  let maxYear = -Infinity;
  const codes = new Set<string>();
  const units = new Set<string>();
  let tooManyUnits = false;
  return {
    onRow(cells) {
      if (yearIdx >= 0) {
        const m = /^\s*(\d{4})\s*$/.exec(cells[yearIdx] ?? '');
        if (m) {
          const y = Number(m[1]);
          if (y >= 1800 && y <= 2200) {
            if (y < minYear) minYear = y;
            if (y > maxYear) maxYear = y;
          }
        }
      }
      for (const i of regionIdx) {
        const code = (cells[i] ?? '').trim();
        if (/^\d{2}(?:\.?\d+)*$/.test(code)) codes.add(code);
      }
      if (unitIdx >= 0 && !tooManyUnits) {
        const unit = (cells[unitIdx] ?? '').trim();
        if (unit !== '' && unit !== '-' && unit !== '–') units.add(unit);
        if (units.size > MAX_UNITS) tooManyUnits = true;
      }
    },
    result() {
      const d: ExportDerived = {};
      if (minYear <= maxYear) d.years = [minYear, maxYear];
      if (codes.size > 0) d.regionCodes = [...codes].sort();
      if (units.size > 0 && !tooManyUnits) d.units = [...units];
      return d;
    },
  };
}

/** The finest region level among the region columns (e.g. 'Kecamatan'). */
function finestLevel(
  columns: readonly ExportColumn[],
  codes: readonly string[],
): string | undefined {
  const order = ['provinsi', 'kabupaten_kota', 'kecamatan', 'desa', 'kelurahan'];
  let best = -1;
  for (const c of columns) {
    if (!isRegionColumn(c)) continue;
    const level = c.reference?.level?.toLowerCase();
    const i = level === undefined ? -1 : order.indexOf(level);
    if (i > best) best = i;
  }
  if (best < 0) {
    for (const code of codes) {
      const level = regionLevel(code);
      const i = level === undefined ? -1 : order.indexOf(level);
      if (i > best) best = i;
    }
  }
  const level = order[best];
  return level === undefined ? undefined : regionLevelLabel(level);
}

// ── the resolver ───────────────────────────────────────────────────────────────────────────

function describeColumns(source: ExportSource, title: string): string {
  const cols = source.columns
    .map((c) => (c.label && c.label !== c.name ? `${c.label} (${c.name})` : c.name))
    .join(', ');
  return `${title}. Tabel berisi ${source.dataset.rowCount} baris dengan kolom: ${cols}.`;
}

/** Resolve the metadata of `source` (with `derived` values from a pass over the rows). */
export function resolveMetadata(source: ExportSource, derived: ExportDerived = {}): Resolved {
  const doc: Doc = source.metadata ?? {};
  const d: ExportDerived = { ...derived, ...source.derived };
  const w: ExportWarning[] = [];
  const ds = source.dataset;

  // judul
  let title = text(doc, 'judul', 'title');
  if (title === undefined) {
    if (ds.title !== undefined && ds.title.trim() !== '') {
      title = ds.title.trim();
      warn(
        w,
        'judul',
        'Judul belum diisi; diambil dari baris judul di berkas.',
        'Title missing; taken from the title row of the file.',
        true,
      );
    } else {
      title = titleFromFileName(ds.fileName || ds.name);
      warn(
        w,
        'judul',
        'Judul belum diisi; diambil dari nama berkas.',
        'Title missing; taken from the file name.',
        true,
      );
    }
  }

  const slugText = text(doc, 'slug', 'name');
  const slug = toSlug(slugText ?? title, ds.name);
  if (slugText !== undefined && slug !== slugText) {
    warn(
      w,
      'slug',
      `Slug "${slugText}" disesuaikan menjadi "${slug}" (aturan CKAN).`,
      `Slug "${slugText}" adjusted to "${slug}" (CKAN rules).`,
    );
  }

  let description = text(doc, 'deskripsi', 'description', 'notes');
  if (description === undefined) {
    description = describeColumns(source, title);
    warn(
      w,
      'deskripsi',
      'Deskripsi belum diisi; dibuat dari daftar kolom.',
      'Description missing; built from the column list.',
      true,
    );
  }

  const producer = text(doc, 'produsen_data', 'produsen_data_name');
  if (producer === undefined)
    warn(w, 'produsen_data', 'Produsen data belum diisi.', 'Data producer missing.');
  const publisher = text(doc, 'walidata', 'organisasi');
  if (publisher === undefined)
    warn(
      w,
      'walidata',
      'Walidata (organisasi penerbit) belum diisi.',
      'Walidata (publishing organisation) missing.',
    );

  const topics: TopicMatch[] = [];
  for (const value of [
    ...list(doc, 'topik', 'kategori', 'theme'),
    ...list(doc, 'sub_topik', 'sub_kategori'),
  ]) {
    const t = findTopic(value);
    if (!topics.some((x) => x.label === t.label)) topics.push(t);
  }
  if (topics.length === 0) warn(w, 'topik', 'Topik belum diisi.', 'Topic missing.');
  for (const t of topics) {
    if (t.topic === undefined) {
      warn(
        w,
        'topik',
        `Topik "${t.label}" tidak ada dalam daftar topik portal.`,
        `Topic "${t.label}" is not in the portal topic list.`,
      );
    }
  }

  const keywords = toTags(list(doc, 'kata_kunci', 'keywords', 'tags'));
  if (keywords.length === 0) warn(w, 'kata_kunci', 'Kata kunci belum diisi.', 'Keywords missing.');

  const freqText = text(doc, 'frekuensi', 'accrualPeriodicity');
  const frequency = freqText === undefined ? undefined : findFrequency(freqText);
  if (freqText === undefined) {
    warn(
      w,
      'frekuensi',
      'Frekuensi (jadwal pemutakhiran) belum diisi.',
      'Update frequency missing.',
    );
  } else if (frequency === undefined) {
    warn(
      w,
      'frekuensi',
      `Frekuensi "${freqText}" tidak dikenal.`,
      `Unknown frequency "${freqText}".`,
    );
  }

  // periode
  const startText = text(doc, 'periode_awal');
  const endText = text(doc, 'periode_akhir');
  let start = isoDatePart(startText);
  let end = isoDatePart(endText);
  for (const [key, raw, iso] of [
    ['periode_awal', startText, start],
    ['periode_akhir', endText, end],
  ] as const) {
    if (raw !== undefined && iso === undefined) {
      warn(
        w,
        key,
        `Nilai ${key} "${raw}" bukan tanggal ISO (YYYY, YYYY-MM atau YYYY-MM-DD).`,
        `${key} "${raw}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD).`,
      );
    }
  }
  let period: Period | undefined;
  if (start === undefined && end === undefined && d.years) {
    period = { start: String(d.years[0]), end: String(d.years[1]) };
    warn(
      w,
      'periode',
      `Periode data belum diisi; diambil dari kolom tahun (${period.start}–${period.end}).`,
      `Data period missing; taken from the year column (${period.start}–${period.end}).`,
      true,
    );
  } else if (start !== undefined || end !== undefined) {
    if (start === undefined) {
      start = end;
      warn(
        w,
        'periode_awal',
        'Awal periode belum diisi; disamakan dengan akhir periode.',
        'Period start missing; set to the period end.',
        true,
      );
    }
    if (end === undefined) {
      end = start;
      warn(
        w,
        'periode_akhir',
        'Akhir periode belum diisi; disamakan dengan awal periode.',
        'Period end missing; set to the period start.',
        true,
      );
    }
    period = { start: start ?? '', end: end ?? '' };
  } else {
    warn(w, 'periode', 'Periode data belum diisi.', 'Data period missing.');
  }

  // wilayah
  let coverage = list(doc, 'cakupan_wilayah', 'cakupan');
  const codeSystemText = text(doc, 'sistem_kode_wilayah');
  const refSystems = source.columns.flatMap((c) =>
    c.reference?.system === 'kemendagri' || c.reference?.system === 'bps'
      ? [c.reference.system]
      : [],
  );
  const regionSystem: RegionSystem =
    codeSystemText !== undefined
      ? /bps/i.test(codeSystemText)
        ? 'bps'
        : 'kemendagri'
      : refSystems.length > 0
        ? refSystems.includes('kemendagri')
          ? 'kemendagri'
          : 'bps'
        : regionSystemOf([...coverage, ...(d.regionCodes ?? [])]);
  if (coverage.length === 0) {
    coverage = coverageFromCodes(d.regionCodes ?? []);
    if (coverage.length > 0) {
      warn(
        w,
        'cakupan_wilayah',
        `Cakupan wilayah belum diisi; diambil dari kode wilayah di data (${coverage.join(', ')}).`,
        `Coverage missing; taken from the region codes in the data (${coverage.join(', ')}).`,
        true,
      );
    } else {
      warn(w, 'cakupan_wilayah', 'Cakupan wilayah belum diisi.', 'Geographic coverage missing.');
    }
  }
  const levelText = text(doc, 'tingkat_penyajian');
  let presentationLevel = levelText === undefined ? undefined : presentationLevelLabel(levelText);
  if (presentationLevel === undefined) {
    presentationLevel = finestLevel(source.columns, d.regionCodes ?? []);
    if (presentationLevel !== undefined) {
      warn(
        w,
        'tingkat_penyajian',
        `Tingkat penyajian belum diisi; diambil dari kolom kode wilayah (${presentationLevel}).`,
        `Level of presentation missing; taken from the region-code columns (${presentationLevel}).`,
        true,
      );
    } else {
      warn(
        w,
        'tingkat_penyajian',
        'Tingkat penyajian belum diisi.',
        'Level of presentation missing.',
      );
    }
  }

  let unit = text(doc, 'satuan');
  if (unit === undefined) {
    if (d.units?.length === 1) {
      unit = d.units[0];
      warn(
        w,
        'satuan',
        `Satuan belum diisi; diambil dari kolom satuan (${unit}).`,
        `Unit missing; taken from the satuan column (${unit}).`,
        true,
      );
    } else {
      warn(w, 'satuan', 'Satuan belum diisi.', 'Unit missing.');
    }
  }

  const accessText = text(doc, 'klasifikasi_akses', 'accessRights');
  const access = accessText === undefined ? undefined : findAccessLevel(accessText);
  if (accessText === undefined) {
    warn(
      w,
      'klasifikasi_akses',
      'Klasifikasi akses belum diisi (Terbuka/Terbatas/Tertutup).',
      'Access classification missing (Terbuka/Terbatas/Tertutup).',
    );
  } else if (access === undefined) {
    warn(
      w,
      'klasifikasi_akses',
      `Klasifikasi akses "${accessText}" tidak dikenal.`,
      `Unknown access classification "${accessText}".`,
    );
  }

  const licenseText = text(doc, 'lisensi', 'license', 'license_id');
  const license = licenseText === undefined ? undefined : findLicense(licenseText);
  if (licenseText === undefined) {
    warn(w, 'lisensi', 'Lisensi belum diisi.', 'Licence missing.');
  } else if (license === undefined) {
    warn(
      w,
      'lisensi',
      `Lisensi "${licenseText}" tidak dikenal; dicatat apa adanya.`,
      `Unknown licence "${licenseText}"; kept as written.`,
    );
  }

  const contact = contactOf(doc);
  if (contact === undefined) {
    warn(w, 'kontak', 'Kontak belum diisi.', 'Contact missing.');
  } else if (contact.email === undefined) {
    // the profile accepts a phone instead; DCAT and data.json still want an e-mail
    warn(w, 'kontak.email', 'Surel kontak belum diisi.', 'Contact e-mail missing.');
  }

  const extras: [string, string][] = [];
  for (const key of PASSTHROUGH_EXTRAS) {
    const v = list(doc, key);
    if (v.length > 0) extras.push([key, v.join(', ')]);
  }

  const meta: ResolvedMetadata = {
    identifier: ds.id,
    title,
    slug,
    description,
    topics,
    keywords,
    coverage,
    regionSystem,
    version: text(doc, 'versi') ?? String(ds.version),
    language: 'id',
    extras,
  };
  const optional: Partial<ResolvedMetadata> = {
    producer,
    publisher,
    frequency,
    frequencyText: frequency === undefined ? freqText : undefined,
    period,
    presentationLevel,
    regionEdition: text(doc, 'edisi_kode_wilayah'),
    unit,
    measure: text(doc, 'ukuran'),
    access,
    license,
    licenseText: license === undefined ? licenseText : undefined,
    contact,
    references: list(doc, 'rujukan').join(', ') || undefined,
    codeReference: codeReference(doc, regionSystem, coverage, d),
    status: mapOptional(text(doc, 'status', 'publishing_status'), portalStatus),
    idMskeg: text(doc, 'id_mskeg'),
    idMsind: text(doc, 'id_msind'),
    issued: dateOrDateTime(text(doc, 'tanggal_terbit')) ?? dateOrDateTime(ds.importedAt),
    modified: dateOrDateTime(text(doc, 'tanggal_pembaruan')) ?? dateOrDateTime(ds.importedAt),
  };
  for (const [k, v] of Object.entries(optional)) {
    if (v !== undefined) (meta as unknown as Record<string, unknown>)[k] = v;
  }
  return { meta, warnings: w };
}

function mapOptional(value: string | undefined, f: (v: string) => string): string | undefined {
  return value === undefined ? undefined : f(value);
}

/** A date ('YYYY-MM-DD', kept as it is) or a date-time (normalised to ISO 8601 UTC). */
function dateOrDateTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** `kodereferensi`: the code list(s) the data uses — explicit, or the region code system. */
function codeReference(
  doc: Doc,
  system: RegionSystem,
  coverage: readonly string[],
  d: ExportDerived,
): string | undefined {
  const explicit = list(doc, 'kodereferensi', 'kode_referensi').join(', ');
  if (explicit) return explicit;
  if (coverage.length === 0 && (d.regionCodes?.length ?? 0) === 0) return undefined;
  const name = system === 'bps' ? 'Kode wilayah BPS' : 'Kode wilayah Kemendagri';
  const edition = text(doc, 'edisi_kode_wilayah');
  return edition ? `${name} (${edition})` : name;
}

/** Date-time for places that need one (Frictionless `created`): a date becomes midnight UTC. */
export function asDateTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
}

// ── column standards from the metadata (`kolom`, profile standar-data-kolom) ───────────────

/**
 * Apply `metadata.kolom` (matched by `nama`): its `judul` replaces the header label (a
 * curated title beats the header as written); definition, unit and missing-value tokens fill
 * only what the column does not already have.
 */
export function withColumnStandards(source: ExportSource): ExportSource {
  const kolom = source.metadata?.['kolom'];
  if (!Array.isArray(kolom)) return source;
  const byName = new Map<string, Doc>();
  for (const k of kolom) {
    if (typeof k !== 'object' || k === null || Array.isArray(k)) continue;
    const name = text(k as Doc, 'nama');
    if (name !== undefined) byName.set(name, k as Doc);
  }
  if (byName.size === 0) return source;
  const columns = source.columns.map((c) => {
    const k = byName.get(c.name);
    if (!k) return c;
    const out: ExportColumn = { ...c };
    const title = text(k, 'judul');
    if (title !== undefined) out.label = title;
    const definition = text(k, 'definisi', 'konsep');
    if (definition !== undefined && !c.description) out.description = definition;
    const unit = text(k, 'satuan');
    if (unit !== undefined && !c.unit) out.unit = unit;
    const missing = list(k, 'nilai_hilang');
    if (missing.length > 0 && !c.missingValues) out.missingValues = missing;
    return out;
  });
  return { ...source, columns };
}

// ── distributions ──────────────────────────────────────────────────────────────────────────

export interface Distribution {
  name: string;
  title: string;
  fileName: string;
  /** absolute when `downloadBaseUrl` is known, else relative to the metadata file */
  url: string;
  format: 'CSV';
  mediaType: 'text/csv';
  bytes?: number;
  sha256?: string;
}

export function joinUrl(base: string, path: string): string {
  const encoded = path
    .split('/')
    .map((p) => encodeURIComponent(p))
    .join('/');
  return `${base.replace(/\/+$/, '')}/${encoded}`;
}

/** The machine-readable CSV of the dataset as a distribution (`relPath` e.g. 'data/x.csv'). */
export function csvDistribution(
  source: ExportSource,
  meta: ResolvedMetadata,
  csv?: CsvSummary,
  relPath = `${meta.slug}.csv`,
): Distribution {
  const fileName = relPath.replace(/^.*\//, '');
  const dist: Distribution = {
    name: meta.slug,
    title: `${meta.title} (CSV)`,
    fileName,
    url: source.downloadBaseUrl ? joinUrl(source.downloadBaseUrl, fileName) : relPath,
    format: 'CSV',
    mediaType: 'text/csv',
  };
  if (csv) {
    dist.bytes = csv.bytes;
    dist.sha256 = csv.sha256;
  }
  return dist;
}

/** Warn once when download links are relative (no portal base URL was given). */
export function distributionWarnings(source: ExportSource): ExportWarning[] {
  if (source.downloadBaseUrl) return [];
  return [
    {
      field: 'downloadBaseUrl',
      message:
        'Alamat unduhan portal belum diatur; tautan berkas ditulis relatif terhadap berkas metadata.',
      messageEn:
        'The portal download address is not set; file links are relative to the metadata file.',
    },
  ];
}

// ── a flat view for people (XLSX metadata sheet) ───────────────────────────────────────────

export interface MetadataRow {
  key: string;
  label: string;
  value: string;
}

export function metadataRows(source: ExportSource, meta: ResolvedMetadata): MetadataRow[] {
  const ds = source.dataset;
  const rows: [string, string, string | undefined][] = [
    ['judul', 'Judul', meta.title],
    ['slug', 'Slug', meta.slug],
    ['deskripsi', 'Deskripsi', meta.description],
    ['produsen_data', 'Produsen Data', meta.producer],
    ['walidata', 'Walidata', meta.publisher],
    ['topik', 'Topik', meta.topics.map((t) => t.label).join(', ') || undefined],
    ['kata_kunci', 'Kata Kunci', meta.keywords.join(', ') || undefined],
    ['frekuensi', 'Frekuensi', meta.frequency?.label ?? meta.frequencyText],
    ['periode_awal', 'Periode Awal', meta.period?.start],
    ['periode_akhir', 'Periode Akhir', meta.period?.end],
    ['tingkat_penyajian', 'Tingkat Penyajian', meta.presentationLevel],
    ['cakupan_wilayah', 'Cakupan Wilayah', meta.coverage.join(', ') || undefined],
    ['sistem_kode_wilayah', 'Sistem Kode Wilayah', meta.regionSystem],
    ['edisi_kode_wilayah', 'Edisi Kode Wilayah', meta.regionEdition],
    ['satuan', 'Satuan', meta.unit],
    ['ukuran', 'Ukuran', meta.measure],
    ['klasifikasi_akses', 'Klasifikasi Akses', meta.access?.label],
    ['lisensi', 'Lisensi', meta.license?.id ?? meta.licenseText],
    ['kontak.nama', 'Kontak (Nama)', meta.contact?.name],
    ['kontak.email', 'Kontak (Surel)', meta.contact?.email],
    ['kontak.telepon', 'Kontak (Telepon)', meta.contact?.phone],
    ['kontak.unit', 'Kontak (Unit)', meta.contact?.unit],
    ['rujukan', 'Rujukan', meta.references],
    ['kodereferensi', 'Kode Referensi', meta.codeReference],
    ['status', 'Status', meta.status],
    ['id_mskeg', 'ID MS-Keg', meta.idMskeg],
    ['id_msind', 'ID MS-Ind', meta.idMsind],
    ...meta.extras.map(([k, v]): [string, string, string] => [k, k, v]),
    ['dataset.id', 'ID Dataset', ds.id],
    ['dataset.versi', 'Versi', meta.version],
    ['dataset.berkas_asal', 'Berkas Asal', ds.fileName],
    ['dataset.sha256_asal', 'SHA-256 Berkas Asal', ds.sha256],
    ['dataset.encoding_asal', 'Encoding Berkas Asal', ds.encoding],
    ['dataset.diimpor', 'Diimpor', ds.importedAt],
    ['dataset.jumlah_baris', 'Jumlah Baris', String(ds.rowCount)],
  ];
  return rows.map(([key, label, value]) => ({ key, label, value: value ?? '' }));
}
