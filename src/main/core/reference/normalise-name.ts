/**
 * Normalising region names for lookup: any case, spacing and punctuation, level prefixes
 * (Kab./Kabupaten/Kota/Kec./Kecamatan/Kel./Kelurahan/Desa, with or without the dot) and word
 * abbreviations (Gn. → Gunung). Official names and searched names go through the same steps,
 * so the index and the query always agree.
 */
import aliasData from '../../../../resources/reference/nama-wilayah-alias.json';
import type { RegionLevel } from '../../../shared/model/reference';

/** What a prefix in a searched name says about the wanted level. */
export type NameHint = 'provinsi' | 'kabupaten' | 'kota' | 'kecamatan' | 'kelurahan' | 'desa';

interface TokenAlias {
  abbr: string;
  word: string;
}

const TOKEN_ALIASES: ReadonlyMap<string, string[]> = new Map(
  (aliasData.tokens as TokenAlias[]).map((t) => [t.abbr, t.word.split(' ')]),
);

/** A fingerprint of everything that changes normalised names (part of the store's file name). */
export const NORMALISER_SIGNATURE = JSON.stringify({
  v: 1,
  tokens: [...TOKEN_ALIASES.entries()],
});

/** Leading tokens that name a level; longest first. */
const PREFIXES: readonly [string[], NameHint][] = [
  [['kabupaten', 'administrasi'], 'kabupaten'],
  [['kab', 'administrasi'], 'kabupaten'],
  [['kota', 'administrasi'], 'kota'],
  [['provinsi'], 'provinsi'],
  [['propinsi'], 'provinsi'],
  [['prov'], 'provinsi'],
  [['kabupaten'], 'kabupaten'],
  [['kab'], 'kabupaten'],
  [['kota'], 'kota'],
  [['kecamatan'], 'kecamatan'],
  [['kec'], 'kecamatan'],
  [['kelurahan'], 'kelurahan'],
  [['kel'], 'kelurahan'],
  [['desa'], 'desa'],
  [['ds'], 'desa'],
];

/** Lower case, no diacritics, no apostrophes, every other non-alphanumeric run → one space. */
export function basicNormalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`"“”]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function tokens(text: string): string[] {
  const basic = basicNormalise(text);
  if (basic === '') return [];
  const out: string[] = [];
  for (const t of basic.split(' ')) {
    const expanded = TOKEN_ALIASES.get(t);
    if (expanded) out.push(...expanded);
    else out.push(t);
  }
  return out;
}

function stripPrefix(toks: string[]): { hint?: NameHint; rest: string[] } {
  for (const [prefix, hint] of PREFIXES) {
    if (toks.length <= prefix.length) continue;
    if (prefix.every((p, i) => toks[i] === p)) return { hint, rest: toks.slice(prefix.length) };
  }
  return { rest: toks };
}

/**
 * The normalised form of an official name. Only the level's own type words are stripped
 * ("Kabupaten"/"Kota" for kabupaten/kota, "Provinsi" for provinces): kecamatan such as
 * "Kota Baru" keep their word "kota".
 */
export function normaliseOfficialName(name: string, level: RegionLevel): string {
  const toks = tokens(name);
  if (level === 'kabupaten_kota' || level === 'provinsi') {
    const { hint, rest } = stripPrefix(toks);
    const own =
      level === 'provinsi' ? hint === 'provinsi' : hint === 'kabupaten' || hint === 'kota';
    if (own) return rest.join(' ');
  }
  return toks.join(' ');
}

/** Plain normalisation without prefix handling (aliases, list entries). */
export function normaliseName(name: string): string {
  return tokens(name).join(' ');
}

export interface QueryVariant {
  norm: string;
  /** set on the variant whose prefix was stripped */
  hint?: NameHint;
  /** the unstripped reading of a name that had a prefix */
  literal?: boolean;
}

/**
 * The readings of a searched name: with a level prefix, the stripped name (with its hint)
 * and the literal name ("Kota Baru" may be a kecamatan called Kota Baru).
 */
export function queryVariants(text: string): QueryVariant[] {
  const toks = tokens(text);
  if (toks.length === 0) return [];
  const { hint, rest } = stripPrefix(toks);
  if (!hint) return [{ norm: toks.join(' ') }];
  return [
    { norm: rest.join(' '), hint },
    { norm: toks.join(' '), literal: true },
  ];
}

/** The name without any spaces: "sungai nangka" and "sungainangka" compare equal. */
export function compact(norm: string): string {
  return norm.replace(/ /g, '');
}

/** Word trigrams in the pg_trgm style: each word padded with two spaces before, one after. */
export function trigrams(norm: string): Set<string> {
  const out = new Set<string>();
  for (const w of norm.split(' ')) {
    if (w === '') continue;
    const padded = `  ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** The level a hint points to. */
export function hintLevel(hint: NameHint): RegionLevel {
  switch (hint) {
    case 'provinsi':
      return 'provinsi';
    case 'kabupaten':
    case 'kota':
      return 'kabupaten_kota';
    case 'kecamatan':
      return 'kecamatan';
    case 'kelurahan':
    case 'desa':
      return 'desa';
  }
}
