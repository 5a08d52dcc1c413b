/** Plain types for reference codes (Kemendagri regions, BPS lists, local reference lists). */

/** Kemendagri levels. Kelurahan and desa are both level `desa`. */
export const REGION_LEVELS = ['provinsi', 'kabupaten_kota', 'kecamatan', 'desa'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_LEVEL_LABELS: Record<RegionLevel, { id: string; en: string }> = {
  provinsi: { id: 'provinsi', en: 'province' },
  kabupaten_kota: { id: 'kabupaten/kota', en: 'regency/city' },
  kecamatan: { id: 'kecamatan', en: 'district (kecamatan)' },
  desa: { id: 'desa/kelurahan', en: 'village (desa/kelurahan)' },
};

/** One Kemendagri region, as `ref wilayah` prints it. */
export interface Region {
  /** dotted Kemendagri code: 64, 64.71, 64.71.05, 64.71.05.1010 */
  code: string;
  /** official name as in the bundled edition (e.g. "Kota Balikpapan", "Sungainangka") */
  name: string;
  level: RegionLevel;
  /** parent code, null for a province */
  parent: string | null;
}

/** One candidate of a name search, best first. */
export interface RegionMatch {
  code: string;
  name: string;
  level: RegionLevel;
  /** 0..1; 1 = the normalised names are equal */
  score: number;
  /** set when the match came through a known alias or spelling variant */
  alias?: string;
}

export interface FindOptions {
  level?: RegionLevel;
  /** only descendants of this code */
  parentCode?: string;
  /** default 10, at most 200 */
  limit?: number;
  /** candidates below this score are dropped; default 0.3 */
  minScore?: number;
}

export interface ReferenceEdition {
  /** short id used in metadata (`edisi_kode_wilayah`) and file names, e.g. `kemendagri-2025` */
  id: string;
  label: { id: string; en: string };
  /** e.g. "Kepmendagri No. 300.2.2-2138 Tahun 2025" */
  decree: string;
  source: { package: string; version: string };
}

export interface ReferenceStats {
  /** the edition id, e.g. `kemendagri-2025` */
  edition: string;
  editionLabel: { id: string; en: string };
  source: { package: string; version: string };
  counts: Record<RegionLevel, number>;
  /** desa/kelurahan split by the first digit of the 4-digit part */
  villageKinds: { kelurahan: number; desa: number; desaAdat: number };
}

export type ObsoleteCertainty = 'documented' | 'inferred' | 'guess';

/** A code that no longer exists in the bundled edition. */
export interface ObsoleteCode {
  code: string;
  /** the code that replaced it */
  current: string;
  /** name of the area at the time */
  name: string;
  reason: string;
  reasonEn: string;
  certainty: ObsoleteCertainty;
  /** id of the change record, e.g. `balikpapan-2012` */
  change: string;
  year?: number;
}

/** How a name written in data relates to the official name of a code. */
export type NameMatchKind = 'exact' | 'normalized' | 'alias' | 'different';
export interface NameCheck {
  code: string;
  official: string;
  given: string;
  match: NameMatchKind;
}

/** A reference list: the shipped BPS list or a user's kode referensi lokal. */
export interface ReferenceListEntry {
  code: string;
  name: string;
  parent: string | null;
  /** the matching code in another system (for BPS lists: the Kemendagri code) */
  mapped?: string | null;
}

export interface ReferenceListInfo {
  id: string;
  name: string;
  /** `bps`, `lokal`, `kbli`, … */
  system: string;
  version: number;
  entryCount: number;
  /** the system `mapped` codes belong to, e.g. `kemendagri` */
  mapsTo?: string | null;
  builtin: boolean;
  importedAt?: string;
  importedBy?: string;
  sourceFile?: string;
  note?: string;
}

export interface ReferenceListMatch extends ReferenceListEntry {
  score: number;
}

/** A region with its chain of parents (province first), for display. */
export interface RegionInfo extends Region {
  ancestors: Region[];
}

/** A page of a reference list's entries. */
export interface ReferenceListPage {
  info: ReferenceListInfo;
  entries: ReferenceListEntry[];
  total: number;
}
