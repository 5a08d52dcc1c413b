/**
 * The controlled vocabularies shipped in resources/vocabularies: every value with a code and
 * Indonesian and English labels. Adding one means adding its JSON file and one import here.
 */
import agama from '../../../../resources/vocabularies/agama.json';
import cakupanWilayahPengumpulan from '../../../../resources/vocabularies/cakupan-wilayah-pengumpulan.json';
import caraPengumpulanData from '../../../../resources/vocabularies/cara-pengumpulan-data.json';
import frekuensi from '../../../../resources/vocabularies/frekuensi.json';
import frekuensiPenyelenggaraan from '../../../../resources/vocabularies/frekuensi-penyelenggaraan.json';
import jenisKelamin from '../../../../resources/vocabularies/jenis-kelamin.json';
import jenisRancanganSampel from '../../../../resources/vocabularies/jenis-rancangan-sampel.json';
import jenisStatistik from '../../../../resources/vocabularies/jenis-statistik.json';
import kegiatanDilakukan from '../../../../resources/vocabularies/kegiatan-dilakukan.json';
import kerangkaSampel from '../../../../resources/vocabularies/kerangka-sampel.json';
import klasifikasiAkses from '../../../../resources/vocabularies/klasifikasi-akses.json';
import levelEstimasi from '../../../../resources/vocabularies/level-estimasi.json';
import levelWilayah from '../../../../resources/vocabularies/level-wilayah.json';
import lisensi from '../../../../resources/vocabularies/lisensi.json';
import metodeAnalisis from '../../../../resources/vocabularies/metode-analisis.json';
import metodePemeriksaanKualitas from '../../../../resources/vocabularies/metode-pemeriksaan-kualitas.json';
import metodePemilihanSampel from '../../../../resources/vocabularies/metode-pemilihan-sampel.json';
import metodePengumpulanData from '../../../../resources/vocabularies/metode-pengumpulan-data.json';
import metodeSampel from '../../../../resources/vocabularies/metode-sampel.json';
import pendidikan from '../../../../resources/vocabularies/pendidikan.json';
import pendidikanPetugas from '../../../../resources/vocabularies/pendidikan-petugas.json';
import peranKolom from '../../../../resources/vocabularies/peran-kolom.json';
import perangkatDaerahBalikpapan from '../../../../resources/vocabularies/perangkat-daerah-balikpapan.json';
import petugasPengumpulan from '../../../../resources/vocabularies/petugas-pengumpulan.json';
import produkDiseminasi from '../../../../resources/vocabularies/produk-diseminasi.json';
import saranaPengumpulanData from '../../../../resources/vocabularies/sarana-pengumpulan-data.json';
import satuan from '../../../../resources/vocabularies/satuan.json';
import sektorKegiatan from '../../../../resources/vocabularies/sektor-kegiatan.json';
import sistemKodeReferensi from '../../../../resources/vocabularies/sistem-kode-referensi.json';
import sistemKodeWilayah from '../../../../resources/vocabularies/sistem-kode-wilayah.json';
import statusData from '../../../../resources/vocabularies/status-data.json';
import tahapanKegiatan from '../../../../resources/vocabularies/tahapan-kegiatan.json';
import tahapanPengolahan from '../../../../resources/vocabularies/tahapan-pengolahan.json';
import tingkatPenyajian from '../../../../resources/vocabularies/tingkat-penyajian.json';
import tipeData from '../../../../resources/vocabularies/tipe-data.json';
import tipePengumpulanData from '../../../../resources/vocabularies/tipe-pengumpulan-data.json';
import topik from '../../../../resources/vocabularies/topik.json';
import unitPengumpulanData from '../../../../resources/vocabularies/unit-pengumpulan-data.json';
import urusanPemerintahan from '../../../../resources/vocabularies/urusan-pemerintahan.json';
import { AppError } from '../../../shared/errors';
import type { Vocabulary, VocabularyValue } from '../../../shared/model/metadata';

const RAW: readonly unknown[] = [
  agama,
  cakupanWilayahPengumpulan,
  caraPengumpulanData,
  frekuensi,
  frekuensiPenyelenggaraan,
  jenisKelamin,
  jenisRancanganSampel,
  jenisStatistik,
  kegiatanDilakukan,
  kerangkaSampel,
  klasifikasiAkses,
  levelEstimasi,
  levelWilayah,
  lisensi,
  metodeAnalisis,
  metodePemeriksaanKualitas,
  metodePemilihanSampel,
  metodePengumpulanData,
  metodeSampel,
  pendidikan,
  pendidikanPetugas,
  peranKolom,
  perangkatDaerahBalikpapan,
  petugasPengumpulan,
  produkDiseminasi,
  saranaPengumpulanData,
  satuan,
  sektorKegiatan,
  sistemKodeReferensi,
  sistemKodeWilayah,
  statusData,
  tahapanKegiatan,
  tahapanPengolahan,
  tingkatPenyajian,
  tipeData,
  tipePengumpulanData,
  topik,
  unitPengumpulanData,
  urusanPemerintahan,
];

function isBilingual(v: unknown): v is { id: string; en: string } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o['id'] === 'string' && o['id'] !== '' && typeof o['en'] === 'string' && o['en'] !== ''
  );
}

/** Shape problems of one vocabulary file (empty when it is well-formed). */
export function vocabularyShapeProblems(raw: unknown): string[] {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null) return ['not an object'];
  const v = raw as Record<string, unknown>;
  if (typeof v['id'] !== 'string' || !/^[a-z][a-z0-9-]*$/.test(v['id'])) problems.push('id');
  if (!isBilingual(v['title'])) problems.push('title');
  if (typeof v['source'] !== 'string' || v['source'] === '') problems.push('source');
  const values = v['values'];
  if (!Array.isArray(values) || values.length === 0) return [...problems, 'values'];
  const codes = new Set<string>();
  for (const [i, item] of values.entries()) {
    const e = item as Record<string, unknown>;
    const code = e['code'];
    if (typeof code !== 'string' || code === '') problems.push(`values[${i}].code`);
    else if (codes.has(code)) problems.push(`values[${i}].code duplicate ${code}`);
    else codes.add(code);
    if (!isBilingual(e['label'])) problems.push(`values[${i}].label`);
    if (
      e['aliases'] !== undefined &&
      !(Array.isArray(e['aliases']) && e['aliases'].every((a) => typeof a === 'string'))
    ) {
      problems.push(`values[${i}].aliases`);
    }
  }
  for (const [i, item] of values.entries()) {
    const parent = (item as Record<string, unknown>)['parent'];
    if (parent !== undefined && (typeof parent !== 'string' || !codes.has(parent)))
      problems.push(`values[${i}].parent`);
  }
  return problems;
}

let registry: Map<string, Vocabulary> | undefined;

function load(): Map<string, Vocabulary> {
  if (registry) return registry;
  const out = new Map<string, Vocabulary>();
  for (const raw of RAW) {
    const problems = vocabularyShapeProblems(raw);
    const id = (raw as { id?: unknown }).id;
    if (problems.length > 0 || typeof id !== 'string') {
      throw new AppError({
        kind: 'bug',
        code: 'vocabulary-malformed',
        message: `Kosakata ${String(id)} rusak: ${problems.join(', ')}`,
        messageEn: `Vocabulary ${String(id)} is malformed: ${problems.join(', ')}`,
      });
    }
    out.set(id, raw as Vocabulary);
  }
  registry = out;
  return out;
}

export function listVocabularies(): Vocabulary[] {
  return [...load().values()];
}

/** A vocabulary by id; AppError not-found listing the known ids. */
export function getVocabulary(id: string): Vocabulary {
  const v = load().get(id);
  if (!v) {
    const known = [...load().keys()].join(', ');
    throw new AppError({
      kind: 'not-found',
      code: 'vocabulary-unknown',
      message: `Kosakata "${id}" tidak dikenal. Yang ada: ${known}.`,
      messageEn: `Unknown vocabulary "${id}". Known: ${known}.`,
    });
  }
  return v;
}

export function hasVocabulary(id: string): boolean {
  return load().has(id);
}

export type VocabularySelect = 'all' | 'roots' | 'children';

/** The values a field may take: all, only top-level (roots) or only second-level (children). */
export function vocabularyValues(id: string, select: VocabularySelect = 'all'): VocabularyValue[] {
  const values = getVocabulary(id).values;
  if (select === 'roots') return values.filter((v) => v.parent === undefined);
  if (select === 'children') return values.filter((v) => v.parent !== undefined);
  return values;
}

/** The value whose code, label (id or en) or alias equals `text` (case and spacing ignored). */
export function lookupVocabularyValue(id: string, text: string): VocabularyValue | undefined {
  const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');
  const t = norm(text);
  const values = getVocabulary(id).values;
  return (
    values.find((v) => v.code === text) ??
    values.find(
      (v) =>
        norm(v.code) === t ||
        norm(v.label.id) === t ||
        norm(v.label.en) === t ||
        (v.aliases ?? []).some((a) => norm(a) === t),
    )
  );
}
