/**
 * What the validator needs from the reference store (src/main/core/reference/): look up an
 * official region by code or name, and know obsolete codes. The host adapts the real store to
 * this interface; tests use a small Balikpapan double (tests/rules/support/balikpapan-regions.ts).
 *
 * Adapting the reference store (src/main/core/reference): `byCode` → store.byCode, `findByName`
 * → store.find, `obsolete` → obsoleteEntry, `moved` → movedEntry, `normalizeName` →
 * normaliseName, `edition` → store.edition().label.id, `children` → store.children.
 *
 * Codes are Kemendagri codes in their dotted written form (`64.71.05.1010`).
 */

import { REGION_LEVELS, type RegionLevel } from '../../../shared/model/reference';

export { REGION_LEVELS, type RegionLevel };

export interface RegionEntry {
  code: string;
  name: string;
  level: RegionLevel;
  /** the parent's code, null for a province */
  parent: string | null;
}

export interface RegionCandidate {
  code: string;
  name: string;
  level: RegionLevel;
  /** 0..1, 1 = exact (normalised) match */
  score: number;
}

export interface ObsoleteCode {
  /** the code that replaces it, when there is one */
  current: string | null;
  /** short reason in Indonesian, e.g. `Perda Kota Balikpapan 7/2012` */
  reason: string;
  /** the reason in English (defaults to `reason`) */
  reasonEn?: string;
}

export interface RegionLookup {
  /** edition label, e.g. `Kemendagri 2025` */
  readonly edition?: string;
  byCode(code: string): RegionEntry | undefined;
  /** candidates best first; `parentCode` restricts to children of that code */
  findByName(name: string, opts?: { level?: RegionLevel; parentCode?: string }): RegionCandidate[];
  obsolete(code: string): ObsoleteCode | undefined;
  /**
   * A region written under its old parent (e.g. Damai under 64.71.05 before 2012): the change
   * that moved it. Optional; without it obsolete codes are found by code only.
   */
  moved?(name: string, oldParent: string): ObsoleteCode | undefined;
  /** the store's normalisation of a region name (case, prefixes, aliases) */
  normalizeName(name: string): string;
  /** the official children of a code (kecamatan of a kab/kota…); optional */
  children?(code: string): RegionEntry[];
}

/** Number of digits of a Kemendagri code per level, and its dotted segment lengths. */
export const KEMENDAGRI_DIGITS: Record<RegionLevel, number> = {
  provinsi: 2,
  kabupaten_kota: 4,
  kecamatan: 6,
  desa: 10,
};
/** BPS (Wilkerstat) code digits per level; kab/kota level is identical to Kemendagri. */
export const BPS_DIGITS: Record<RegionLevel, number> = {
  provinsi: 2,
  kabupaten_kota: 4,
  kecamatan: 7,
  desa: 10,
};

const DOTTED: Record<RegionLevel, RegExp> = {
  provinsi: /^\d{2}$/,
  kabupaten_kota: /^\d{2}\.\d{2}$/,
  kecamatan: /^\d{2}\.\d{2}\.\d{2}$/,
  desa: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};

export function isDottedKemendagri(code: string, level: RegionLevel): boolean {
  return DOTTED[level].test(code);
}

/** The level of a dotted Kemendagri code by its shape, if it has one. */
export function levelOfDotted(code: string): RegionLevel | undefined {
  for (const level of REGION_LEVELS) if (DOTTED[level].test(code)) return level;
  return undefined;
}

/** Insert dots into an undotted Kemendagri code (2/4/6/10 digits). */
export function dotKemendagri(digits: string): string | undefined {
  if (!/^\d+$/.test(digits)) return undefined;
  switch (digits.length) {
    case 2:
      return digits;
    case 4:
      return `${digits.slice(0, 2)}.${digits.slice(2)}`;
    case 6:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`;
    case 10:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
    default:
      return undefined;
  }
}

/** The parent of a dotted Kemendagri code, or null for a province. */
export function parentOfDotted(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

export const LEVEL_RANK: Record<RegionLevel, number> = {
  provinsi: 0,
  kabupaten_kota: 1,
  kecamatan: 2,
  desa: 3,
};

const PREFIX_RE =
  /^(?:provinsi|prov\.?|kabupaten|kab\.?|kota|kecamatan|kec\.?|kelurahan|kel\.?|desa|ds\.?)\s+(?=\S)/i;

/**
 * A strict comparison form for region names: lower case, single spaces, without the
 * administrative prefix (Kota, Kab., Kec., Kel., Desa…). Spelling variants stay different.
 */
export function strictRegionName(name: string): string {
  let s = name.trim().replace(/\s+/g, ' ').toLowerCase();
  s = s.replace(PREFIX_RE, '');
  return s;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bgn\.?\s*/g, 'gunung '],
  [/\bsei\.?\s+/g, 'sungai '],
  [/\bsg\.?\s+/g, 'sungai '],
  [/\bkp\.?\s+/g, 'kampung '],
  [/\btj\.?\s+/g, 'tanjung '],
];

/** A loose form: strict form with common abbreviations expanded and all non-letters removed. */
export function compactRegionName(name: string): string {
  let s = strictRegionName(name);
  for (const [re, rep] of ABBREVIATIONS) s = s.replace(re, rep);
  return s.replace(/[^a-z0-9]/g, '');
}
