/**
 * Frictionless Data Package (v1, profile `tabular-data-package`): `datapackage.json` plus the
 * machine-readable CSV (`data/<slug>.csv`: UTF-8, `,`, CRLF, no BOM, values unchanged), as a
 * folder or — when the target ends in `.zip` — a zip with `datapackage.json` at its root.
 *
 * Decisions:
 * - Field types come from the column types (vocabularies.ts) but are checked against every
 *   value while the CSV is written; a column whose values do not all fit its Table Schema
 *   type (in the default format) is declared `string` and a warning says so. The descriptor
 *   never claims more than the data holds.
 * - Region-code columns (Kemendagri or BPS) get a foreign key to a small reference resource
 *   listing the codes used in the data (`kode-wilayah`, `kode-wilayah-bps`; names when a
 *   lookup is given); local reference lists get `daftar-<list>`. The FK documents which
 *   reference list a column uses; checking codes against the official list is the validator's
 *   job.
 * - SDI metadata rides along as top-level keys named like the CKAN extras (accessRights,
 *   accrualPeriodicity, satuan, …), which is where frictionless-ckan-mapper puts unknown keys.
 */
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import type {
  ColumnConstraints,
  ExportColumn,
  ExportSource,
  ExportWarning,
} from '../../../shared/model/export';
import { atomicWrite, atomicWriteDir } from './atomic-write';
import { ckanExtras } from './ckan';
import {
  encodeCsvRow,
  MACHINE_CSV,
  writeCsvAt,
  type CsvSummary,
  type RowHooks,
} from './csv-writer';
import { asDateTime, deriveCollector, resolveMetadata, type ResolvedMetadata } from './mappings';
import { toFrictionlessName, uniqueNames } from './slug';
import { zipFolder } from './zip-writer';
import { regionLevel, tableSchemaType, type TableSchemaType } from './vocabularies';

// ── descriptor types ───────────────────────────────────────────────────────────────────────

export interface TableSchemaField {
  name: string;
  title?: string;
  type: TableSchemaType;
  format?: string;
  description?: string;
  constraints?: Record<string, unknown>;
  trueValues?: string[];
  falseValues?: string[];
  /** non-standard: the unit of measure (satuan) */
  unit?: string;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
}

export interface DataResource {
  profile: 'tabular-data-resource';
  name: string;
  path: string;
  title?: string;
  description?: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes: number;
  hash: string;
  dialect: {
    delimiter: string;
    doubleQuote: boolean;
    lineTerminator: string;
    quoteChar: string;
    header: boolean;
  };
  schema: TableSchema;
}

export type DataPackageDescriptor = Record<string, unknown> & {
  profile: 'tabular-data-package';
  name: string;
  resources: DataResource[];
};

export interface DataPackageOptions extends RowHooks {
  /** names for region codes in the reference resource (e.g. from the reference module) */
  lookupRegion?: (code: string, system: 'kemendagri' | 'bps') => { name?: string } | undefined;
}

// ── value checks per Table Schema type (default formats) ───────────────────────────────────

const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];
const TRUE_ID = ['ya', 'Ya', 'YA'];
const FALSE_ID = ['tidak', 'Tidak', 'TIDAK'];

function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

const FITS: Record<Exclude<TableSchemaType, 'string' | 'boolean'>, (v: string) => boolean> = {
  integer: (v) => /^[+-]?\d+$/.test(v),
  number: (v) =>
    /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(v) ||
    v === 'NaN' ||
    v === 'INF' ||
    v === '-INF',
  date: isIsoDate,
  year: (v) => /^\d{4}$/.test(v),
};

interface FieldCheck {
  type: TableSchemaType;
  ok: boolean;
  misfit?: string;
  /** booleans: which spellings were seen */
  idBooleans: boolean;
}

function fieldChecker(types: readonly TableSchemaType[], missing: ReadonlySet<string>) {
  const checks: FieldCheck[] = types.map((type) => ({ type, ok: true, idBooleans: false }));
  return {
    checks,
    onRow(cells: readonly string[]) {
      for (let i = 0; i < checks.length; i += 1) {
        const c = checks[i];
        if (c === undefined || !c.ok || c.type === 'string') continue;
        const v = cells[i] ?? '';
        if (missing.has(v)) continue;
        let fits: boolean;
        if (c.type === 'boolean') {
          fits = TRUE_VALUES.includes(v) || FALSE_VALUES.includes(v);
          if (!fits && (TRUE_ID.includes(v) || FALSE_ID.includes(v))) {
            c.idBooleans = true;
            fits = true;
          }
        } else {
          fits = FITS[c.type](v);
        }
        if (!fits) {
          c.ok = false;
          c.misfit = v;
        }
      }
    },
  };
}

// ── reference resources ────────────────────────────────────────────────────────────────────

interface ReferenceGroup {
  resource: string;
  system: 'kemendagri' | 'bps' | 'local';
  list?: string;
  columns: number[];
  codes: Set<string>;
}

function referenceGroups(
  columns: readonly ExportColumn[],
  defaultSystem: 'kemendagri' | 'bps',
): ReferenceGroup[] {
  const groups = new Map<string, ReferenceGroup>();
  columns.forEach((c, i) => {
    let system: ReferenceGroup['system'] | undefined = c.reference?.system;
    if (system === undefined && c.type === 'region-code') system = defaultSystem;
    if (system === undefined) return;
    let resource: string;
    if (system === 'local') {
      if (!c.reference?.list) return;
      resource = `daftar-${toFrictionlessName(c.reference.list, 'referensi')}`;
    } else {
      resource = system === 'kemendagri' ? 'kode-wilayah' : 'kode-wilayah-bps';
    }
    let g = groups.get(resource);
    if (!g) {
      g = { resource, system, columns: [], codes: new Set() };
      if (system === 'local' && c.reference?.list) g.list = c.reference.list;
      groups.set(resource, g);
    }
    g.columns.push(i);
  });
  return [...groups.values()];
}

// ── constraints ────────────────────────────────────────────────────────────────────────────

function asNumber(v: number | string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  return Number.isFinite(n) ? n : undefined;
}

function mapConstraints(
  c: ColumnConstraints | undefined,
  type: TableSchemaType,
): Record<string, unknown> | undefined {
  if (!c) return undefined;
  const out: Record<string, unknown> = {};
  if (c.required !== undefined) out['required'] = c.required;
  if (c.unique !== undefined && type !== 'boolean') out['unique'] = c.unique;
  if (c.pattern !== undefined && (type === 'string' || type === 'integer' || type === 'number')) {
    out['pattern'] = c.pattern;
  }
  if (c.enum !== undefined && c.enum.length > 0 && type !== 'boolean')
    out['enum'] = [...new Set(c.enum)];
  for (const key of ['minimum', 'maximum'] as const) {
    const raw = c[key];
    if (raw === undefined) continue;
    if (type === 'integer' || type === 'year') {
      const n = asNumber(raw);
      if (n !== undefined && Number.isInteger(n)) out[key] = n;
    } else if (type === 'number') {
      const n = asNumber(raw);
      if (n !== undefined) out[key] = n;
    } else if (type === 'date' && isIsoDate(String(raw))) {
      out[key] = String(raw);
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

// ── the descriptor ─────────────────────────────────────────────────────────────────────────

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface DataPackageParts {
  dataPath: string;
  csv: CsvSummary;
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys: ForeignKey[];
  references: DataResource[];
}

export function buildDescriptor(
  meta: ResolvedMetadata,
  parts: DataPackageParts,
): DataPackageDescriptor {
  const main: DataResource = {
    profile: 'tabular-data-resource',
    name: meta.slug,
    path: parts.dataPath,
    title: meta.title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: parts.csv.bytes,
    hash: `sha256:${parts.csv.sha256}`,
    dialect: dialect(),
    schema: {
      fields: parts.fields,
      missingValues: parts.missingValues,
      ...(parts.primaryKey && parts.primaryKey.length > 0 ? { primaryKey: parts.primaryKey } : {}),
      ...(parts.foreignKeys.length > 0 ? { foreignKeys: parts.foreignKeys } : {}),
    },
  };
  const pkg: DataPackageDescriptor = {
    profile: 'tabular-data-package',
    name: meta.slug,
    id: meta.identifier,
    title: meta.title,
    description: meta.description,
    version: meta.version,
    resources: [main, ...parts.references],
  };
  const created = asDateTime(meta.issued);
  if (created) pkg['created'] = created;
  if (meta.keywords.length > 0) pkg['keywords'] = meta.keywords;
  if (meta.license) {
    const lic: Record<string, string> = { name: meta.license.id, title: meta.license.title };
    if (meta.license.url) lic['path'] = meta.license.url;
    pkg['licenses'] = [lic];
  }
  const contributors: Record<string, string>[] = [];
  if (meta.publisher) contributors.push({ title: meta.publisher, role: 'publisher' });
  if (meta.producer) contributors.push({ title: meta.producer, role: 'author' });
  if (meta.contact && (meta.contact.name || meta.contact.email)) {
    const m: Record<string, string> = {
      title: meta.contact.name ?? meta.publisher ?? meta.contact.email ?? '',
      role: 'maintainer',
    };
    if (meta.contact.email && EMAIL.test(meta.contact.email)) m['email'] = meta.contact.email;
    contributors.push(m);
  }
  if (contributors.length > 0) pkg['contributors'] = contributors;
  // the profile's Frictionless names (x-frictionless), then the CKAN extras names for the rest
  const theme = [...new Set(meta.topics.map((t) => t.topic?.label ?? t.label))];
  if (theme.length > 0) pkg['theme'] = theme.join(', ');
  if (meta.coverage.length > 0) pkg['spatial'] = meta.coverage;
  if (meta.period) pkg['temporal'] = { start: meta.period.start, end: meta.period.end };
  const covered = new Set([
    'kategori',
    'cakupan_wilayah',
    'periode_awal',
    'periode_akhir',
    'temporal_start',
    'temporal_end',
  ]);
  for (const { key, value } of ckanExtras(meta)) {
    if (!(key in pkg) && !covered.has(key)) pkg[key] = value;
  }
  return pkg;
}

function dialect(): DataResource['dialect'] {
  return {
    delimiter: MACHINE_CSV.delimiter,
    doubleQuote: true,
    lineTerminator: MACHINE_CSV.lineTerminator,
    quoteChar: '"',
    header: true,
  };
}

// ── writing ────────────────────────────────────────────────────────────────────────────────

export interface DataPackageSummary {
  rows: number;
  bytes: number;
  /** sha256 of the zip (zip targets only) */
  sha256?: string;
  descriptor: DataPackageDescriptor;
  warnings: ExportWarning[];
}

async function writeReferenceCsv(
  dir: string,
  group: ReferenceGroup,
  lookup: DataPackageOptions['lookupRegion'],
): Promise<DataResource> {
  const codes = [...group.codes].sort();
  const isRegion = group.system !== 'local';
  const withNames = isRegion && lookup !== undefined;
  const header = ['kode', ...(withNames ? ['nama'] : []), ...(isRegion ? ['tingkat'] : [])];
  const lines = [encodeCsvRow(header, ',', MACHINE_CSV.lineTerminator)];
  for (const code of codes) {
    const row = [code];
    if (withNames) row.push(lookup(code, group.system as 'kemendagri' | 'bps')?.name ?? '');
    if (isRegion) row.push(regionLevel(code) ?? '');
    lines.push(encodeCsvRow(row, ',', MACHINE_CSV.lineTerminator));
  }
  const bytes = Buffer.from(lines.join(''), 'utf8');
  const rel = `data/${group.resource}.csv`;
  await writeFile(join(dir, rel), bytes);
  const fields: TableSchemaField[] = [
    { name: 'kode', title: 'Kode', type: 'string', constraints: { required: true, unique: true } },
  ];
  if (withNames) fields.push({ name: 'nama', title: 'Nama', type: 'string' });
  if (isRegion) fields.push({ name: 'tingkat', title: 'Tingkat', type: 'string' });
  const title =
    group.system === 'kemendagri'
      ? 'Kode wilayah Kemendagri yang dipakai dalam data'
      : group.system === 'bps'
        ? 'Kode wilayah BPS yang dipakai dalam data'
        : `Daftar referensi ${group.list ?? ''} yang dipakai dalam data`;
  return {
    profile: 'tabular-data-resource',
    name: group.resource,
    path: rel,
    title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: bytes.length,
    hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    dialect: dialect(),
    schema: { fields, missingValues: [''], primaryKey: ['kode'] },
  };
}

/** Write the package files (datapackage.json, data/*.csv) into an empty folder `dir`. */
export async function buildDataPackageFolder(
  source: ExportSource,
  dir: string,
  options: DataPackageOptions = {},
): Promise<DataPackageSummary> {
  const names = uniqueNames(source.columns.map((c) => c.name));
  const declared = source.columns.map((c) => tableSchemaType(c.type));
  const missingValues = [...new Set(['', ...source.columns.flatMap((c) => c.missingValues ?? [])])];
  const checker = fieldChecker(declared, new Set(missingValues));
  const collector = deriveCollector(source.columns);
  const missingSet = new Set(missingValues);
  // codes seen per coded column; grouped into reference resources once the code system is known
  const codedColumns = source.columns.flatMap((c, i) =>
    c.reference !== undefined || c.type === 'region-code' ? [i] : [],
  );
  const codesSeen = new Map<number, Set<string>>(codedColumns.map((i) => [i, new Set<string>()]));

  // the slug does not depend on values in the rows, so the file name is known before the pass
  const dataPath = `data/${resolveMetadata(source).meta.slug}.csv`;
  await mkdir(join(dir, 'data'), { recursive: true });
  const csv = await writeCsvAt(source, join(dir, dataPath), MACHINE_CSV, {
    ...options,
    onRow: (cells) => {
      checker.onRow(cells);
      collector.onRow(cells);
      for (const [i, seen] of codesSeen) {
        const v = (cells[i] ?? '').trim();
        if (v !== '' && !missingSet.has(v)) seen.add(v);
      }
      options.onRow?.(cells);
    },
  });

  const { meta, warnings } = resolveMetadata(source, collector.result());

  const fields: TableSchemaField[] = source.columns.map((c, i) => {
    const check = checker.checks[i];
    let type = declared[i] ?? 'string';
    if (check && !check.ok) {
      warnings.push({
        field: `schema.${names[i] ?? c.name}`,
        message: `Kolom ${names[i]} dinyatakan sebagai string: nilai "${check.misfit}" bukan ${type} dalam format baku Table Schema.`,
        messageEn: `Column ${names[i]} declared as string: value "${check.misfit}" is not a ${type} in Table Schema's default format.`,
      });
      type = 'string';
    }
    const f: TableSchemaField = { name: names[i] ?? c.name, type };
    if (c.label && c.label !== f.name) f.title = c.label;
    if (c.description) f.description = c.description;
    if (type === 'date') f.format = 'default';
    if (type === 'boolean' && check?.idBooleans) {
      f.trueValues = [...TRUE_VALUES, ...TRUE_ID];
      f.falseValues = [...FALSE_VALUES, ...FALSE_ID];
    }
    const constraints = mapConstraints(c.constraints, type);
    if (constraints) f.constraints = constraints;
    if (c.unit) f.unit = c.unit;
    return f;
  });

  let primaryKey: string[] | undefined;
  if (source.primaryKey && source.primaryKey.length > 0) {
    const known = source.primaryKey.filter((k) => names.includes(k));
    if (known.length !== source.primaryKey.length) {
      warnings.push({
        field: 'primaryKey',
        message: `Kunci utama menyebut kolom yang tidak ada: ${source.primaryKey.filter((k) => !names.includes(k)).join(', ')}.`,
        messageEn: `The primary key names columns that do not exist: ${source.primaryKey.filter((k) => !names.includes(k)).join(', ')}.`,
      });
    }
    if (known.length > 0) primaryKey = [...new Set(known)];
  }

  const references: DataResource[] = [];
  const foreignKeys: ForeignKey[] = [];
  const groups = referenceGroups(source.columns, meta.regionSystem);
  for (const g of groups) {
    for (const i of g.columns) for (const code of codesSeen.get(i) ?? []) g.codes.add(code);
    references.push(await writeReferenceCsv(dir, g, options.lookupRegion));
    for (const i of g.columns) {
      const name = names[i];
      if (name !== undefined)
        foreignKeys.push({ fields: [name], reference: { resource: g.resource, fields: ['kode'] } });
    }
  }

  const descriptor = buildDescriptor(meta, {
    dataPath,
    csv,
    fields,
    missingValues,
    ...(primaryKey ? { primaryKey } : {}),
    foreignKeys,
    references,
  });
  const json = `${JSON.stringify(descriptor, null, 2)}\n`;
  await writeFile(join(dir, 'datapackage.json'), json, 'utf8');
  const bytes = Buffer.byteLength(json) + csv.bytes + references.reduce((n, r) => n + r.bytes, 0);
  return { rows: csv.rows, bytes, descriptor, warnings };
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Export a Data Package to `targetPath`: a zip when it ends in `.zip`, else a folder. */
export async function writeDataPackage(
  source: ExportSource,
  targetPath: string,
  options: DataPackageOptions = {},
): Promise<DataPackageSummary> {
  let summary: DataPackageSummary = {
    rows: 0,
    bytes: 0,
    descriptor: { profile: 'tabular-data-package', name: 'dataset', resources: [] },
    warnings: [],
  };
  if (!/\.zip$/i.test(targetPath)) {
    await atomicWriteDir(targetPath, async (tmpDir) => {
      summary = await buildDataPackageFolder(source, tmpDir, options);
    });
    return summary;
  }
  const buildDir = join(
    dirname(targetPath),
    `.${basename(targetPath)}.${randomBytes(6).toString('hex')}.build`,
  );
  try {
    await atomicWrite(targetPath, async (tmpZip) => {
      await mkdir(buildDir);
      summary = await buildDataPackageFolder(source, buildDir, options);
      const created = Date.parse(String(summary.descriptor['created'] ?? ''));
      await zipFolder(buildDir, tmpZip, {
        mtime: Number.isNaN(created) ? new Date() : new Date(created),
        first: ['datapackage.json'],
      });
    });
    return { ...summary, bytes: (await stat(targetPath)).size, sha256: await hashFile(targetPath) };
  } finally {
    await rm(buildDir, { recursive: true, force: true });
  }
}
