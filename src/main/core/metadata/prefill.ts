/**
 * prefillFromData: what a data file already says about its own metadata — a title (from a
 * title row or the file name), the period (from a tahun column), coverage and level (from
 * region codes), a unit (from a satuan column) and a column dictionary. The steward completes
 * the rest; nothing here is guessed beyond what the data shows.
 */
import type { Dataset } from '../../../shared/model/dataset';
import type { MetadataDoc, PrefillInput } from '../../../shared/model/metadata';
import type { RegionLevel } from '../../../shared/model/reference';
import { commonAncestor, isKemendagriCode, levelOfCode } from '../reference/kemendagri-code';
import { getProfile } from './profiles';

export interface PrefillOptions {
  /** default `sdi-dataset` */
  profile?: string;
  /** edition id of the reference store, e.g. `kemendagri-2025` */
  referenceEdition?: string;
}

const SMALL_WORDS = new Set([
  'dan',
  'di',
  'ke',
  'dari',
  'yang',
  'per',
  'atau',
  'untuk',
  'pada',
  'dengan',
  'berdasarkan',
  'menurut',
  'oleh',
  'sd',
  's.d.',
  'dalam',
]);
const KEEP_UPPER = new Set([
  'opd',
  'rsud',
  'smp',
  'sd',
  'sma',
  'smk',
  'pkm',
  'kb',
  'pdrb',
  'ipm',
  'umkm',
  'bpjs',
  'kk',
  'nik',
  'dbd',
  'tbc',
  'hiv',
  'aids',
]);

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .filter((w) => w !== '')
    .map((w, i) => {
      if (i > 0 && SMALL_WORDS.has(w)) return w;
      if (KEEP_UPPER.has(w)) return w.toUpperCase();
      return w.charAt(0).toUpperCase() + w.slice(1);
    })
    .join(' ');
}

/** A title without the period (the Jakarta pedoman: the period belongs to the resource name). */
export function cleanTitle(text: string): string {
  const t = text
    .replace(/[_]+/g, ' ')
    .replace(
      /\b(tahun|thn|th\.?)\s+[12][0-9]{3}(\s*(-|–|s\.?\s?d\.?|sampai( dengan)?)\s*[12][0-9]{3})?/gi,
      ' ',
    )
    .replace(/\b[12][0-9]{3}(\s*(-|–|s\.?\s?d\.?|sampai( dengan)?)\s*[12][0-9]{3})?\b/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.\-–]+$/g, '')
    .trim();
  return titleCase(t);
}

function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return cleanTitle(base.replace(/[-_.]+/g, ' '));
}

function yearsIn(text: string): number[] {
  return [...text.matchAll(/\b(1[9][0-9]{2}|2[01][0-9]{2})\b/g)].map((m) => Number(m[1]));
}

function columnValues(input: PrefillInput, index: number): string[] {
  const col = input.columns[index];
  const fromRows = (input.rows ?? []).map((r) => (r[index] ?? '').trim());
  return [...(col?.sample ?? []), ...fromRows].filter((v) => v !== '');
}

const REGION_NAME =
  /^(kode|nama)_(provinsi|prov|kabupaten_kota|kab_kota|kabkota|kabupaten|kota|kecamatan|kec|kelurahan|kel|desa|desa_kelurahan|kelurahan_desa|wilayah)$/;

function levelFromColumnName(name: string): RegionLevel | undefined {
  const m = REGION_NAME.exec(name);
  const part = m?.[2];
  if (!part) return undefined;
  if (part.startsWith('prov')) return 'provinsi';
  if (part.startsWith('kab') || part === 'kota') return 'kabupaten_kota';
  if (part.startsWith('kec')) return 'kecamatan';
  if (part === 'wilayah') return undefined;
  return 'desa';
}

const TYPE_MAP: Record<string, string> = {
  integer: 'bilangan_bulat',
  decimal: 'bilangan_desimal',
  percentage: 'persentase',
  currency: 'bilangan_desimal',
  date: 'tanggal',
  year: 'tahun',
  boolean: 'boolean',
  'region-code': 'kode',
  identifier: 'kode',
  category: 'kategori',
  text: 'teks',
  empty: 'teks',
};

const KLASIFIKASI_BY_NAME: Record<string, string> = {
  jenis_kelamin: 'jenis-kelamin',
  agama: 'agama',
  pendidikan: 'pendidikan',
  pendidikan_terakhir: 'pendidikan',
};

function roleOf(name: string, type: string | undefined): string | undefined {
  if (REGION_NAME.test(name) || type === 'region-code') return 'wilayah';
  if (
    /^(tahun|bulan|tanggal|semester|triwulan|periode)(_|$)/.test(name) ||
    type === 'year' ||
    type === 'date'
  )
    return 'waktu';
  if (/^(satuan|keterangan|catatan|sumber)(_|$)/.test(name)) return 'atribut';
  if (/^(no|nomor|id|no_urut)$/.test(name) || type === 'identifier') return 'identitas';
  if (type === 'integer' || type === 'decimal' || type === 'percentage' || type === 'currency')
    return 'ukuran';
  if (type === 'category' || KLASIFIKASI_BY_NAME[name] !== undefined) return 'kategori';
  return undefined;
}

function ukuranOf(name: string): string | undefined {
  if (/^(jumlah|jml|banyaknya)(_|$)/.test(name)) return 'Jumlah';
  if (/^(persentase|persen|pct)(_|$)/.test(name)) return 'Persentase';
  if (/^rasio(_|$)/.test(name)) return 'Rasio';
  if (/^(rata_rata|rerata)(_|$)/.test(name)) return 'Rata-rata';
  if (/^(angka|tingkat|laju|indeks)(_|$)/.test(name)) return titleCase(name.split('_')[0] ?? '');
  return undefined;
}

function safeName(name: string, label: string): string {
  if (/^[a-z][a-z0-9_]*$/.test(name)) return name;
  const slug = (name || label)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(slug) ? slug : `kolom_${slug || 'tanpa_nama'}`;
}

const TINGKAT: Record<RegionLevel, string> = {
  provinsi: 'provinsi',
  kabupaten_kota: 'kabupaten_kota',
  kecamatan: 'kecamatan',
  desa: 'desa_kelurahan',
};
const DEPTH: Record<RegionLevel, number> = {
  provinsi: 1,
  kabupaten_kota: 2,
  kecamatan: 3,
  desa: 4,
};

/** A partial metadata document from what the data shows (only keys the profile has). */
export function prefillFromData(input: PrefillInput, options: PrefillOptions = {}): MetadataDoc {
  const profile = getProfile(options.profile ?? 'sdi-dataset');
  const doc: MetadataDoc = {};
  const set = (key: string, value: unknown): void => {
    if (profile.fieldMap.has(key) && value !== undefined) doc[key] = value;
  };
  set('profil', profile.summary.name);
  const title = input.title?.trim() ? cleanTitle(input.title) : titleFromFileName(input.fileName);
  if (title !== '') set('judul', title);

  const years = new Set<number>(input.years ?? []);
  const codes = new Set<string>(input.regionCodes ?? []);
  let deepest: RegionLevel | undefined;
  let satuan: string | undefined;
  let dotted = codes.size > 0 && [...codes].some(isKemendagriCode);
  input.columns.forEach((c, i) => {
    const name = safeName(c.name, c.label);
    if (input.years === undefined && (/^(tahun|year|thn)$/.test(name) || c.type === 'year')) {
      for (const v of columnValues(input, i)) for (const y of yearsIn(v)) years.add(y);
    }
    const level = levelFromColumnName(name);
    if (level && (!deepest || DEPTH[level] > DEPTH[deepest])) deepest = level;
    if (input.regionCodes === undefined && (name.startsWith('kode_') || c.type === 'region-code')) {
      for (const v of columnValues(input, i)) {
        if (isKemendagriCode(v)) {
          codes.add(v);
          dotted = true;
        }
      }
    }
    if (name === 'satuan') {
      const distinct = new Map<string, string>();
      for (const v of columnValues(input, i)) distinct.set(v.toLowerCase(), v);
      if (distinct.size === 1) satuan = titleCase([...distinct.values()][0] ?? '');
    }
  });
  if (years.size === 0 && input.title) for (const y of yearsIn(input.title)) years.add(y);
  if (years.size > 0) {
    const sorted = [...years].sort((a, b) => a - b);
    set('periode_awal', String(sorted[0]));
    set('periode_akhir', String(sorted[sorted.length - 1]));
  }
  const valid = [...codes].filter(isKemendagriCode);
  if (valid.length > 0) {
    // the most detailed codes decide the coverage (kode_provinsi beside kode_kecamatan is context)
    const depthOf = (c: string): number => c.split('.').length;
    const maxDepth = Math.max(...valid.map(depthOf));
    const detailed = valid.filter((c) => depthOf(c) === maxDepth);
    const lca = commonAncestor(detailed);
    const cakupan = lca ? [lca] : [...new Set(detailed.map((c) => c.slice(0, 2)))].sort();
    set('cakupan_wilayah', cakupan);
    for (const c of valid) {
      const l = levelOfCode(c);
      if (l && (!deepest || DEPTH[l] > DEPTH[deepest])) deepest = l;
    }
  }
  if (deepest) set('tingkat_penyajian', TINGKAT[deepest]);
  if (dotted) {
    set('sistem_kode_wilayah', 'kemendagri');
    if (options.referenceEdition) set('edisi_kode_wilayah', options.referenceEdition);
  }
  if (satuan) set('satuan', satuan);

  const kolom = input.columns.map((c) => {
    const nama = safeName(c.name, c.label);
    const role = roleOf(nama, c.type);
    const entry: Record<string, unknown> = { nama, judul: c.label.trim() || nama };
    if (role) entry['peran'] = role;
    const tipe = c.type ? TYPE_MAP[c.type] : undefined;
    if (tipe) entry['tipe_data'] = tipe;
    else if (role === 'wilayah') entry['tipe_data'] = 'kode';
    const klas = KLASIFIKASI_BY_NAME[nama];
    if (klas) entry['klasifikasi'] = klas;
    if (role === 'wilayah' && nama.startsWith('kode_')) {
      const level =
        levelFromColumnName(nama) ??
        (c.detail && c.detail in DEPTH ? (c.detail as RegionLevel) : undefined);
      entry['kode_referensi'] = {
        sistem: dotted ? 'kemendagri' : 'lainnya',
        ...(level ? { level } : {}),
        ...(dotted && options.referenceEdition ? { edisi: options.referenceEdition } : {}),
      };
    }
    if (role === 'ukuran') {
      const u = ukuranOf(nama);
      if (u) entry['ukuran'] = u;
      if (satuan) entry['satuan'] = satuan;
    }
    return entry;
  });
  if (kolom.length > 0) set('kolom', kolom);
  const measure = kolom.find((k) => k['peran'] === 'ukuran' && typeof k['ukuran'] === 'string');
  if (measure) set('ukuran', measure['ukuran']);
  return doc;
}

/** PrefillInput from a stored dataset and a sample of its rows (cells in column order). */
export function prefillInputFromDataset(
  dataset: Pick<Dataset, 'file' | 'title' | 'columnList'>,
  rows: string[][] = [],
): PrefillInput {
  return {
    fileName: dataset.file,
    ...(dataset.title ? { title: dataset.title } : {}),
    columns: dataset.columnList.map((c) => ({
      label: c.label,
      name: c.name,
      ...(c.inferred ? { type: c.inferred.type } : {}),
      ...(c.inferred?.detail ? { detail: c.inferred.detail } : {}),
    })),
    rows,
  };
}
