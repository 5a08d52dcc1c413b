/**
 * Names that portals accept.
 * - CKAN dataset and organisation names: lower-case `a-z0-9-_`, 2–100 characters.
 * - CKAN tags: letters, digits, spaces and `-_.`, 2–100 characters (CKAN's tag_name_validator).
 * - Frictionless names (package, resource): `^[a-z0-9._-]+$`.
 * Accents are folded (é → e) before anything is dropped.
 */

const MAX_NAME = 100;
const MIN_NAME = 2;

function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * A CKAN-valid name (`^[a-z0-9_-]{2,100}$`) from any text. Runs of other characters become
 * one `-`; the result is cut at a word boundary when it is too long. `fallback` is used when
 * nothing usable remains (it is slugified too).
 */
export function toSlug(text: string, fallback = 'dataset'): string {
  let slug = foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  if (slug.length > MAX_NAME) {
    const cut = slug.slice(0, MAX_NAME);
    const lastDash = cut.lastIndexOf('-');
    slug = (lastDash >= 20 ? cut.slice(0, lastDash) : cut).replace(/[-_]+$/g, '');
  }
  if (slug.length >= MIN_NAME) return slug;
  if (fallback !== text) return toSlug(fallback, 'dataset');
  return slug.length === 0 ? 'dataset' : `${slug}-dataset`;
}

export function isValidSlug(name: string): boolean {
  return /^[a-z0-9_-]{2,100}$/.test(name);
}

/** A CKAN tag (2–100 chars of letters, digits, space, `-`, `_`, `.`), or undefined if none remains. */
export function toTagName(text: string): string | undefined {
  const tag = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME)
    .trim();
  return tag.length >= MIN_NAME ? tag : undefined;
}

/** Distinct valid tags, first occurrence first (case-insensitive). */
export function toTags(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    const tag = toTagName(text);
    if (tag === undefined || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** A Frictionless name: lower case, `a-z0-9._-`. */
export function toFrictionlessName(text: string, fallback = 'dataset'): string {
  return toSlug(text, fallback);
}

/** "jumlah_penduduk-kecamatan 2024.csv" → "Jumlah Penduduk Kecamatan 2024". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const words = base
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length === 0) return 'Dataset';
  // keep short acronyms (BPS, RSUD) unless the whole name is shouted in capitals
  const allCaps = base === base.toUpperCase();
  return words
    .map((w) =>
      !allCaps && /^[A-Z0-9]{2,5}$/.test(w)
        ? w
        : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase(),
    )
    .join(' ');
}

/**
 * Column names as exports write them: empty names become `kolom_<n>` and repeated names get
 * a suffix (`nama`, `nama_2`), so JSON keys and Table Schema fields stay unique.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    const base = raw.trim() === '' ? `kolom_${i + 1}` : raw;
    let name = base;
    for (let n = 2; seen.has(name); n += 1) name = `${base}_${n}`;
    seen.add(name);
    return name;
  });
}
