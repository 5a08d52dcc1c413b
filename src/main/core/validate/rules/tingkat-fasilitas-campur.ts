import { defineRule } from '../define-rule';
import { truncate } from '../rule-helpers';

/**
 * Health facilities of another service level than the rest of the table: a hospital (referral
 * level) among puskesmas and clinics (first level), or the reverse (domain §7.3 item 13). The
 * level comes from the facility-type column, else from the facility name. Only a small
 * minority (at most a quarter of the classified rows) is reported: a table that mixes levels
 * evenly is a directory, not a slip.
 */
type Tier = 'pertama' | 'rujukan';

const REFERRAL_RE =
  /\b(rsud|rsu|rsia|rsj|rsb|rs|rumah sakit|klinik utama|rumkit|rumkital|rumkitban)\b/i;
const FIRST_RE =
  /\b(puskesmas|pkm|pustu|klinik|praktik|praktek|poskesdes|polindes|pos kesehatan|balai pengobatan)\b/i;
const TYPE_COLUMN_RE = /^(jenis|tipe|kategori|kelas)_(fasilitas|faskes|fasyankes)(_|$)/;
const NAME_COLUMN_RE = /^(nama|nm)_(fasilitas|faskes|fasyankes)(_|$)/;
const MAX_MINORITY_SHARE = 0.25;

function tierOf(value: string): Tier | undefined {
  if (value === '') return undefined;
  if (REFERRAL_RE.test(value)) return 'rujukan';
  if (FIRST_RE.test(value)) return 'pertama';
  return undefined;
}

interface TierRows {
  count: number;
  /** the first rows (capped) with the value and column that gave the level */
  rows: { line: number; value: string; column: number }[];
}

const MAX_ROWS = 1000;

export default defineRule({
  code: 'tingkat-fasilitas-campur',
  scope: 'table',
  create(ctx) {
    const cols = [
      ctx.columns.find((c) => TYPE_COLUMN_RE.test(c.name)),
      ctx.columns.find((c) => NAME_COLUMN_RE.test(c.name)),
    ].filter((c) => c !== undefined);
    if (cols.length === 0) return {};
    const tiers = new Map<Tier, TierRows>();
    return {
      row(row) {
        if (row.kind !== 'data') return;
        for (const c of cols) {
          const value = (row.cells[c.index] ?? '').trim();
          const tier = tierOf(value);
          if (!tier) continue;
          let t = tiers.get(tier);
          if (!t) tiers.set(tier, (t = { count: 0, rows: [] }));
          t.count++;
          if (t.rows.length < MAX_ROWS) t.rows.push({ line: row.line, value, column: c.index });
          return;
        }
      },
      end() {
        const first = tiers.get('pertama');
        const referral = tiers.get('rujukan');
        if (!first || !referral) return;
        const total = first.count + referral.count;
        const [minorityTier, minority, majorityTier] =
          first.count < referral.count
            ? (['pertama', first, 'rujukan'] as const)
            : (['rujukan', referral, 'pertama'] as const);
        if (minority.count * 2 >= total || minority.count > MAX_MINORITY_SHARE * total) return;
        const listed = minority.rows.length;
        minority.rows.forEach((r, i) => {
          const extra = i === listed - 1 ? minority.count - listed : 0;
          ctx.report({
            row: r.line,
            column: r.column,
            value: r.value,
            params: { value: truncate(r.value), tier: minorityTier, majorityTier },
            group: minorityTier,
            ...(extra > 0 ? { count: extra + 1 } : {}),
          });
        });
      },
    };
  },
});
