/**
 * Numbers, dates and sizes as an Indonesian reader expects them (12.345; 1,5 MB; 1 Februari
 * 2025), or in English when the catalog is generated with `lang: 'en'`.
 */
import type { CatalogLang } from '../../../shared/model/catalog';

const MONTHS: Record<CatalogLang, string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const LOCALE: Record<CatalogLang, string> = { id: 'id-ID', en: 'en-GB' };

export function formatNumber(
  value: number,
  lang: CatalogLang = 'id',
  maxFractionDigits = 2,
): string {
  if (!Number.isFinite(value)) return String(value);
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFractionDigits }).format(
    value,
  );
}

export function formatPercent(share: number, lang: CatalogLang = 'id'): string {
  return `${formatNumber(Math.round(share * 100), lang, 0)}%`;
}

/** 1.234 B, 12,5 KB, 3,4 MB (1 KB = 1024 B). */
export function formatBytes(bytes: number, lang: CatalogLang = 'id'): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${formatNumber(bytes, lang, 0)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${formatNumber(v, lang, v < 10 ? 1 : 0)} ${units[i] ?? 'TB'}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * '2025-02-01' → '1 Februari 2025'; '2025-02' → 'Februari 2025'; an ISO date-time → its date
 * (in UTC, so the same input gives the same text everywhere); anything else unchanged.
 */
export function formatDate(value: string, lang: CatalogLang = 'id'): string {
  const v = value.trim();
  const month = (m: string): string | undefined => MONTHS[lang][Number(m) - 1];
  let m = ISO_DATE.exec(v);
  if (m) {
    const name = month(m[2] ?? '');
    if (name !== undefined) return `${Number(m[3])} ${name} ${m[1]}`;
    return v;
  }
  m = ISO_MONTH.exec(v);
  if (m) {
    const name = month(m[2] ?? '');
    return name !== undefined ? `${name} ${m[1]}` : v;
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) return formatDate(new Date(t).toISOString().slice(0, 10), lang);
  }
  return v;
}

/** A period from two ISO-ish values: '2023–2024', '2024', 'Januari 2024 – Juni 2024'. */
export function formatPeriod(
  start: string | undefined,
  end: string | undefined,
  lang: CatalogLang = 'id',
): string | undefined {
  const s = start?.trim() ? formatDate(start, lang) : undefined;
  const e = end?.trim() ? formatDate(end, lang) : undefined;
  if (s && e) return s === e ? s : `${s} – ${e}`;
  return s ?? e;
}
