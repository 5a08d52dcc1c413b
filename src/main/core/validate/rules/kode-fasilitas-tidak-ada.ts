import { defineRule } from '../define-rule';
import { toSnakeCase } from '../text-utils';

/**
 * Data about schools or health facilities without the facility's master code: NPSN for
 * schools, the Kemenkes facility code for puskesmas, hospitals and clinics (domain §7.2 item 16,
 * §7.3 item 14). The subject is read from the column names, the title and the dataset name,
 * and from the values of a `jenjang` / `jenis_fasilitas` column in the first rows.
 */
const SCHOOL_WORDS = new Set(['sekolah', 'sd', 'smp', 'sma', 'smk', 'slb', 'madrasah', 'mts']);
/** words of datasets about people's schooling, not about schools (pendidikan terakhir: SD…) */
const NOT_SCHOOLS = new Set(['tamat', 'lulus', 'lulusan', 'ijazah', 'penduduk', 'terakhir']);
const HEALTH_WORDS = new Set(['puskesmas', 'faskes', 'fasyankes', 'rsud', 'klinik', 'pustu']);
/** `fasilitas` alone may be any facility: these words make it a health facility */
const HEALTH_CONTEXT = new Set(['kesehatan', 'dokter', 'bidan', 'perawat', 'nakes', 'pasien']);
const CODE_COLUMN_RE =
  /(^|_)npsn(_|$)|^(kode|kd|id)_(fasilitas|faskes|fasyankes|puskesmas|pkm|rs|rsud|rumah_sakit|klinik|sekolah|satuan_pendidikan|satpen)(_|$)/;
const SCHOOL_VALUE_RE = /^(sd|smp|sma|smk|slb|mi|mts|ma|tk|paud)\b/i;
const HEALTH_VALUE_RE = /\b(puskesmas|pkm|rsud|rsu|rs|rumah sakit|klinik|pustu)\b/i;
const SAMPLE_ROWS = 1000;

function words(text: string): string[] {
  return toSnakeCase(text).split('_');
}

export default defineRule({
  code: 'kode-fasilitas-tidak-ada',
  scope: 'table',
  create(ctx) {
    if (ctx.columns.some((c) => CODE_COLUMN_RE.test(c.name))) return {};
    const texts = [
      ...ctx.columns.map((c) => c.name),
      ...(ctx.input.titleLines ?? []),
      ctx.input.datasetName ?? '',
    ];
    const found = new Set(texts.flatMap(words));
    const aboutPeople = [...NOT_SCHOOLS].some((w) => found.has(w));
    let school = !aboutPeople && [...SCHOOL_WORDS].some((w) => found.has(w));
    let health =
      [...HEALTH_WORDS].some((w) => found.has(w)) ||
      (found.has('rumah') && found.has('sakit')) ||
      (found.has('fasilitas') && [...HEALTH_CONTEXT].some((w) => found.has(w)));
    const levels = aboutPeople ? [] : ctx.columns.filter((c) => /^jenjang(_|$)/.test(c.name));
    const kinds = ctx.columns.filter((c) => /^(jenis|tipe)_(fasilitas|faskes)(_|$)/.test(c.name));
    let seen = levels.length + kinds.length > 0 ? 0 : SAMPLE_ROWS;
    return {
      row(row) {
        if (seen >= SAMPLE_ROWS || row.kind !== 'data') return;
        seen++;
        for (const c of levels) {
          if (SCHOOL_VALUE_RE.test((row.cells[c.index] ?? '').trim())) school = true;
        }
        for (const c of kinds) if (HEALTH_VALUE_RE.test(row.cells[c.index] ?? '')) health = true;
      },
      end() {
        const id = ctx.lang === 'id';
        if (school) {
          ctx.report({
            params: { facility: 'sekolah', facilityCode: 'npsn' },
            group: 'sekolah',
            suggestion: id
              ? 'Tambahkan kolom "npsn" (Nomor Pokok Sekolah Nasional) untuk setiap sekolah.'
              : 'Add an "npsn" column (national school number) for every school.',
          });
        }
        if (health) {
          ctx.report({
            params: { facility: 'kesehatan', facilityCode: 'kemenkes' },
            group: 'kesehatan',
            suggestion: id
              ? 'Tambahkan kolom "kode_fasilitas" berisi kode fasilitas kesehatan Kemenkes.'
              : 'Add a "kode_fasilitas" column with the Kemenkes health facility code.',
          });
        }
      },
    };
  },
});
