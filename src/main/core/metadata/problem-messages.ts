/**
 * Turning ajv errors into plain Indonesian (and English) problems: one per missing required
 * field and per bad value. Branch noise is dropped (`if`, the alternatives of an `anyOf`, a
 * value check on a field whose type is already wrong).
 */
import type { ErrorObject } from 'ajv';
import type { Bilingual, MetadataProblem } from '../../../shared/model/metadata';
import { levenshtein } from '../reference/similarity';
import { getProfile, profileNames, vocabularySpec, type CompiledProfile } from './profiles';
import { getVocabulary, lookupVocabularyValue } from './vocabularies';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** 'judul', 'kontak.email', 'kolom[1].satuan' — indexes 1-based as people count. */
export function describePath(path: string): string {
  const parts = path.split('/').slice(1).map(unescapePointer);
  let out = '';
  for (const p of parts) {
    if (/^[0-9]+$/.test(p)) out += `[${Number(p) + 1}]`;
    else out += out === '' ? p : `.${p}`;
  }
  return out === '' ? '(dokumen)' : out;
}

function fieldRef(profile: CompiledProfile, path: string): Bilingual {
  const d = `'${describePath(path)}'`;
  const parts = path.split('/').slice(1);
  const field =
    parts.length === 1 ? profile.fieldMap.get(unescapePointer(parts[0] ?? '')) : undefined;
  if (!field) return { id: d, en: d };
  const same = (label: string): boolean =>
    label.toLowerCase().replace(/[\s/-]+/g, '_') === field.key;
  return {
    id: same(field.label.id) ? d : `${d} (${field.label.id})`,
    en: same(field.label.en) ? d : `${d} (${field.label.en})`,
  };
}

export function formatValue(v: unknown): string {
  const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  integer: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'ya/tidak (true/false)', en: 'yes/no (true/false)' },
  array: { id: 'daftar [ … ]', en: 'a list [ … ]' },
  object: { id: 'objek { … }', en: 'an object { … }' },
  null: { id: 'kosong (null)', en: 'null' },
};

function typeName(t: unknown): Bilingual {
  const names = (Array.isArray(t) ? t : [t]).map(
    (x) => TYPE_NAMES[String(x)] ?? { id: String(x), en: String(x) },
  );
  return { id: names.map((n) => n.id).join(' atau '), en: names.map((n) => n.en).join(' or ') };
}

function typeOfValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** The schema object an error's schemaPath points into, walking from the right root. */
function schemaChain(profile: CompiledProfile, schemaPath: string): Json[] {
  let root: Json | undefined;
  let rest: string;
  if (schemaPath.startsWith('#')) {
    root = profile.schema;
    rest = schemaPath.slice(1);
  } else {
    const cut = schemaPath.indexOf('/');
    const ref = (cut < 0 ? schemaPath : schemaPath.slice(0, cut)).replace(/#$/, '');
    rest = cut < 0 ? '' : schemaPath.slice(cut);
    for (const name of profileNames()) {
      const s = getProfile(name).schema;
      const id = s['$id'];
      if (typeof id === 'string' && (id === ref || id.endsWith(`/${ref}`))) root = s;
    }
  }
  const chain: Json[] = [];
  let node: unknown = root;
  for (const seg of rest.split('/').filter((s) => s !== '')) {
    if (!isObject(node) && !Array.isArray(node)) break;
    if (isObject(node)) chain.push(node);
    node = isObject(node) ? node[unescapePointer(seg)] : (node as unknown[])[Number(seg)];
  }
  if (isObject(node)) chain.push(node);
  return chain;
}

/** The nearest `x-reason` above the failing keyword (explains conditional rules). */
function reasonFor(profile: CompiledProfile, schemaPath: string): Bilingual | undefined {
  const chain = schemaChain(profile, schemaPath);
  for (let i = chain.length - 1; i >= 0; i--) {
    const r = chain[i]?.['x-reason'];
    if (isObject(r) && typeof r['id'] === 'string' && typeof r['en'] === 'string')
      return { id: r['id'], en: r['en'] };
  }
  return undefined;
}

function closestKey(
  profile: CompiledProfile,
  parentSchema: unknown,
  key: string,
): string | undefined {
  const props =
    isObject(parentSchema) && isObject(parentSchema['properties'])
      ? Object.keys(parentSchema['properties'])
      : [...profile.fieldMap.keys()];
  let best: string | undefined;
  let bestD = Infinity;
  for (const p of props) {
    const d = levenshtein(key.toLowerCase(), p);
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function problem(path: string, code: string, id: string, en: string): MetadataProblem {
  return { path, code, message: id, messageEn: en };
}

function withReason(text: Bilingual, reason: Bilingual | undefined): Bilingual {
  return reason ? { id: `${text.id} ${reason.id}`, en: `${text.en} ${reason.en}` } : text;
}

function enumProblem(profile: CompiledProfile, e: ErrorObject, path: string): MetadataProblem {
  const ref = fieldRef(profile, path);
  const parent = isObject(e.parentSchema) ? e.parentSchema : {};
  const spec = vocabularySpec(parent['x-vocabulary']);
  const allowed = ((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
  const shown = allowed.slice(0, 12).join(', ') + (allowed.length > 12 ? ', …' : '');
  let listId = 'daftar yang diizinkan';
  let listEn = 'the allowed list';
  let hint: Bilingual = { id: '', en: '' };
  if (spec) {
    const vocab = getVocabulary(spec.id);
    listId = `daftar ${vocab.title.id}`;
    listEn = `the list ${vocab.title.en}`;
    if (typeof e.data === 'string') {
      const match = lookupVocabularyValue(spec.id, e.data);
      const value = match ? (spec.value === 'label' ? match.label.id : match.code) : undefined;
      if (match && value !== undefined && allowed.includes(value)) {
        hint = {
          id: ` Maksud Anda "${value}" (${match.label.id})?`,
          en: ` Did you mean "${value}" (${match.label.en})?`,
        };
      }
    }
  }
  return problem(
    path,
    'nilai-tidak-dikenal',
    `Nilai ${formatValue(e.data)} pada ${ref.id} tidak ada dalam ${listId}.${hint.id} Pilihan: ${shown}.`,
    `Value ${formatValue(e.data)} in ${ref.en} is not in ${listEn}.${hint.en} Choices: ${shown}.`,
  );
}

function patternMessage(e: ErrorObject): Bilingual {
  const parent = isObject(e.parentSchema) ? e.parentSchema : {};
  const m = parent['x-pattern-message'];
  if (isObject(m) && typeof m['id'] === 'string' && typeof m['en'] === 'string')
    return { id: m['id'], en: m['en'] };
  return {
    id: 'Bentuknya tidak sesuai pola yang diharapkan.',
    en: 'It does not match the expected pattern.',
  };
}

const FORMAT_TEXT: Record<string, Bilingual> = {
  date: {
    id: 'bukan tanggal yang sah (TTTT-BB-HH, mis. 2024-12-31)',
    en: 'is not a valid date (YYYY-MM-DD, e.g. 2024-12-31)',
  },
  'date-time': {
    id: 'bukan tanggal dan jam yang sah (ISO 8601)',
    en: 'is not a valid date-time (ISO 8601)',
  },
  email: { id: 'bukan alamat email yang sah', en: 'is not a valid email address' },
  uri: { id: 'bukan alamat web (URL) yang sah', en: 'is not a valid web address (URL)' },
};

function translateOne(profile: CompiledProfile, e: ErrorObject): MetadataProblem | undefined {
  const params = e.params as Record<string, unknown>;
  const at = e.instancePath;
  const ref = fieldRef(profile, at);
  const v = formatValue(e.data);
  switch (e.keyword) {
    case 'required': {
      const path = `${at}/${String(params['missingProperty'])}`;
      const r = fieldRef(profile, path);
      const text = withReason(
        { id: `Kolom wajib ${r.id} belum diisi.`, en: `Required field ${r.en} is missing.` },
        e.schemaPath.includes('/then/') || e.schemaPath.includes('/else/')
          ? reasonFor(profile, e.schemaPath)
          : undefined,
      );
      return problem(path, 'wajib-diisi', text.id, text.en);
    }
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const path = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const near = closestKey(profile, e.parentSchema, key);
      const where = at === '' ? `profil ${profile.summary.name}` : `'${describePath(at)}'`;
      const whereEn = at === '' ? `profile ${profile.summary.name}` : `'${describePath(at)}'`;
      return problem(
        path,
        'kolom-tidak-dikenal',
        `Kolom '${key}' tidak dikenal dalam ${where}.${near ? ` Maksud Anda '${near}'?` : ''}`,
        `Field '${key}' is not part of ${whereEn}.${near ? ` Did you mean '${near}'?` : ''}`,
      );
    }
    case 'false schema': {
      const text = withReason(
        {
          id: `Kolom ${ref.id} tidak berlaku untuk isian ini.`,
          en: `Field ${ref.en} does not apply here.`,
        },
        reasonFor(profile, e.schemaPath),
      );
      return problem(at, 'tidak-berlaku', text.id, text.en);
    }
    case 'anyOf':
    case 'oneOf': {
      const reason = reasonFor(profile, e.schemaPath);
      return problem(
        at,
        'salah-satu-wajib',
        reason
          ? `Isian ${ref.id} belum lengkap: ${reason.id}`
          : `Isian ${ref.id} tidak memenuhi pilihan yang diizinkan.`,
        reason
          ? `Field ${ref.en} is incomplete: ${reason.en}`
          : `Value of ${ref.en} matches none of the allowed forms.`,
      );
    }
    case 'enum':
      return enumProblem(profile, e, at);
    case 'const':
      return problem(
        at,
        'nilai-tidak-dikenal',
        `Nilai ${v} pada ${ref.id} harus ${formatValue(params['allowedValue'])}.`,
        `Value ${v} in ${ref.en} must be ${formatValue(params['allowedValue'])}.`,
      );
    case 'type': {
      const t = typeName(params['type']);
      const got = typeName(typeOfValue(e.data));
      return problem(
        at,
        'tipe-salah',
        `${ref.id} harus berupa ${t.id}, bukan ${got.id} (${v}).`,
        `${ref.en} must be ${t.en}, not ${got.en} (${v}).`,
      );
    }
    case 'minLength':
      return problem(
        at,
        'terlalu-pendek',
        `${ref.id} terlalu pendek: minimal ${String(params['limit'])} karakter (sekarang ${String((e.data as string).length)}).`,
        `${ref.en} is too short: at least ${String(params['limit'])} characters (now ${String((e.data as string).length)}).`,
      );
    case 'maxLength':
      return problem(
        at,
        'terlalu-panjang',
        `${ref.id} terlalu panjang: maksimal ${String(params['limit'])} karakter (sekarang ${String((e.data as string).length)}).`,
        `${ref.en} is too long: at most ${String(params['limit'])} characters (now ${String((e.data as string).length)}).`,
      );
    case 'pattern': {
      const m = patternMessage(e);
      return problem(
        at,
        'format-salah',
        `Nilai ${v} pada ${ref.id} tidak sah. ${m.id}`,
        `Value ${v} in ${ref.en} is not valid. ${m.en}`,
      );
    }
    case 'format': {
      const f = FORMAT_TEXT[String(params['format'])] ?? {
        id: 'formatnya salah',
        en: 'has the wrong format',
      };
      return problem(
        at,
        'format-salah',
        `Nilai ${v} pada ${ref.id} ${f.id}.`,
        `Value ${v} in ${ref.en} ${f.en}.`,
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const op = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[
        e.keyword
      ];
      return problem(
        at,
        'di-luar-rentang',
        `Nilai ${v} pada ${ref.id} harus ${op} ${String(params['limit'])}.`,
        `Value ${v} in ${ref.en} must be ${op} ${String(params['limit'])}.`,
      );
    }
    case 'minItems':
      return problem(
        at,
        'jumlah-isian',
        `${ref.id} harus berisi minimal ${String(params['limit'])} isian.`,
        `${ref.en} needs at least ${String(params['limit'])} item(s).`,
      );
    case 'maxItems':
      return problem(
        at,
        'jumlah-isian',
        `${ref.id} berisi lebih dari ${String(params['limit'])} isian.`,
        `${ref.en} has more than ${String(params['limit'])} items.`,
      );
    case 'uniqueItems': {
      const i = Number(params['i']) + 1;
      const j = Number(params['j']) + 1;
      return problem(
        at,
        'isian-ganda',
        `${ref.id} berisi isian ganda (nomor ${Math.min(i, j)} dan ${Math.max(i, j)}).`,
        `${ref.en} has duplicate items (numbers ${Math.min(i, j)} and ${Math.max(i, j)}).`,
      );
    }
    case 'if':
      return undefined;
    default:
      return problem(
        at,
        'tidak-sah',
        `${ref.id}: ${e.message ?? 'tidak sah'}.`,
        `${ref.en}: ${e.message ?? 'invalid'}.`,
      );
  }
}

/** Every ajv error as a problem, without duplicates or branch noise. */
export function translateErrors(
  profile: CompiledProfile,
  errors: readonly ErrorObject[],
): MetadataProblem[] {
  const anyOfPaths = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .map((e) => `${e.schemaPath}/`);
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const out: MetadataProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (anyOfPaths.some((p) => e.schemaPath.startsWith(p))) continue;
    if (e.keyword !== 'type' && wrongType.has(e.instancePath) && e.keyword !== 'required') continue;
    const p = translateOne(profile, e);
    if (!p) continue;
    const key = `${p.path}|${p.code}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
