/**
 * Column roles: what each column is (region code, measure, satuan, tahun, free text…), derived
 * once per run from the declared schema, the inferred type, the snake_case name and the first
 * rows. Rules read these roles instead of guessing on their own.
 */
import type { ColumnType, ColumnTypeInfo } from '../../../shared/model/dataset';
import { createTypeInferrer } from '../ingest/infer-types';
import {
  dotKemendagri,
  levelOfDotted,
  type RegionLevel,
  type RegionLookup,
} from './reference-lookup';
import { BUILTIN_REFERENCE_LISTS } from './reference-lists';
import { isSnakeCase, toSnakeCase } from './text-utils';
import type {
  CodeSystem,
  ColumnInfo,
  ColumnRole,
  DeclaredColumn,
  InputColumn,
  ReferenceList,
} from './types';

const LEVEL_WORDS: [RegExp, RegionLevel][] = [
  [/^(provinsi|prov|propinsi)$/, 'provinsi'],
  [/^(kabupaten_kota|kab_kota|kabupaten|kab|kota|kota_kabupaten|kabkota)$/, 'kabupaten_kota'],
  [/^(kecamatan|kec)$/, 'kecamatan'],
  [/^(kelurahan|kel|desa|desa_kelurahan|kelurahan_desa)$/, 'desa'],
];

function levelWord(word: string): RegionLevel | undefined {
  for (const [re, level] of LEVEL_WORDS) if (re.test(word)) return level;
  return undefined;
}

const CODE_PREFIX_RE = /^(?:kode|kd)_(.+)$/;
const NAME_PREFIX_RE = /^(?:nama|nm)_(.+)$/;
const UNIT_RE = /^(satuan|unit)(_.*)?$/;
const YEAR_RE = /^(tahun|year|thn|tahun_data|periode_tahun)$/;
/** row counters and surrogate ids: not part of a row's natural key */
const ROW_NUMBER_RE = /^(no|nomor|no_urut|nomor_urut|urut|nourut|id)$/;
const IDENTIFIER_RE =
  /^(nik(_.*)?|.*_nik|no_kk|nomor_kk|kk|npwp.*|nip|npsn|nib|uuid|kode_.+|no_.+|nomor_.+|nomer_.+|email.*|e_mail.*|telepon.*|telp.*|hp|no_hp.*)$/;
const PERIOD_RE = /^(bulan|semester|triwulan|kuartal|periode|tanggal.*|tgl.*|waktu|date)$/;
const FREE_TEXT_RE =
  /^(keterangan|ket|catatan|deskripsi|uraian|alamat.*|sumber|sumber_data|note|notes|remarks|komentar)$/;
const MEASURE_NAME_RE =
  /^(jumlah|total|banyak|banyaknya|cacah|rasio|persentase|persen|nilai|rata_rata|luas|indeks|angka|capaian|realisasi|anggaran|target|produksi|volume)(_|$)/;
const COUNT_NAME_RE = /^(jumlah|banyak|banyaknya|cacah)(_|$)/;

const NUMERIC_TYPES: ReadonlySet<ColumnType> = new Set<ColumnType>([
  'integer',
  'decimal',
  'percentage',
  'currency',
]);

function declaredType(d: DeclaredColumn): ColumnType | undefined {
  if (d.type === undefined) return undefined;
  if (d.type === 'number') return 'decimal';
  if (d.type === 'string') return 'text';
  return d.type;
}

export interface BuildColumnsOptions {
  sample: readonly (readonly string[])[];
  primaryKey?: number[];
  regions?: RegionLookup;
  vocabularies?: Record<string, ReferenceList>;
}

/** Which code system a region-code column uses, by vote over its first values. */
function detectCodeSystem(
  values: readonly string[],
  level: RegionLevel | undefined,
  regions: RegionLookup | undefined,
): CodeSystem {
  let kem = 0;
  let bps = 0;
  for (const raw of values) {
    const v = raw.trim();
    if (v === '') continue;
    if (v.includes('.')) {
      kem++;
      continue;
    }
    if (!/^\d+$/.test(v)) continue;
    if (v.length === 7) bps++;
    else if (v.length === 10 && (level === 'desa' || level === undefined)) {
      const dotted = dotKemendagri(v);
      if (dotted && regions?.byCode(dotted)) kem++;
      else bps++;
    } else if (v.length === 6) kem++;
  }
  return bps > kem ? 'bps' : 'kemendagri';
}

function levelFromValues(values: readonly string[]): RegionLevel | undefined {
  const counts = new Map<RegionLevel, number>();
  for (const raw of values) {
    const l = levelOfDotted(raw.trim());
    if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let best: RegionLevel | undefined;
  let n = 0;
  for (const [l, c] of counts) {
    if (c > n) {
      best = l;
      n = c;
    }
  }
  return best;
}

function detailLevel(info: ColumnTypeInfo | undefined): RegionLevel | undefined {
  const d = info?.type === 'region-code' ? info.detail : undefined;
  return d === 'provinsi' || d === 'kabupaten_kota' || d === 'kecamatan' || d === 'desa'
    ? d
    : undefined;
}

/** Types of the columns that arrive without one, inferred over the first rows. */
function inferSample(
  inputs: readonly InputColumn[],
  sample: readonly (readonly string[])[],
): ColumnTypeInfo[] | undefined {
  if (inputs.every((c) => c.inferred || c.declared?.type)) return undefined;
  const width = inputs.reduce((w, c) => Math.max(w, c.index + 1), 0);
  const labels: string[] = new Array<string>(width).fill('');
  for (const c of inputs) labels[c.index] = c.label || c.name;
  const inferrer = createTypeInferrer(width, { labels });
  for (const row of sample) inferrer.add(row);
  return inferrer.result();
}

export function buildColumns(
  inputs: readonly InputColumn[],
  opts: BuildColumnsOptions,
): ColumnInfo[] {
  const lists: Record<string, ReferenceList> = { ...BUILTIN_REFERENCE_LISTS, ...opts.vocabularies };
  const pk = new Set(opts.primaryKey ?? []);
  const sampled = inferSample(inputs, opts.sample);
  return inputs.map((col) => {
    const declared = col.declared ?? {};
    const name = col.name && isSnakeCase(col.name) ? col.name : toSnakeCase(col.label || col.name);
    const values = opts.sample.map((r) => r[col.index] ?? '');
    let inferred: ColumnTypeInfo | undefined = col.inferred;
    if (!declared.type && !inferred) inferred = sampled?.[col.index];
    const type = declaredType(declared) ?? inferred?.type;
    const locale = inferred?.locale;

    const codeMatch = CODE_PREFIX_RE.exec(name);
    const nameMatch = NAME_PREFIX_RE.exec(name);
    const codeLevel = codeMatch ? levelWord(codeMatch[1] ?? '') : undefined;
    const nameLevel = nameMatch ? levelWord(nameMatch[1] ?? '') : levelWord(name);

    let role: ColumnRole;
    let regionLevel: RegionLevel | undefined;
    if (UNIT_RE.test(name)) role = 'unit';
    else if (YEAR_RE.test(name) || type === 'year') role = 'year';
    else if (
      declared.codeSystem !== undefined ||
      codeLevel !== undefined ||
      (codeMatch && codeMatch[1] === 'wilayah') ||
      type === 'region-code'
    ) {
      role = 'region-code';
      regionLevel = declared.level ?? codeLevel ?? detailLevel(inferred) ?? levelFromValues(values);
    } else if (nameLevel !== undefined && !(type !== undefined && NUMERIC_TYPES.has(type))) {
      role = 'region-name';
      regionLevel = nameLevel;
    } else if (ROW_NUMBER_RE.test(name)) role = 'row-number';
    else if (FREE_TEXT_RE.test(name)) role = 'free-text';
    else if (PERIOD_RE.test(name) || type === 'date') role = 'period';
    else if (type === 'identifier' || (IDENTIFIER_RE.test(name) && !MEASURE_NAME_RE.test(name)))
      role = 'identifier';
    else if (type === 'empty') role = 'empty';
    else if (
      (type !== undefined && NUMERIC_TYPES.has(type)) ||
      (MEASURE_NAME_RE.test(name) && (type === undefined || type === 'text'))
    )
      role = 'measure';
    else if (type === 'category' || type === 'boolean') role = 'category';
    else role = 'text';

    const numeric = type !== undefined && NUMERIC_TYPES.has(type);
    const isMeasure = role === 'measure';
    const isCount =
      declared.isCount ?? (isMeasure && COUNT_NAME_RE.test(name) && type !== 'percentage');
    const codeSystem =
      role === 'region-code'
        ? (declared.codeSystem ??
          (locale === 'bps' || locale === 'kemendagri' ? (locale as CodeSystem) : undefined) ??
          detectCodeSystem(values, regionLevel, opts.regions))
        : undefined;
    const required =
      declared.required ??
      (pk.has(col.index) || role === 'unit' || role === 'year' || role === 'region-code');
    let referenceList: ReferenceList | undefined;
    if (declared.referenceList) referenceList = lists[declared.referenceList];
    else if (role === 'category' || role === 'text') {
      referenceList = Object.values(lists).find((l) => l.columnNames?.includes(name));
    }
    const isKey =
      role === 'region-code' ||
      role === 'region-name' ||
      role === 'year' ||
      role === 'period' ||
      role === 'category' ||
      role === 'text' ||
      role === 'identifier';
    const info: ColumnInfo = {
      index: col.index,
      label: col.label,
      name,
      type,
      declared,
      role,
      numeric,
      isCount,
      isMeasure,
      required,
      isKey,
    };
    if (locale !== undefined) info.locale = locale;
    if (regionLevel !== undefined) info.regionLevel = regionLevel;
    if (codeSystem !== undefined) info.codeSystem = codeSystem;
    if (referenceList !== undefined) info.referenceList = referenceList;
    return info;
  });
}
