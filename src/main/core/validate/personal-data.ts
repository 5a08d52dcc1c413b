/**
 * Detection of personal-data columns (domain §5.2–5.3): NIK (16 digits with a valid structure),
 * No. KK, NPWP, phone numbers, e-mail addresses, and names/addresses next to such identifiers.
 * One scanner per run, fed once per row by whichever privacy rule sees the row first.
 */
import { IdTable } from './hash';
import type { ColumnInfo, RowView, RuleContext } from './types';

export type PersonalKind = 'nik' | 'kk' | 'npwp' | 'telepon' | 'email' | 'nama' | 'alamat';

/** Province codes in force (Kemendagri 2025, domain §4.1). */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
]);

/** A 16-digit NIK with a plausible structure (province, kab/kota, day ±40, month, serial). */
export function isValidNik(s: string): boolean {
  if (s.length !== 16) return false;
  for (let i = 0; i < 16; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  if (!PROVINCE_CODES.has(s.slice(0, 2))) return false;
  if (s.slice(2, 4) === '00') return false;
  const day = Number(s.slice(6, 8));
  const month = Number(s.slice(8, 10));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  if (month < 1 || month > 12) return false;
  return s.slice(12) !== '0000';
}

const PHONE_RE = /^(?:\+?62|0)8\d{8,11}$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const NPWP_RE = /^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/;

export function isPhoneNumber(s: string): boolean {
  const t = s.replace(/[\s().-]/g, '');
  return t.length >= 10 && t.length <= 15 && PHONE_RE.test(t);
}

export function isEmail(s: string): boolean {
  return s.includes('@') && EMAIL_RE.test(s.trim());
}

const NAME_HINTS: [RegExp, PersonalKind][] = [
  [/(^|_)(nik|nomor_induk_kependudukan|no_ktp|ktp)(_|$)/, 'nik'],
  [/(^|_)(kk|no_kk|nomor_kk|kartu_keluarga)(_|$)/, 'kk'],
  [/(^|_)npwp(_|$)/, 'npwp'],
  [/(^|_)(hp|telp|telepon|phone|no_hp|handphone|whatsapp|wa|ponsel)(_|$)/, 'telepon'],
  [/(^|_)(email|e_mail|surel)(_|$)/, 'email'],
];
const PERSON_NAME_RE =
  /^(nama|name|nama_lengkap|nama_(kepala|pemilik|pasien|penduduk|pegawai|lengkap|ayah|ibu|anak|siswa|peserta|penerima|warga|responden|karyawan|petugas|pemohon|pelapor|korban|pelaku|suami|istri|wali|orang_tua|ortu|pengurus|ketua|kader)(_.*)?)$/;
const ADDRESS_RE = /^(alamat|address|domisili)(_|$)/;

const VALUE_ROLES = new Set(['identifier', 'text', 'category', 'free-text', 'row-number', 'empty']);

interface ColumnScan {
  col: ColumnInfo;
  hint: PersonalKind | undefined;
  nonEmpty: number;
  nik: number;
  phone: number;
  email: number;
  npwp: number;
  digits16: number;
}

export interface PersonalColumn {
  col: ColumnInfo;
  kind: PersonalKind;
  /** values that match the kind's pattern (or non-empty values for name/address columns) */
  count: number;
}

/** What a value counts for (judgeValue): bits over NON_EMPTY; NOTHING for an empty value. */
const NOTHING = 1;
const NON_EMPTY = 2;
const NIK = 4;
const DIGITS16 = 8;
const PHONE = 16;
const NPWP = 32;
const EMAIL = 64;

function judgeValue(cell: string): number {
  const v = cell.trim();
  if (v === '') return NOTHING;
  let found = NON_EMPTY;
  const c0 = v.charCodeAt(0);
  if (v.length === 16 && c0 >= 48 && c0 <= 57) {
    if (isValidNik(v)) found |= NIK;
    if (/^\d{16}$/.test(v)) found |= DIGITS16;
  } else if (c0 === 48 /* 0 */ || c0 === 43 /* + */ || c0 === 54 /* 6 */) {
    if (isPhoneNumber(v)) found |= PHONE;
    else if (NPWP_RE.test(v) || /^\d{15}$/.test(v)) found |= NPWP;
  } else if (v.includes('@')) {
    if (isEmail(v)) found |= EMAIL;
  } else if (NPWP_RE.test(v)) found |= NPWP;
  return found;
}

export class PersonalDataScanner {
  private lastLine = Number.NaN;
  private lastCells: readonly string[] | null = null;
  private readonly scans: ColumnScan[];
  private result: PersonalColumn[] | null = null;
  /** judgeValue per column and dictionary id (0: not judged yet) */
  private readonly foundById: IdTable;

  constructor(private readonly columns: readonly ColumnInfo[]) {
    this.scans = columns
      .filter((c) => VALUE_ROLES.has(c.role) || hintOf(c.name) !== undefined)
      .map((col) => ({
        col,
        hint: hintOf(col.name),
        nonEmpty: 0,
        nik: 0,
        phone: 0,
        email: 0,
        npwp: 0,
        digits16: 0,
      }));
    this.foundById = new IdTable(columns.length);
  }

  feed(row: RowView): void {
    if (row.kind !== 'data') return;
    if (row.line === this.lastLine && row.cells === this.lastCells) return;
    this.lastLine = row.line;
    this.lastCells = row.cells;
    const ids = row.ids;
    const at = row.idAt ?? 0;
    for (const s of this.scans) {
      const i = s.col.index;
      // what a value counts for is judged once per dictionary id (RowView.ids)
      const id = ids ? (ids[at + i] ?? -1) : -1;
      let found = id >= 0 ? this.foundById.get(i, id) : 0;
      if (found === 0) {
        found = judgeValue(row.cells[i] ?? '');
        if (id >= 0) this.foundById.set(i, id, found);
      }
      if (found === NOTHING) continue;
      s.nonEmpty++;
      if ((found & NIK) !== 0) s.nik++;
      if ((found & DIGITS16) !== 0) s.digits16++;
      if ((found & PHONE) !== 0) s.phone++;
      if ((found & NPWP) !== 0) s.npwp++;
      if ((found & EMAIL) !== 0) s.email++;
    }
  }

  /** The personal-data columns, decided after all rows were fed. */
  columnsFound(): PersonalColumn[] {
    if (this.result) return this.result;
    const found: PersonalColumn[] = [];
    for (const s of this.scans) {
      const n = s.nonEmpty;
      const share = (k: number): boolean => n > 0 && k >= 2 && k / n >= 0.5;
      let kind: PersonalKind | undefined = s.hint;
      let count = 0;
      if (kind === 'nik') count = s.nik;
      else if (kind === 'kk') count = s.digits16;
      else if (kind === 'npwp') count = s.npwp + s.digits16;
      else if (kind === 'telepon') count = s.phone;
      else if (kind === 'email') count = s.email;
      else if (share(s.nik)) [kind, count] = ['nik', s.nik];
      else if (share(s.phone)) [kind, count] = ['telepon', s.phone];
      else if (share(s.email)) [kind, count] = ['email', s.email];
      if (kind && (count > 0 || s.hint !== undefined)) {
        found.push({ col: s.col, kind, count: count > 0 ? count : s.nonEmpty });
      }
    }
    if (found.length > 0) {
      // names and addresses count as personal data only next to such identifiers
      const ids = found.map((f) => f.col);
      for (const col of this.columns) {
        if (found.some((f) => f.col === col)) continue;
        if (col.role !== 'text' && col.role !== 'free-text' && col.role !== 'category') continue;
        const scan = this.scans.find((s) => s.col === col);
        const count = scan?.nonEmpty ?? 0;
        if (count === 0) continue;
        if (ADDRESS_RE.test(col.name)) {
          found.push({ col, kind: 'alamat', count });
          continue;
        }
        if (!/^(nama|name)(_|$)/.test(col.name)) continue;
        const suffix = col.name.replace(/^(nama|name)_?/, '');
        // `nama_kepala` next to `nik_kepala` / `no_hp_kepala`: the same person
        const nextTo = suffix !== '' && ids.some((id) => id.name.endsWith(`_${suffix}`));
        if (PERSON_NAME_RE.test(col.name) || nextTo) found.push({ col, kind: 'nama', count });
      }
    }
    found.sort((a, b) => a.col.index - b.col.index);
    this.result = found;
    return found;
  }
}

function hintOf(name: string): PersonalKind | undefined {
  for (const [re, kind] of NAME_HINTS) if (re.test(name)) return kind;
  return undefined;
}

export function personalDataScanner(ctx: RuleContext): PersonalDataScanner {
  return ctx.shared('personal-data', () => new PersonalDataScanner(ctx.columns));
}
