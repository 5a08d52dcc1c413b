/** Numbers, sizes and dates the way each language writes them (id-ID: 1.234.567 and 2,5 MB). */
export type FormatLang = 'id' | 'en';

const LOCALES: Record<FormatLang, string> = { id: 'id-ID', en: 'en-GB' };

export function formatNumber(n: number, lang: FormatLang): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number, lang: FormatLang): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);
  return `${text} ${UNITS[unit] ?? 'B'}`;
}

export function formatDateTime(iso: string, lang: FormatLang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** Percentage 0..100 of done/total, or null when the total is unknown. */
export function percentOf(done: number | undefined, total: number | undefined): number | null {
  if (done === undefined || !total || total <= 0) return null;
  return Math.max(0, Math.min(100, Math.round((done / total) * 100)));
}

/** Compact date and time for tables: "27 Nov 2024, 21.21". */
export function formatDateTimeShort(iso: string, lang: FormatLang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
