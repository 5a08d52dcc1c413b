/**
 * Reads the few metadata facts the data rules compare with (access level, satuan, period,
 * coverage) from a metadata document of any profile. Keys are matched case-insensitively, at
 * the top level and inside CKAN-style `extras` (array of {key, value} or an object).
 */
import type { RegionLookup } from './reference-lookup';
import { dotKemendagri, levelOfDotted } from './reference-lookup';

export const METADATA_KEYS = {
  access: [
    'accessRights',
    'access_rights',
    'hak_akses',
    'akses',
    'klasifikasi_akses',
    'tingkat_akses',
    'access_level',
    'accessLevel',
  ],
  unit: ['satuan', 'unit', 'satuan_data'],
  period: [
    'tahun',
    'periode',
    'periode_data',
    'tahun_data',
    'temporal',
    'temporal_coverage',
    'rentang_waktu',
    'referensi_waktu',
  ],
  coverage: [
    'cakupan',
    'cakupan_wilayah',
    'cakupan_dataset',
    'spatial',
    'kode_wilayah',
    'wilayah',
    'coverage',
  ],
} as const;

function norm(k: string): string {
  return k.toLowerCase().replace(/[\s-]+/g, '_');
}

/** The first non-empty value under one of `keys`. */
export function metadataValue(
  doc: Record<string, unknown> | undefined,
  keys: readonly string[],
): unknown {
  if (!doc) return undefined;
  const wanted = new Set(keys.map(norm));
  const pick = (obj: Record<string, unknown>): unknown => {
    for (const [k, v] of Object.entries(obj)) {
      if (wanted.has(norm(k)) && !isEmpty(v)) return v;
    }
    return undefined;
  };
  const top = pick(doc);
  if (top !== undefined) return top;
  const extras = doc['extras'];
  if (Array.isArray(extras)) {
    for (const e of extras) {
      if (e && typeof e === 'object') {
        const o = e as Record<string, unknown>;
        if (typeof o['key'] === 'string' && wanted.has(norm(o['key'])) && !isEmpty(o['value'])) {
          return o['value'];
        }
      }
    }
  } else if (extras && typeof extras === 'object') {
    return pick(extras as Record<string, unknown>);
  }
  return undefined;
}

function isEmpty(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (typeof v === 'string' && v.trim() === '') ||
    (Array.isArray(v) && v.length === 0)
  );
}

export function metadataText(
  doc: Record<string, unknown> | undefined,
  keys: readonly string[],
): string | undefined {
  const v = metadataValue(doc, keys);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v))
    return v.filter((x) => typeof x === 'string' || typeof x === 'number').join(', ');
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of ['label', 'name', 'nama', 'value', 'id', 'code', 'kode']) {
      if (typeof o[k] === 'string') return (o[k] as string).trim();
    }
  }
  return undefined;
}

export type AccessLevel = 'terbuka' | 'terbatas' | 'tertutup';

export function accessLevel(
  doc: Record<string, unknown> | undefined,
): { level: AccessLevel; text: string } | undefined {
  const text = metadataText(doc, METADATA_KEYS.access);
  if (!text) return undefined;
  const t = text.toLowerCase();
  if (/terbuka|publik|public|open|^umum$/.test(t)) return { level: 'terbuka', text };
  if (/terbatas|internal|restricted/.test(t)) return { level: 'terbatas', text };
  if (/tertutup|dikecualikan|non[_ -]?public|closed|rahasia/.test(t))
    return { level: 'tertutup', text };
  return undefined;
}

/** The declared period as a year range. */
export function declaredYears(
  doc: Record<string, unknown> | undefined,
): { from: number; to: number; text: string } | undefined {
  const v = metadataValue(doc, METADATA_KEYS.period);
  if (v === undefined) return undefined;
  let text: string;
  if (typeof v === 'number') text = String(v);
  else if (typeof v === 'string') text = v;
  else if (Array.isArray(v)) text = v.map(String).join(' ');
  else if (typeof v === 'object' && v) {
    const o = v as Record<string, unknown>;
    text = ['start', 'startDate', 'dari', 'mulai', 'end', 'endDate', 'sampai', 'selesai']
      .map((k) => (o[k] === undefined ? '' : String(o[k])))
      .join(' ');
  } else return undefined;
  const years = [...text.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]));
  if (years.length === 0) return undefined;
  return { from: Math.min(...years), to: Math.max(...years), text: text.trim() };
}

/** The declared coverage as a dotted Kemendagri code. */
export function declaredCoverage(
  doc: Record<string, unknown> | undefined,
  regions: RegionLookup | undefined,
): { code: string; text: string } | undefined {
  const text = metadataText(doc, METADATA_KEYS.coverage);
  if (!text) return undefined;
  const t = text.trim();
  if (/^[\d.]+$/.test(t)) {
    const code = t.includes('.') ? t : dotKemendagri(t);
    if (code && levelOfDotted(code)) return { code, text: t };
    return undefined;
  }
  const top = regions?.findByName(t)[0];
  if (top && top.score >= 0.9) return { code: top.code, text: t };
  return undefined;
}
