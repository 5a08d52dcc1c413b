import { defineRule } from '../define-rule';
import { regionAnalysis } from '../region-analysis';
import { parentOfDotted, strictRegionName, type RegionLookup } from '../reference-lookup';
import { truncate } from '../rule-helpers';
import { matchCase } from '../text-utils';

/**
 * A facility name that contains a kelurahan name in a non-official spelling: "Puskesmas Sungai
 * Nangka" where the official name is "Sungainangka" (domain §7.3 item 5). Facility names are
 * free text, so this is a warning with the official spelling as suggestion.
 *
 * Only the kelurahan of the row's own kecamatan are compared (from a kecamatan or kelurahan
 * code column; rows without a valid code are skipped), on a squashed, case-folded form (letters
 * and digits only). A match must start and end on word boundaries, and the longest kelurahan
 * name wins, so "Puskesmas Damai Baru" is Damai Baru, written officially.
 */
const NAME_COLUMN_RE =
  /^(nama|nm)_(fasilitas|faskes|fasyankes|puskesmas|pkm|pustu|sekolah|satuan_pendidikan|satpen|rs|rsud|rumah_sakit|klinik|posyandu)(_|$)/;
/** shorter squashed names match inside too many words */
const MIN_SQUASHED = 4;

interface Kelurahan {
  name: string;
  squashed: string;
}

interface Match {
  official: string;
  suggestion: string;
}

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** ASCII letters and digits only, lower case: the squashed comparison form. */
function squashed(s: string): string {
  return s.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** Positions in `s` of the characters that `squashed(s)` keeps. */
function keptPositions(s: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) at.push(i);
  }
  return at;
}

/** The unofficial kelurahan spelling inside `name`, if any. */
function findVariant(name: string, kelurahan: readonly Kelurahan[]): Match | undefined {
  const text = squashed(name);
  let at: number[] | undefined;
  for (const k of kelurahan) {
    let from = text.indexOf(k.squashed);
    if (from < 0) continue;
    at ??= keptPositions(name);
    while (from >= 0) {
      const start = at[from] ?? 0;
      const end = (at[from + k.squashed.length - 1] ?? 0) + 1;
      if (!isAlnum(name[start - 1]) && !isAlnum(name[end])) {
        const written = name.slice(start, end);
        // the longest kelurahan on word boundaries decides; written officially: nothing to say
        if (strictRegionName(written) === strictRegionName(k.name)) return undefined;
        const official = matchCase(k.name, written);
        return {
          official: k.name,
          suggestion: `${name.slice(0, start)}${official}${name.slice(end)}`,
        };
      }
      from = text.indexOf(k.squashed, from + 1);
    }
  }
  return undefined;
}

function kelurahanOf(regions: RegionLookup, kecamatan: string): Kelurahan[] {
  return (regions.children?.(kecamatan) ?? [])
    .map((e) => ({ name: e.name, squashed: squashed(e.name) }))
    .filter((k) => k.squashed.length >= MIN_SQUASHED)
    .sort((a, b) => b.squashed.length - a.squashed.length);
}

export default defineRule({
  code: 'nama-fasilitas-ejaan-wilayah',
  scope: 'row',
  create(ctx) {
    const regions = ctx.regions;
    if (!regions?.children) return {};
    const names = ctx.columns.filter((c) => NAME_COLUMN_RE.test(c.name));
    const kecCol = ctx.columns.find(
      (c) => c.role === 'region-code' && c.regionLevel === 'kecamatan',
    );
    const desaCol = ctx.columns.find((c) => c.role === 'region-code' && c.regionLevel === 'desa');
    const codeCol = kecCol ?? desaCol;
    if (names.length === 0 || !codeCol) return {};
    const ra = regionAnalysis(ctx);
    const lists = new Map<string, Kelurahan[]>();
    // facility names are mostly distinct: remember only the last one per column (panel data
    // repeats a facility on consecutive rows)
    const lastKey = names.map(() => '');
    const lastMatch: (Match | null)[] = names.map(() => null);
    return {
      row(row) {
        if (row.kind !== 'data') return;
        const a = ra.rowCode(codeCol, row);
        if (!a || a.status !== 'ok' || !a.code) return;
        const kecamatan = codeCol === kecCol ? a.code : parentOfDotted(a.code);
        if (!kecamatan) return;
        let list = lists.get(kecamatan);
        if (!list) lists.set(kecamatan, (list = kelurahanOf(regions, kecamatan)));
        if (list.length === 0) return;
        for (const [i, col] of names.entries()) {
          const value = (row.cells[col.index] ?? '').trim();
          if (value === '') continue;
          const key = `${kecamatan}\u0000${value}`;
          let m: Match | null;
          if (key === lastKey[i]) m = lastMatch[i] ?? null;
          else {
            m = findVariant(value, list) ?? null;
            lastKey[i] = key;
            lastMatch[i] = m;
          }
          if (!m) continue;
          ctx.report({
            row: row.line,
            column: col.index,
            value,
            suggestion: m.suggestion,
            params: { value: truncate(value), official: m.official },
          });
        }
      },
    };
  },
});
