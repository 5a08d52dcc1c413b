/**
 * The metadata profiles in resources/standards: a JSON Schema (`<name>.schema.json`) and UI
 * hints (`<name>.ui.json`) each, listed in index.json.
 *
 * Composition is a merge step, not `allOf`: a regional profile (`"x-extends": "sdi-dataset"`)
 * is merged over its parent into one flat schema before ajv compiles it. Reasons: one
 * `properties` list per profile for the template, the editor and completeness; error paths
 * without allOf duplicates; `additionalProperties: false` keeps working. The merge may only
 * narrow: required fields are a union, a property override may add constraints (enum,
 * pattern, default) but not change a field's type.
 *
 * Fields that take vocabulary values carry `"x-vocabulary"`; their `enum` is filled from
 * resources/vocabularies when the profile is built, so codes live in one place.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import balikpapanSchema from '../../../../resources/standards/balikpapan.schema.json';
import balikpapanUi from '../../../../resources/standards/balikpapan.ui.json';
import msIndSchema from '../../../../resources/standards/bps-ms-ind.schema.json';
import msIndUi from '../../../../resources/standards/bps-ms-ind.ui.json';
import msKegSchema from '../../../../resources/standards/bps-ms-keg.schema.json';
import msKegUi from '../../../../resources/standards/bps-ms-keg.ui.json';
import msVarSchema from '../../../../resources/standards/bps-ms-var.schema.json';
import msVarUi from '../../../../resources/standards/bps-ms-var.ui.json';
import manifest from '../../../../resources/standards/index.json';
import sdiSchema from '../../../../resources/standards/sdi-dataset.schema.json';
import sdiUi from '../../../../resources/standards/sdi-dataset.ui.json';
import kolomSchema from '../../../../resources/standards/standar-data-kolom.schema.json';
import kolomUi from '../../../../resources/standards/standar-data-kolom.ui.json';
import { AppError } from '../../../shared/errors';
import type {
  Bilingual,
  FieldGroup,
  FieldHint,
  ProfileDetail,
  ProfileField,
  ProfileKind,
  ProfileSummary,
} from '../../../shared/model/metadata';
import { vocabularyValues, type VocabularySelect } from './vocabularies';

type Json = Record<string, unknown>;

interface UiFile {
  profile: string;
  title: Bilingual;
  description: Bilingual;
  groups?: FieldGroup[];
  fields: Record<string, Partial<FieldHint>>;
}

const FILES: Record<string, { schema: unknown; ui: unknown }> = {
  'sdi-dataset': { schema: sdiSchema, ui: sdiUi },
  balikpapan: { schema: balikpapanSchema, ui: balikpapanUi },
  'bps-ms-keg': { schema: msKegSchema, ui: msKegUi },
  'bps-ms-var': { schema: msVarSchema, ui: msVarUi },
  'bps-ms-ind': { schema: msIndSchema, ui: msIndUi },
  'standar-data-kolom': { schema: kolomSchema, ui: kolomUi },
};

/** Annotation keywords used in the profile files (no validation of their own). */
export const ANNOTATION_KEYWORDS = [
  'x-vocabulary',
  'x-extends',
  'x-ckan',
  'x-dcat',
  'x-frictionless',
  'x-indah',
  'x-pattern-message',
  'x-reason',
  'x-private',
] as const;

export interface VocabularySpec {
  id: string;
  select: VocabularySelect;
  value: 'code' | 'label';
}

export interface CompiledProfile {
  summary: ProfileSummary;
  /** the merged schema with vocabulary enums filled in */
  schema: Json;
  groups: FieldGroup[];
  /** top-level fields in display order */
  fields: ProfileField[];
  fieldMap: ReadonlyMap<string, ProfileField>;
  /** this profile, its parent, its grandparent… */
  lineage: string[];
  validate: ValidateFunction;
}

export function vocabularySpec(raw: unknown): VocabularySpec | undefined {
  if (typeof raw === 'string') return { id: raw, select: 'all', value: 'code' };
  if (typeof raw !== 'object' || raw === null) return undefined;
  const o = raw as Json;
  if (typeof o['id'] !== 'string') return undefined;
  const select = o['select'] === 'roots' || o['select'] === 'children' ? o['select'] : 'all';
  return { id: o['id'], select, value: o['value'] === 'label' ? 'label' : 'code' };
}

function isPlainObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function profileBug(name: string, what: string): AppError {
  return new AppError({
    kind: 'bug',
    code: 'profile-malformed',
    message: `Profil metadata ${name} rusak: ${what}`,
    messageEn: `Metadata profile ${name} is malformed: ${what}`,
  });
}

/** Deep merge of a property override; arrays are replaced; a changed `type` is refused. */
function mergeOverride(name: string, base: unknown, over: unknown, path: string): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return structuredClone(over);
  const out: Json = structuredClone(base);
  for (const [k, v] of Object.entries(over)) {
    if (k === 'type' && out[k] !== undefined && JSON.stringify(out[k]) !== JSON.stringify(v)) {
      throw profileBug(name, `${path}: a regional profile may not change a field's type`);
    }
    out[k] = k in out ? mergeOverride(name, out[k], v, `${path}/${k}`) : structuredClone(v);
  }
  return out;
}

/** Merges a profile that extends another over the parent's merged schema. */
export function mergeProfileSchema(name: string, parent: Json, own: Json): Json {
  const out: Json = structuredClone(parent);
  for (const k of ['$id', 'title', 'description', 'x-extends'])
    if (own[k] !== undefined) out[k] = own[k];
  const props = out['properties'];
  if (!isPlainObject(props)) throw profileBug(name, 'parent has no properties');
  const ownProps = own['properties'];
  if (ownProps !== undefined && !isPlainObject(ownProps)) throw profileBug(name, 'properties');
  for (const [k, v] of Object.entries(ownProps ?? {})) {
    props[k] =
      k in props ? mergeOverride(name, props[k], v, `/properties/${k}`) : structuredClone(v);
  }
  const req = new Set<string>([
    ...((parent['required'] as string[] | undefined) ?? []),
    ...((own['required'] as string[] | undefined) ?? []),
  ]);
  out['required'] = [...req];
  if (Array.isArray(own['allOf'])) {
    out['allOf'] = [
      ...((parent['allOf'] as unknown[] | undefined) ?? []),
      ...structuredClone(own['allOf']),
    ];
  }
  return out;
}

function mergeUi(parent: UiFile, own: UiFile): UiFile {
  const groups = [...(parent.groups ?? [])];
  for (const g of own.groups ?? []) {
    const i = groups.findIndex((x) => x.id === g.id);
    if (i >= 0) groups[i] = g;
    else groups.push(g);
  }
  const fields: Record<string, Partial<FieldHint>> = structuredClone(parent.fields);
  for (const [k, v] of Object.entries(own.fields)) fields[k] = { ...(fields[k] ?? {}), ...v };
  return { profile: own.profile, title: own.title, description: own.description, groups, fields };
}

/** Fills `enum` from the vocabularies wherever `x-vocabulary` appears. */
function injectVocabularies(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) injectVocabularies(n);
    return;
  }
  if (!isPlainObject(node)) return;
  const spec = vocabularySpec(node['x-vocabulary']);
  if (spec && node['enum'] === undefined) {
    node['enum'] = vocabularyValues(spec.id, spec.select).map((v) =>
      spec.value === 'label' ? v.label.id : v.code,
    );
  }
  for (const v of Object.values(node)) injectVocabularies(v);
}

function fieldType(schema: Json): string {
  const t = schema['type'];
  if (typeof t === 'string') return t;
  if (schema['$ref'] !== undefined) return 'object';
  return 'string';
}

function buildFields(schema: Json, ui: UiFile): ProfileField[] {
  const props = (schema['properties'] ?? {}) as Record<string, Json>;
  const required = new Set((schema['required'] as string[] | undefined) ?? []);
  const keys = Object.keys(props);
  const fields = keys.map((key, i): ProfileField => {
    const s = props[key] ?? {};
    const hint = ui.fields[key] ?? {};
    const vocab =
      vocabularySpec(s['x-vocabulary']) ??
      vocabularySpec((s['items'] as Json | undefined)?.['x-vocabulary']);
    const exportKeys: ProfileField['exportKeys'] = {};
    if (typeof s['x-ckan'] === 'string') exportKeys.ckan = s['x-ckan'];
    if (typeof s['x-dcat'] === 'string') exportKeys.dcat = s['x-dcat'];
    if (typeof s['x-frictionless'] === 'string') exportKeys.frictionless = s['x-frictionless'];
    if (typeof s['x-indah'] === 'string') exportKeys.indah = s['x-indah'];
    return {
      key,
      group: hint.group ?? ui.groups?.[0]?.id ?? 'umum',
      order: hint.order ?? (i + 1) * 10,
      label: hint.label ?? { id: key, en: key },
      help: hint.help ?? { id: '', en: '' },
      ...(hint.example !== undefined ? { example: hint.example } : {}),
      ...(hint.widget !== undefined ? { widget: hint.widget } : {}),
      ...(hint.suggestions !== undefined ? { suggestions: hint.suggestions } : {}),
      required: required.has(key),
      type: fieldType(s),
      ...(vocab ? { vocabulary: vocab } : {}),
      ...(s['default'] !== undefined ? { default: structuredClone(s['default']) } : {}),
      exportKeys,
      ...(s['x-private'] === true ? { private: true } : {}),
    };
  });
  return fields.sort((a, b) => a.order - b.order);
}

interface ManifestEntry {
  name: string;
  kind: ProfileKind;
  extends?: string;
}

let registry: Map<string, CompiledProfile> | undefined;

function build(): Map<string, CompiledProfile> {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
  });
  addFormats(ajv, ['date', 'date-time', 'email', 'uri']);
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  const entries = manifest.profiles as ManifestEntry[];
  const merged = new Map<
    string,
    { schema: Json; ui: UiFile; lineage: string[]; entry: ManifestEntry }
  >();
  const resolve = (
    name: string,
    seen: string[],
  ): { schema: Json; ui: UiFile; lineage: string[] } => {
    const done = merged.get(name);
    if (done) return done;
    if (seen.includes(name))
      throw profileBug(name, `circular x-extends: ${[...seen, name].join(' → ')}`);
    const entry = entries.find((e) => e.name === name);
    const files = FILES[name];
    if (!entry || !files) throw profileBug(name, 'not listed or not bundled');
    const schema = files.schema as Json;
    const ui = files.ui as UiFile;
    const parentName = schema['x-extends'];
    if ((parentName ?? undefined) !== entry.extends)
      throw profileBug(name, 'x-extends differs from index.json');
    let result: { schema: Json; ui: UiFile; lineage: string[] };
    if (typeof parentName === 'string') {
      const parent = resolve(parentName, [...seen, name]);
      result = {
        schema: mergeProfileSchema(name, parent.schema, schema),
        ui: mergeUi(parent.ui, ui),
        lineage: [name, ...parent.lineage],
      };
    } else {
      result = { schema: structuredClone(schema), ui: structuredClone(ui), lineage: [name] };
    }
    merged.set(name, { ...result, entry });
    return result;
  };
  for (const e of entries) resolve(e.name, []);
  for (const m of merged.values()) {
    injectVocabularies(m.schema);
    ajv.addSchema(m.schema);
  }
  const out = new Map<string, CompiledProfile>();
  for (const [name, m] of merged) {
    const id = m.schema['$id'];
    const validate = typeof id === 'string' ? ajv.getSchema(id) : undefined;
    if (!validate) throw profileBug(name, 'cannot compile');
    const fields = buildFields(m.schema, m.ui);
    out.set(name, {
      summary: {
        name,
        kind: m.entry.kind,
        title: m.ui.title,
        description: m.ui.description,
        ...(m.entry.extends ? { extends: m.entry.extends } : {}),
      },
      schema: m.schema,
      groups: [...(m.ui.groups ?? [])].sort((a, b) => a.order - b.order),
      fields,
      fieldMap: new Map(fields.map((f) => [f.key, f])),
      lineage: m.lineage,
      validate,
    });
  }
  return out;
}

function profiles(): Map<string, CompiledProfile> {
  return (registry ??= build());
}

export function listProfiles(): ProfileSummary[] {
  return [...profiles().values()].map((p) => p.summary);
}

export function profileNames(): string[] {
  return [...profiles().keys()];
}

/** Profile names straight from resources/standards/index.json (no schema compile). */
export function listedProfileNames(): string[] {
  return (manifest.profiles as ManifestEntry[]).map((e) => e.name);
}

/** A compiled profile; AppError not-found listing the known names for an unknown one. */
export function getProfile(name: string): CompiledProfile {
  const p = profiles().get(name);
  if (!p) {
    const known = profileNames().join(', ');
    throw new AppError({
      kind: 'not-found',
      code: 'metadata-profile-unknown',
      message: `Profil metadata "${name}" tidak dikenal. Profil yang ada: ${known}.`,
      messageEn: `Unknown metadata profile "${name}". Known profiles: ${known}.`,
    });
  }
  return p;
}

/** Everything the metadata editor needs about one profile. */
export function profileDetail(name: string): ProfileDetail {
  const p = getProfile(name);
  return { ...p.summary, groups: p.groups, fields: p.fields, schema: p.schema };
}

/** True when `a` and `b` are the same profile or one extends the other. */
export function sameProfileFamily(a: string, b: string): boolean {
  const pa = profiles().get(a);
  const pb = profiles().get(b);
  if (!pa || !pb) return false;
  return pa.lineage.includes(b) || pb.lineage.includes(a);
}
