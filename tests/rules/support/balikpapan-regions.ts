/**
 * A RegionLookup test double with the Kemendagri 2025 codes of Kota Balikpapan (domain §4.1):
 * the 38 provinces, the kab/kota of Kalimantan Timur, Balikpapan's 6 kecamatan and 34
 * kelurahan, plus Kota Samarinda's kecamatan Palaran with three kelurahan. Obsolete codes:
 * Damai's pre-2012 code 64.71.05.1005; `moved` knows the five kelurahan that left Balikpapan
 * Selatan (64.71.05) for Balikpapan Kota in 2012; `children` lists the official children of a
 * code.
 */
import {
  compactRegionName,
  strictRegionName,
  type ObsoleteCode,
  type RegionCandidate,
  type RegionEntry,
  type RegionLevel,
  type RegionLookup,
} from '../../../src/main/core/validate/reference-lookup';
import { boundedLevenshtein } from '../../../src/main/core/validate/text-utils';

const PROVINCES: [string, string][] = [
  ['11', 'Aceh'],
  ['12', 'Sumatera Utara'],
  ['13', 'Sumatera Barat'],
  ['14', 'Riau'],
  ['15', 'Jambi'],
  ['16', 'Sumatera Selatan'],
  ['17', 'Bengkulu'],
  ['18', 'Lampung'],
  ['19', 'Kepulauan Bangka Belitung'],
  ['21', 'Kepulauan Riau'],
  ['31', 'DKI Jakarta'],
  ['32', 'Jawa Barat'],
  ['33', 'Jawa Tengah'],
  ['34', 'Daerah Istimewa Yogyakarta'],
  ['35', 'Jawa Timur'],
  ['36', 'Banten'],
  ['51', 'Bali'],
  ['52', 'Nusa Tenggara Barat'],
  ['53', 'Nusa Tenggara Timur'],
  ['61', 'Kalimantan Barat'],
  ['62', 'Kalimantan Tengah'],
  ['63', 'Kalimantan Selatan'],
  ['64', 'Kalimantan Timur'],
  ['65', 'Kalimantan Utara'],
  ['71', 'Sulawesi Utara'],
  ['72', 'Sulawesi Tengah'],
  ['73', 'Sulawesi Selatan'],
  ['74', 'Sulawesi Tenggara'],
  ['75', 'Gorontalo'],
  ['76', 'Sulawesi Barat'],
  ['81', 'Maluku'],
  ['82', 'Maluku Utara'],
  ['91', 'Papua'],
  ['92', 'Papua Barat'],
  ['93', 'Papua Selatan'],
  ['94', 'Papua Tengah'],
  ['95', 'Papua Pegunungan'],
  ['96', 'Papua Barat Daya'],
];

const KAB_KOTA: [string, string][] = [
  ['64.01', 'Kabupaten Paser'],
  ['64.02', 'Kabupaten Kutai Kartanegara'],
  ['64.03', 'Kabupaten Berau'],
  ['64.07', 'Kabupaten Kutai Barat'],
  ['64.08', 'Kabupaten Kutai Timur'],
  ['64.09', 'Kabupaten Penajam Paser Utara'],
  ['64.11', 'Kabupaten Mahakam Ulu'],
  ['64.71', 'Kota Balikpapan'],
  ['64.72', 'Kota Samarinda'],
  ['64.74', 'Kota Bontang'],
];

const KECAMATAN: [string, string][] = [
  ['64.71.01', 'Balikpapan Timur'],
  ['64.71.02', 'Balikpapan Barat'],
  ['64.71.03', 'Balikpapan Utara'],
  ['64.71.04', 'Balikpapan Tengah'],
  ['64.71.05', 'Balikpapan Selatan'],
  ['64.71.06', 'Balikpapan Kota'],
  ['64.72.01', 'Palaran'],
];

const KELURAHAN: [string, string][] = [
  ['64.71.01.1001', 'Manggar'],
  ['64.71.01.1002', 'Lamaru'],
  ['64.71.01.1003', 'Teritip'],
  ['64.71.01.1004', 'Manggar Baru'],
  ['64.71.02.1001', 'Baru Ilir'],
  ['64.71.02.1002', 'Baru Tengah'],
  ['64.71.02.1003', 'Baru Ulu'],
  ['64.71.02.1004', 'Kariangau'],
  ['64.71.02.1005', 'Margo Mulyo'],
  ['64.71.02.1006', 'Marga Sari'],
  ['64.71.03.1001', 'Batu Ampar'],
  ['64.71.03.1002', 'Gunung Samarinda'],
  ['64.71.03.1003', 'Karang Joang'],
  ['64.71.03.1004', 'Muara Rapak'],
  ['64.71.03.1005', 'Gunung Samarinda Baru'],
  ['64.71.03.1006', 'Graha Indah'],
  ['64.71.04.1001', 'Gunung Sari Ulu'],
  ['64.71.04.1002', 'Gunung Sari Ilir'],
  ['64.71.04.1003', 'Karang Rejo'],
  ['64.71.04.1004', 'Karang Jati'],
  ['64.71.04.1005', 'Mekar Sari'],
  ['64.71.04.1006', 'Sumber Rejo'],
  ['64.71.05.1002', 'Sepinggan'],
  ['64.71.05.1006', 'Gunung Bahagia'],
  ['64.71.05.1008', 'Sepinggan Baru'],
  ['64.71.05.1009', 'Sepinggan Raya'],
  ['64.71.05.1010', 'Sungainangka'],
  ['64.71.05.1011', 'Damai Baru'],
  ['64.71.05.1012', 'Damai Bahagia'],
  ['64.71.06.1001', 'Prapatan'],
  ['64.71.06.1002', 'Telaga Sari'],
  ['64.71.06.1003', 'Klandasan Ulu'],
  ['64.71.06.1004', 'Klandasan Ilir'],
  ['64.71.06.1005', 'Damai'],
  ['64.72.01.1001', 'Rawa Makmur'],
  ['64.72.01.1002', 'Handil Bakti'],
  ['64.72.01.1003', 'Bukuan'],
];

/** Spelling variants (domain §4.1), by compact form. */
const ALIASES: Record<string, string> = {
  karingau: 'Kariangau',
  mekarsari: 'Mekar Sari',
  sungainangka: 'Sungainangka',
  gnsamarinda: 'Gunung Samarinda',
};

const REASON = 'pembentukan Kecamatan Balikpapan Kota, Perda Kota Balikpapan 7/2012 dan 8/2012';
const REASON_EN = 'creation of Kecamatan Balikpapan Kota, city regulations 7/2012 and 8/2012';

const OBSOLETE: Record<string, ObsoleteCode> = {
  '64.71.05.1005': { current: '64.71.06.1005', reason: REASON, reasonEn: REASON_EN },
};

/** Kelurahan that moved from Balikpapan Selatan to Balikpapan Kota in 2012. */
const MOVED_2012: Record<string, string> = {
  prapatan: '64.71.06.1001',
  telagasari: '64.71.06.1002',
  klandasanulu: '64.71.06.1003',
  klandasanilir: '64.71.06.1004',
  damai: '64.71.06.1005',
};

function parentOf(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

export function balikpapanEntries(): RegionEntry[] {
  const make =
    (level: RegionLevel) =>
    ([code, name]: [string, string]): RegionEntry => ({
      code,
      name,
      level,
      parent: parentOf(code),
    });
  return [
    ...PROVINCES.map(make('provinsi')),
    ...KAB_KOTA.map(make('kabupaten_kota')),
    ...KECAMATAN.map(make('kecamatan')),
    ...KELURAHAN.map(make('desa')),
  ];
}

export interface LookupCalls {
  byCode: number;
  findByName: number;
}

/** The Balikpapan RegionLookup double; `calls` counts lookups (to test memoisation). */
export function createBalikpapanLookup(
  opts: { withObsolete?: boolean } = {},
): RegionLookup & { calls: LookupCalls } {
  const entries = balikpapanEntries();
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const calls: LookupCalls = { byCode: 0, findByName: 0 };
  const normalizeName = (name: string): string => {
    const c = compactRegionName(name);
    const alias = ALIASES[c];
    return alias ? compactRegionName(alias) : c;
  };
  return {
    edition: 'Kemendagri 2025',
    calls,
    byCode(code) {
      calls.byCode++;
      return byCode.get(code);
    },
    findByName(name, o = {}) {
      calls.findByName++;
      const strict = strictRegionName(name);
      const norm = normalizeName(name);
      const out: RegionCandidate[] = [];
      for (const e of entries) {
        if (o.level && e.level !== o.level) continue;
        if (o.parentCode && e.parent !== o.parentCode) continue;
        let score = 0;
        if (strictRegionName(e.name) === strict) score = 1;
        else if (normalizeName(e.name) === norm) score = 0.95;
        else {
          const target = normalizeName(e.name);
          const max = Math.max(1, Math.floor(target.length / 5));
          const d = boundedLevenshtein(norm, target, max);
          if (d <= max) score = 1 - d / Math.max(target.length, norm.length);
        }
        if (score >= 0.6) out.push({ ...e, score });
      }
      return out.sort((a, b) => b.score - a.score);
    },
    obsolete(code) {
      return opts.withObsolete === false ? undefined : OBSOLETE[code];
    },
    moved(name, oldParent) {
      if (opts.withObsolete === false || oldParent !== '64.71.05') return undefined;
      const current = MOVED_2012[compactRegionName(name)];
      return current ? { current, reason: REASON, reasonEn: REASON_EN } : undefined;
    },
    normalizeName,
    children(code) {
      return entries.filter((e) => e.parent === code);
    },
  };
}
