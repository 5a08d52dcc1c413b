/**
 * Checks JSON Schema cannot express: periods in order, a sub-topic under its topic, region
 * codes that exist in the reference edition (or are known obsolete codes), unique column
 * names, schedule dates in order, a sampling method that fits the sample type.
 */
import type { MetadataDoc, MetadataProblem } from '../../../shared/model/metadata';
import type { ObsoleteCode, Region } from '../../../shared/model/reference';
import { isKemendagriCode } from '../reference/kemendagri-code';
import type { CompiledProfile } from './profiles';
import { getVocabulary } from './vocabularies';

/** What the checks need from the reference store. */
export interface RegionLookup {
  byCode(code: string): Region | undefined;
  isObsolete(code: string): ObsoleteCode | undefined;
  edition(): { id: string };
}

const PERIOD = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;

function periodBound(text: string, end: boolean): string {
  const [y, m, d] = text.split('-');
  const month = m ?? (end ? '12' : '01');
  const day = d ?? (end ? '31' : '01');
  return `${y}-${month}-${day}`;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function semanticChecks(
  profile: CompiledProfile,
  doc: MetadataDoc,
  reference?: RegionLookup,
): MetadataProblem[] {
  const out: MetadataProblem[] = [];
  const has = (key: string): boolean => profile.fieldMap.has(key);

  const awal = str(doc['periode_awal']);
  const akhir = str(doc['periode_akhir']);
  if (has('periode_awal') && awal && akhir && PERIOD.test(awal) && PERIOD.test(akhir)) {
    if (periodBound(awal, false) > periodBound(akhir, true)) {
      out.push({
        path: '/periode_akhir',
        code: 'periode-terbalik',
        message: `Periode akhir ${akhir} lebih awal dari periode awal ${awal}.`,
        messageEn: `Period end ${akhir} is before period start ${awal}.`,
      });
    }
  }

  const topik = str(doc['topik']);
  const sub = str(doc['sub_topik']);
  if (has('sub_topik') && topik && sub) {
    const entry = getVocabulary('topik').values.find((v) => v.code === sub);
    if (entry?.parent !== undefined && entry.parent !== topik) {
      out.push({
        path: '/sub_topik',
        code: 'sub-topik-tidak-sesuai',
        message: `Sub-topik "${sub}" tidak termasuk topik "${topik}" (induknya "${entry.parent}").`,
        messageEn: `Sub-topic "${sub}" does not belong to topic "${topik}" (its topic is "${entry.parent}").`,
      });
    }
  }

  const cakupan = doc['cakupan_wilayah'];
  if (reference && has('cakupan_wilayah') && Array.isArray(cakupan)) {
    const edition = reference.edition().id;
    cakupan.forEach((c, i) => {
      if (typeof c !== 'string' || !isKemendagriCode(c) || reference.byCode(c)) return;
      const old = reference.isObsolete(c);
      out.push(
        old
          ? {
              path: `/cakupan_wilayah/${i}`,
              code: 'kode-wilayah-usang',
              message: `Kode wilayah ${c} (${old.name}) sudah tidak berlaku di edisi ${edition}; kode sekarang ${old.current}.`,
              messageEn: `Region code ${c} (${old.name}) is no longer valid in edition ${edition}; the current code is ${old.current}.`,
            }
          : {
              path: `/cakupan_wilayah/${i}`,
              code: 'kode-wilayah-tidak-dikenal',
              message: `Kode wilayah ${c} tidak ada di edisi ${edition}.`,
              messageEn: `Region code ${c} does not exist in edition ${edition}.`,
            },
      );
    });
  }

  const kolom = doc['kolom'];
  if (has('kolom') && Array.isArray(kolom)) {
    const first = new Map<string, number>();
    kolom.forEach((k, i) => {
      const nama =
        typeof k === 'object' && k !== null
          ? str((k as Record<string, unknown>)['nama'])
          : undefined;
      if (!nama) return;
      const prev = first.get(nama);
      if (prev === undefined) first.set(nama, i);
      else {
        out.push({
          path: `/kolom/${i}/nama`,
          code: 'nama-kolom-ganda',
          message: `Nama kolom "${nama}" dipakai dua kali (kolom nomor ${prev + 1} dan ${i + 1}).`,
          messageEn: `Column name "${nama}" is used twice (columns ${prev + 1} and ${i + 1}).`,
        });
      }
    });
  }

  const jadwal = doc['jadwal'];
  if (has('jadwal') && Array.isArray(jadwal)) {
    jadwal.forEach((j, i) => {
      if (typeof j !== 'object' || j === null) return;
      const mulai = str((j as Record<string, unknown>)['mulai']);
      const selesai = str((j as Record<string, unknown>)['selesai']);
      if (
        mulai &&
        selesai &&
        /^\d{4}-\d{2}-\d{2}$/.test(mulai) &&
        /^\d{4}-\d{2}-\d{2}$/.test(selesai) &&
        mulai > selesai
      ) {
        out.push({
          path: `/jadwal/${i}/selesai`,
          code: 'tanggal-terbalik',
          message: `Tahap jadwal nomor ${i + 1} selesai (${selesai}) sebelum mulai (${mulai}).`,
          messageEn: `Schedule phase ${i + 1} ends (${selesai}) before it starts (${mulai}).`,
        });
      }
    });
  }

  const metode = str(doc['metode_sampel']);
  const pemilihan = str(doc['metode_pemilihan_sampel']);
  if (has('metode_sampel') && metode && pemilihan) {
    const group = getVocabulary('metode-sampel').values.find((v) => v.code === metode)?.group;
    if (group !== undefined && group !== pemilihan) {
      out.push({
        path: '/metode_sampel',
        code: 'metode-sampel-tidak-sesuai',
        message: `Metode sampel "${metode}" termasuk sampel ${group}, sedangkan metode pemilihan sampel "${pemilihan}".`,
        messageEn: `Sampling method "${metode}" is a ${group} method, but the sample selection is "${pemilihan}".`,
      });
    }
  }
  return out;
}
