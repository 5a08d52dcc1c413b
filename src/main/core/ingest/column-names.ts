/**
 * Proposed column names: snake_case, lower-case ASCII, `^[a-z][a-z0-9_]*$` (Satu Data naming
 * rule, domain §3.2), unique within a table.
 */

const MAX_NAME = 63;
const COMBINING = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`´]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const EDGE_UNDERSCORES = /^_+|_+$/g;
const YEAR_START = /^(?:19|20)\d\d(?:_|$)/;

/**
 * Turn a header label into a snake_case name: accents stripped (`Ké` → `ke`), `%` → `persen`,
 * `&` → `dan`, `#` → `no`, apostrophes dropped (`Jum'at` → `jumat`), every other run of
 * non-alphanumerics becomes `_` (`No.` → `no`, `Kab./Kota` → `kab_kota`). A name that would
 * start with a digit gets a prefix: `tahun_` for a year (`2024` → `tahun_2024`), else `kolom_`.
 * Returns '' when nothing usable is left (the caller then uses `kolom_N`).
 */
export function toSnakeCase(label: string): string {
  let s = label
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(/%/g, ' persen ')
    .replace(/&/g, ' dan ')
    .replace(/#/g, ' no ')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(NON_ALNUM, '_')
    .replace(EDGE_UNDERSCORES, '');
  if (s === '') return '';
  const first = s.charCodeAt(0);
  if (first >= 48 && first <= 57) s = (YEAR_START.test(s) ? 'tahun_' : 'kolom_') + s;
  if (s.length > MAX_NAME) {
    const cut = s.lastIndexOf('_', MAX_NAME);
    s = s.slice(0, cut > 20 ? cut : MAX_NAME).replace(EDGE_UNDERSCORES, '');
  }
  return s;
}

/**
 * One unique name per label: blank (or unusable) labels get `kolom_N` (N = 1-based position),
 * repeats get `_2`, `_3`, … in order of appearance.
 */
export function uniqueNames(labels: readonly string[]): string[] {
  const used = new Set<string>();
  // where the suffix search of each base continues: linear, even for 100,000 equal labels
  const nextSuffix = new Map<string, number>();
  const names: string[] = [];
  labels.forEach((label, i) => {
    const base = toSnakeCase(label) || `kolom_${i + 1}`;
    let name = base;
    if (used.has(name)) {
      let k = nextSuffix.get(base) ?? 2;
      while (used.has(`${base}_${k}`)) k++;
      name = `${base}_${k}`;
      nextSuffix.set(base, k + 1);
    }
    used.add(name);
    names.push(name);
  });
  return names;
}
