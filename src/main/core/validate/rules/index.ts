/**
 * The rule registry: one import per rule file. Adding a rule means adding its file, its
 * catalog entry (src/shared/issues/catalog.ts) and its case table (tests/rules/<code>.cases.json).
 */
import type { Rule } from '../types';
import headerKosong from './header-kosong';
import headerDuplikat from './header-duplikat';
import headerHilang from './header-hilang';
import barisTidakRata from './baris-tidak-rata';
import barisKosong from './baris-kosong';
import barisJudulDalamData from './baris-judul-dalam-data';
import judulTabelTerpisah from './judul-tabel-terpisah';
import headerBertingkat from './header-bertingkat';
import tipeTidakSesuai from './tipe-tidak-sesuai';
import nilaiWajibKosong from './nilai-wajib-kosong';
import nilaiTidakUnik from './nilai-tidak-unik';
import nilaiNegatifPadaCacah from './nilai-negatif-pada-cacah';
import nilaiDiLuarRentang from './nilai-di-luar-rentang';
import nilaiDiLuarDaftar from './nilai-di-luar-daftar';
import polaTidakSesuai from './pola-tidak-sesuai';
import kunciPrimerDuplikat from './kunci-primer-duplikat';
import barisDuplikat from './baris-duplikat';
import duplikatKunciBertentangan from './duplikat-kunci-bertentangan';
import kodeWilayahTidakDikenal from './kode-wilayah-tidak-dikenal';
import kodeSistemCampur from './kode-sistem-campur';
import kodeNamaTidakCocok from './kode-nama-tidak-cocok';
import namaWilayahVarian from './nama-wilayah-varian';
import namaFasilitasEjaanWilayah from './nama-fasilitas-ejaan-wilayah';
import kodeIndukTidakCocok from './kode-induk-tidak-cocok';
import kodeWilayahKedaluwarsa from './kode-wilayah-kedaluwarsa';
import nilaiReferensiTidakDikenal from './nilai-referensi-tidak-dikenal';
import kolomKodeWilayahHilang from './kolom-kode-wilayah-hilang';
import cakupanWilayahTidakLengkap from './cakupan-wilayah-tidak-lengkap';
import kodeFasilitasTidakAda from './kode-fasilitas-tidak-ada';
import angkaFormatIndonesia from './angka-format-indonesia';
import formatTanggalCampur from './format-tanggal-campur';
import penandaNilaiHilang from './penanda-nilai-hilang';
import spasiBerlebih from './spasi-berlebih';
import hurufBesarKecilTidakKonsisten from './huruf-besar-kecil-tidak-konsisten';
import gayaKodeCampur from './gaya-kode-campur';
import identitasNotasiIlmiah from './identitas-notasi-ilmiah';
import nikTidakValid from './nik-tidak-valid';
import pengodeanBukanUtf from './pengodean-bukan-utf';
import pemisahBukanKoma from './pemisah-bukan-koma';
import namaKolomBukanSnakeCase from './nama-kolom-bukan-snake-case';
import barisTotal from './baris-total';
import totalTidakCocok from './total-tidak-cocok';
import satuanTidakAda from './satuan-tidak-ada';
import tahunTidakAda from './tahun-tidak-ada';
import satuanTidakKonsisten from './satuan-tidak-konsisten';
import formatLebar from './format-lebar';
import kemungkinanSalahKetik from './kemungkinan-salah-ketik';
import kolomNomorUrut from './kolom-nomor-urut';
import kolomTurunan from './kolom-turunan';
import tingkatFasilitasCampur from './tingkat-fasilitas-campur';
import dataPribadi from './data-pribadi';
import dataPribadiAksesTerbuka from './data-pribadi-akses-terbuka';
import nikTanggalKonvensi from './nik-tanggal-konvensi';
import metadataTidakAda from './metadata-tidak-ada';
import metadataTidakLengkap from './metadata-tidak-lengkap';
import metadataTidakValid from './metadata-tidak-valid';
import metadataTidakSesuaiData from './metadata-tidak-sesuai-data';

/** Every rule, in report order (structure → metadata). */
export const RULES: readonly Rule[] = [
  headerKosong,
  headerDuplikat,
  headerHilang,
  barisTidakRata,
  barisKosong,
  barisJudulDalamData,
  judulTabelTerpisah,
  headerBertingkat,
  tipeTidakSesuai,
  nilaiWajibKosong,
  nilaiTidakUnik,
  nilaiNegatifPadaCacah,
  nilaiDiLuarRentang,
  nilaiDiLuarDaftar,
  polaTidakSesuai,
  kunciPrimerDuplikat,
  barisDuplikat,
  duplikatKunciBertentangan,
  kodeWilayahTidakDikenal,
  kodeSistemCampur,
  kodeNamaTidakCocok,
  namaWilayahVarian,
  namaFasilitasEjaanWilayah,
  kodeIndukTidakCocok,
  kodeWilayahKedaluwarsa,
  nilaiReferensiTidakDikenal,
  kolomKodeWilayahHilang,
  cakupanWilayahTidakLengkap,
  kodeFasilitasTidakAda,
  angkaFormatIndonesia,
  formatTanggalCampur,
  penandaNilaiHilang,
  spasiBerlebih,
  hurufBesarKecilTidakKonsisten,
  gayaKodeCampur,
  identitasNotasiIlmiah,
  nikTidakValid,
  pengodeanBukanUtf,
  pemisahBukanKoma,
  namaKolomBukanSnakeCase,
  barisTotal,
  totalTidakCocok,
  satuanTidakAda,
  tahunTidakAda,
  satuanTidakKonsisten,
  formatLebar,
  kemungkinanSalahKetik,
  kolomNomorUrut,
  kolomTurunan,
  tingkatFasilitasCampur,
  dataPribadi,
  dataPribadiAksesTerbuka,
  nikTanggalKonvensi,
  metadataTidakAda,
  metadataTidakLengkap,
  metadataTidakValid,
  metadataTidakSesuaiData,
];

export const RULES_BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.code, r]));
