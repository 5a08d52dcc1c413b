/**
 * The shape of Kemendagri region codes (dotted: 64, 64.71, 64.71.05, 64.71.05.1010).
 * BPS codes are digits without dots and a different system: never convert one into the other
 * by adding or stripping dots (6471020 is BPS Balikpapan Timur, 64.71.02 is Balikpapan Barat).
 */
import type { RegionLevel } from '../../../shared/model/reference';

export const KEMENDAGRI_CODE_PATTERN = /^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$/;

const LEVEL_BY_PARTS: readonly RegionLevel[] = ['provinsi', 'kabupaten_kota', 'kecamatan', 'desa'];

export function isKemendagriCode(text: string): boolean {
  return KEMENDAGRI_CODE_PATTERN.test(text);
}

/** The level of a well-formed code, or undefined. */
export function levelOfCode(code: string): RegionLevel | undefined {
  if (!isKemendagriCode(code)) return undefined;
  return LEVEL_BY_PARTS[code.split('.').length - 1];
}

/** The parent code of a well-formed code (null for a province), or undefined when malformed. */
export function parentOfCode(code: string): string | null | undefined {
  if (!isKemendagriCode(code)) return undefined;
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

/** True when `code` is `ancestor` or lies below it. */
export function isWithin(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(ancestor + '.');
}

/** kab (01–69) or kota (71–99) for a kabupaten/kota code. */
export function regencyKind(code: string): 'kabupaten' | 'kota' | undefined {
  if (levelOfCode(code) !== 'kabupaten_kota') return undefined;
  return Number(code.slice(3, 5)) >= 70 ? 'kota' : 'kabupaten';
}

/** kelurahan (1xxx), desa (2xxx) or desa adat (3xxx) for a desa-level code. */
export function villageKind(code: string): 'kelurahan' | 'desa' | 'desa-adat' | undefined {
  if (levelOfCode(code) !== 'desa') return undefined;
  const d = code.charAt(9);
  if (d === '1') return 'kelurahan';
  if (d === '2') return 'desa';
  if (d === '3') return 'desa-adat';
  return undefined;
}

/** Digits-only strings of BPS lengths (2, 4, 7, 10): a hint for messages, never a conversion. */
export function looksLikeBpsCode(text: string): boolean {
  return /^(?:[0-9]{4}|[0-9]{7}|[0-9]{10})$/.test(text);
}

/** The deepest code that contains every code (lowest common ancestor), or undefined. */
export function commonAncestor(codes: readonly string[]): string | undefined {
  const valid = codes.filter(isKemendagriCode);
  const first = valid[0];
  if (first === undefined) return undefined;
  let parts = first.split('.');
  for (const c of valid) {
    const p = c.split('.');
    let n = 0;
    while (n < parts.length && n < p.length && parts[n] === p[n]) n++;
    parts = parts.slice(0, n);
    if (parts.length === 0) return undefined;
  }
  return parts.join('.');
}
