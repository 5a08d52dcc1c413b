/**
 * Built-in reference lists (domain §4.3). A column uses a list when it declares one
 * (`declared.referenceList`) or when its snake_case name is one of the list's `columnNames`.
 * Hosts may add or override lists through ValidationContext.vocabularies.
 */
import type { ReferenceList } from './types';

export const BUILTIN_REFERENCE_LISTS: Readonly<Record<string, ReferenceList>> = {
  'jenis-kelamin': {
    id: 'jenis-kelamin',
    title: 'Jenis Kelamin (SDS BPS)',
    columnNames: ['jenis_kelamin', 'kelamin', 'jk', 'sex', 'gender'],
    values: [
      {
        label: 'Laki-laki',
        code: '1',
        aliases: ['L', 'LK', 'Laki', 'Laki Laki', 'Lakilaki', 'Lelaki', 'Pria', 'M', 'Male'],
      },
      {
        label: 'Perempuan',
        code: '2',
        aliases: ['P', 'PR', 'Pr', 'Wanita', 'F', 'Female'],
      },
    ],
  },
  agama: {
    id: 'agama',
    title: 'Agama (Dukcapil/SIAK)',
    columnNames: ['agama'],
    values: [
      { label: 'Islam' },
      { label: 'Kristen', aliases: ['Protestan', 'Kristen Protestan'] },
      { label: 'Katolik', aliases: ['Katholik', 'Kristen Katolik'] },
      { label: 'Hindu' },
      { label: 'Buddha', aliases: ['Budha', 'Budda'] },
      { label: 'Khonghucu', aliases: ['Konghucu', 'Kong Hu Cu', 'Khong Hu Cu'] },
      {
        label: 'Kepercayaan terhadap Tuhan YME',
        aliases: ['Kepercayaan', 'Penghayat Kepercayaan'],
      },
    ],
  },
  pendidikan: {
    id: 'pendidikan',
    title: 'Pendidikan Terakhir (Dukcapil/SIAK)',
    columnNames: ['pendidikan', 'pendidikan_terakhir', 'tingkat_pendidikan'],
    values: [
      { label: 'Tidak/Belum Sekolah', code: '1', aliases: ['Tidak Sekolah', 'Belum Sekolah'] },
      { label: 'Belum Tamat SD/Sederajat', code: '2', aliases: ['Tidak Tamat SD/Sederajat'] },
      { label: 'Tamat SD/Sederajat', code: '3', aliases: ['SD', 'SD/Sederajat'] },
      { label: 'SLTP/Sederajat', code: '4', aliases: ['SMP', 'SLTP', 'SMP/Sederajat'] },
      { label: 'SLTA/Sederajat', code: '5', aliases: ['SMA', 'SLTA', 'SMA/Sederajat', 'SMK'] },
      { label: 'Diploma I/II', code: '6', aliases: ['D1', 'D2', 'D-I', 'D-II'] },
      { label: 'Akademi/Diploma III/S. Muda', code: '7', aliases: ['D3', 'D-III', 'Diploma III'] },
      { label: 'Diploma IV/Strata I', code: '8', aliases: ['S1', 'D4', 'D-IV', 'Sarjana'] },
      { label: 'Strata II', code: '9', aliases: ['S2', 'Magister'] },
      { label: 'Strata III', code: '10', aliases: ['S3', 'Doktor'] },
    ],
  },
  // [I] Kemenkes facility types; the official list was not in the domain material.
  'jenis-fasilitas-kesehatan': {
    id: 'jenis-fasilitas-kesehatan',
    title: 'Jenis Fasilitas Kesehatan',
    columnNames: ['jenis_fasilitas', 'jenis_faskes', 'tipe_fasilitas', 'jenis_fasilitas_kesehatan'],
    values: [
      { label: 'Puskesmas', aliases: ['PKM', 'Pusk.', 'Pusat Kesehatan Masyarakat'] },
      { label: 'Puskesmas Pembantu', aliases: ['Pustu'] },
      { label: 'Rumah Sakit Umum Daerah', aliases: ['RSUD', 'RS Umum Daerah'] },
      { label: 'Rumah Sakit Umum', aliases: ['RSU', 'RS Umum'] },
      { label: 'Rumah Sakit Khusus', aliases: ['RSK'] },
      { label: 'Klinik Pratama', aliases: ['Klinik'] },
      { label: 'Klinik Utama' },
      { label: 'Apotek', aliases: ['Apotik'] },
      { label: 'Laboratorium Kesehatan', aliases: ['Labkes', 'Laboratorium'] },
    ],
  },
  'status-sekolah': {
    id: 'status-sekolah',
    title: 'Status Sekolah',
    columnNames: ['status_sekolah'],
    values: [
      { label: 'Negeri', aliases: ['N'] },
      { label: 'Swasta', aliases: ['S'] },
    ],
  },
};

/** Normal form for comparing reference values: case-folded, single spaces. */
export function referenceKey(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface CompiledReferenceList {
  list: ReferenceList;
  /** accepted values (label or code), by referenceKey */
  accepted: Set<string>;
  /** alias → official label */
  aliases: Map<string, string>;
}

export function compileReferenceList(list: ReferenceList): CompiledReferenceList {
  const accepted = new Set<string>();
  const aliases = new Map<string, string>();
  for (const v of list.values) {
    accepted.add(referenceKey(v.label));
    if (v.code !== undefined) accepted.add(referenceKey(v.code));
    for (const a of v.aliases ?? []) aliases.set(referenceKey(a), v.label);
  }
  return { list, accepted, aliases };
}
