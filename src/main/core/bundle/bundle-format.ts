/**
 * The `.sdbundle` format (version 1): a zip with a fixed layout and a manifest of checksums.
 *
 *   manifest.json       format `satudata-bundle`, formatVersion 1, createdAt/By, appVersion, the
 *                       dataset (stable id, name, original file name and sha256, the version it
 *                       had, its columns and the import options to read the original again), an
 *                       optional privacy override, and `files`: [{path, bytes, sha256, role}] for
 *                       EVERY other entry (the manifest is the only unlisted entry)
 *   data/<slug>.csv     role data: the current working table as machine CSV (`,`, UTF-8 without
 *                       BOM, CRLF, RFC 4180 quoting only where needed, no formula guard; header =
 *                       the column names) — values exactly as stored
 *   data/lines.txt      role lines: the source line of each data row, one decimal per line (`\n`)
 *                       — the row numbers the steward sees, kept across workspaces
 *   original/<file>     role original: the imported file's bytes from the blob store
 *   metadata.json       role metadata (absent without metadata): {profile, version, savedAt,
 *                       savedBy, doc}
 *   validation.json     role report: {datasetVersion, profile, at, by, report} — the latest run
 *                       of the bundled version (validated afresh when there was none)
 *   recipe.json         role recipe: {"version": 1, "steps": [...]} from the import to the
 *                       bundled version (`satudata clean` reads it as it is)
 *   versions.json       role versions (optional): {chain: [...]} — the versions from the import
 *                       to the bundled one with the counts of their applied steps (history)
 *
 * Entry names are checked byte for byte before anything is read (see zip-guard.ts); this module
 * holds the layout, the manifest's JSON Schema and a JSON reader that refuses prototype keys.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import type { ImportOptions, SourceFormat } from '../../../shared/model/dataset';
import { refuseBundle } from './bundle-errors';

export const BUNDLE_FORMAT = 'satudata-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = '.sdbundle';
export const MANIFEST_PATH = 'manifest.json';

export const FILE_ROLES = [
  'data',
  'lines',
  'original',
  'metadata',
  'report',
  'recipe',
  'versions',
] as const;
export type FileRole = (typeof FILE_ROLES)[number];

/** Roles every bundle has; the others are optional. Each role appears at most once. */
export const REQUIRED_ROLES: readonly FileRole[] = [
  'data',
  'lines',
  'original',
  'recipe',
  'report',
];

export const FIXED_PATHS: Partial<Record<FileRole, string>> = {
  lines: 'data/lines.txt',
  metadata: 'metadata.json',
  report: 'validation.json',
  recipe: 'recipe.json',
  versions: 'versions.json',
};

/** Top-level files and folders a bundle may hold; anything else is refused. */
export const TOP_LEVEL_FILES: ReadonlySet<string> = new Set([
  MANIFEST_PATH,
  'metadata.json',
  'validation.json',
  'recipe.json',
  'versions.json',
]);
export const TOP_LEVEL_FOLDERS: ReadonlySet<string> = new Set(['data', 'original']);

const DATA_PATH = /^data\/[a-z0-9_-]{2,100}\.csv$/;

export function pathFitsRole(path: string, role: FileRole): boolean {
  const fixed = FIXED_PATHS[role];
  if (fixed !== undefined) return path === fixed;
  if (role === 'data') return DATA_PATH.test(path);
  return path.startsWith('original/') && path.indexOf('/', 'original/'.length) === -1;
}

/** The zip name of the original file: its name with characters unsafe in paths replaced. */
export function originalEntryName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  let safe = fileName.replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_').trim();
  if (safe.length > 200) {
    const dot = safe.lastIndexOf('.');
    const ext = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
    safe = safe.slice(0, 200 - ext.length) + ext;
  }
  if (safe === '' || safe.startsWith('.')) safe = `berkas${safe}`;
  return `original/${safe}`;
}

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
  role: FileRole;
}

export interface ManifestColumn {
  name: string;
  label: string;
}

export interface ManifestDataset {
  id: string;
  name: string;
  /** the original file's name as the steward knew it */
  fileName: string;
  format: SourceFormat;
  /** the bundled version in the workspace the bundle was made in */
  version: number;
  importedAt: string;
  importedBy: string;
  /** SHA-256 and size of the original file */
  sha256: string;
  size: number;
  /** data rows and columns of the bundled version */
  rowCount: number;
  columns: ManifestColumn[];
  /** how to read the original again: the detected encoding, delimiter, sheet and the user's options */
  importOptions: ImportOptions;
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  formatVersion: number;
  createdAt: string;
  createdBy: string;
  appVersion: string;
  dataset: ManifestDataset;
  privacy?: { allowPersonalData: string[]; reason: string };
  files: ManifestFile[];
}

/** metadata.json */
export interface BundleMetadata {
  profile: string;
  version: number;
  savedAt: string;
  savedBy: string;
  doc: Record<string, unknown>;
}

/** validation.json (the report itself is checked loosely: its model belongs to the validator) */
export interface BundleValidation {
  datasetVersion: number;
  profile: string | null;
  at: string;
  by: string;
  report: Record<string, unknown>;
}

/** What versions.json says about one applied step: its op and what it changed. */
export interface BundleStepCount {
  op: string;
  counts: Record<string, number>;
}

/** versions.json */
export interface BundleVersions {
  chain: {
    version: number;
    parentVersion: number | null;
    createdAt: string;
    createdBy: string;
    rowCount: number;
    columnCount: number;
    steps: BundleStepCount[];
  }[];
}

const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;
const timestamp = {
  type: 'string',
  minLength: 10,
  maxLength: 40,
  pattern: '^\\d{4}-\\d{2}-\\d{2}',
};
const count = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER } as const;

const importOptionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    encoding: { enum: ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] },
    delimiter: { enum: [',', ';', '\t', '|'] },
    sheet: text(255),
    noHeader: { type: 'boolean' },
    headerRow: { type: 'integer', minimum: 0, maximum: 1000 },
    name: text(300),
  },
} as const;

export const MANIFEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['format', 'formatVersion', 'createdAt', 'createdBy', 'appVersion', 'dataset', 'files'],
  properties: {
    format: { const: BUNDLE_FORMAT },
    formatVersion: { type: 'integer', minimum: 1, maximum: 1000 },
    createdAt: timestamp,
    createdBy: text(300),
    appVersion: text(50),
    dataset: {
      type: 'object',
      additionalProperties: false,
      required: [
        'id',
        'name',
        'fileName',
        'format',
        'version',
        'importedAt',
        'importedBy',
        'sha256',
        'size',
        'rowCount',
        'columns',
        'importOptions',
      ],
      properties: {
        id: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' },
        name: text(300),
        fileName: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[^/\\\\\\u0000]+$' },
        format: { enum: ['csv', 'xlsx'] },
        version: { type: 'integer', minimum: 1, maximum: 1_000_000_000 },
        importedAt: timestamp,
        importedBy: text(300),
        sha256,
        size: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
        rowCount: count,
        columns: {
          type: 'array',
          minItems: 1,
          maxItems: 1990,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'label'],
            properties: {
              name: { type: 'string', maxLength: 1000 },
              label: { type: 'string', maxLength: 10_000 },
            },
          },
        },
        importOptions: importOptionsSchema,
      },
    },
    privacy: {
      type: 'object',
      additionalProperties: false,
      required: ['allowPersonalData', 'reason'],
      properties: {
        allowPersonalData: { type: 'array', maxItems: 500, items: text(300) },
        reason: text(2000),
      },
    },
    files: {
      type: 'array',
      minItems: 1,
      maxItems: FILE_ROLES.length,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'bytes', 'sha256', 'role'],
        properties: {
          path: text(400),
          bytes: count,
          sha256,
          role: { enum: [...FILE_ROLES] },
        },
      },
    },
  },
} as const;

const METADATA_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['profile', 'doc'],
  properties: {
    profile: text(100),
    version: { type: 'integer', minimum: 1 },
    savedAt: timestamp,
    savedBy: text(300),
    doc: { type: 'object' },
  },
} as const;

const VALIDATION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['datasetVersion', 'profile', 'at', 'by', 'report'],
  properties: {
    datasetVersion: { type: 'integer', minimum: 1 },
    profile: { type: ['string', 'null'], maxLength: 100 },
    at: timestamp,
    by: text(300),
    report: {
      type: 'object',
      required: ['valid', 'summary', 'findings'],
      properties: {
        valid: { type: 'boolean' },
        summary: {
          type: 'object',
          required: ['errors', 'warnings', 'infos'],
          properties: { errors: count, warnings: count, infos: count },
        },
        findings: {
          type: 'array',
          maxItems: 1_000_000,
          items: {
            type: 'object',
            required: ['code', 'severity', 'category', 'row', 'column', 'message'],
            properties: {
              code: text(200),
              severity: { enum: ['error', 'warning', 'info'] },
              category: text(100),
              row: { type: ['integer', 'null'] },
              rows: { type: 'array', items: { type: 'integer' } },
              count,
              column: { type: ['string', 'null'] },
              columnIndex: { type: ['integer', 'null'] },
              value: { type: ['string', 'null'] },
              message: { type: 'string' },
              suggestion: { type: ['string', 'null'] },
              params: {
                type: 'object',
                additionalProperties: { type: ['string', 'number'] },
              },
            },
          },
        },
        rowCount: count,
        lang: { enum: ['id', 'en'] },
      },
    },
  },
} as const;

const VERSIONS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['chain'],
  properties: {
    chain: {
      type: 'array',
      maxItems: 100_000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['version', 'parentVersion', 'createdAt', 'createdBy', 'rowCount', 'steps'],
        properties: {
          version: { type: 'integer', minimum: 1 },
          parentVersion: { type: ['integer', 'null'] },
          createdAt: timestamp,
          createdBy: text(300),
          rowCount: count,
          columnCount: count,
          steps: {
            type: 'array',
            maxItems: 10_000,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['op', 'counts'],
              properties: {
                op: text(100),
                counts: { type: 'object', additionalProperties: count },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** The four content checks, compiled on first use (not at start-up of every command). */
function shapeValidators(): {
  manifest: ValidateFunction<BundleManifest>;
  metadata: ValidateFunction<BundleMetadata>;
  validation: ValidateFunction<BundleValidation>;
  versions: ValidateFunction<BundleVersions>;
} {
  if (!shapes) {
    const ajv = new Ajv({ allErrors: false, strict: true, strictTypes: false });
    shapes = {
      manifest: ajv.compile<BundleManifest>(MANIFEST_SCHEMA),
      metadata: ajv.compile<BundleMetadata>(METADATA_SCHEMA),
      validation: ajv.compile<BundleValidation>(VALIDATION_SCHEMA),
      versions: ajv.compile<BundleVersions>(VERSIONS_SCHEMA),
    };
  }
  return shapes;
}
let shapes: ReturnType<typeof shapeValidators> | null = null;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_JSON_DEPTH = 64;

/**
 * JSON.parse, then a walk that refuses prototype-pollution keys (`__proto__`, `constructor`,
 * `prototype`) anywhere and nesting deeper than 64 levels.
 */
export function parseJsonSafely(text: string, bundle: string, entry: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw refuseBundle(
      'bundle-json-invalid',
      bundle,
      `${entry} bukan JSON yang valid (${detail}).`,
      `${entry} is not valid JSON (${detail}).`,
    );
  }
  const stack: { v: unknown; depth: number; path: string }[] = [{ v: value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop() as { v: unknown; depth: number; path: string };
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_JSON_DEPTH) {
      throw refuseBundle(
        'bundle-json-invalid',
        bundle,
        `${entry} bersarang terlalu dalam (lebih dari ${MAX_JSON_DEPTH} tingkat).`,
        `${entry} is nested too deeply (over ${MAX_JSON_DEPTH} levels).`,
      );
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw refuseBundle(
          'bundle-forbidden-key',
          bundle,
          `${entry} memuat kunci terlarang "${key}" di ${path || '/'} (upaya prototype pollution).`,
          `${entry} contains the forbidden key "${key}" at ${path || '/'} (a prototype-pollution attempt).`,
        );
      }
      stack.push({
        v: (v as Record<string, unknown>)[key],
        depth: depth + 1,
        path: `${path}/${key}`,
      });
    }
  }
  return value;
}

function schemaProblem(
  errors: { instancePath: string; message?: string }[] | null | undefined,
): string {
  const e = errors?.[0];
  return e ? `${e.instancePath || '/'} ${e.message ?? ''}`.trim() : '?';
}

/** Parse and check manifest.json; a manifest of another format or a newer version is named as such. */
export function parseManifest(text: string, bundle: string): BundleManifest {
  const value = parseJsonSafely(text, bundle, MANIFEST_PATH);
  const o = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (o['format'] !== BUNDLE_FORMAT) {
    throw refuseBundle(
      'bundle-not-a-bundle',
      bundle,
      'manifest.json tidak menyatakan format "satudata-bundle"; ini bukan bundel Satu Data Workbench.',
      'manifest.json does not declare the "satudata-bundle" format; this is not a Satu Data Workbench bundle.',
    );
  }
  const version = o['formatVersion'];
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION) {
    throw refuseBundle(
      'bundle-too-new',
      bundle,
      `bundel ini dibuat dengan format versi ${version}, sedangkan aplikasi ini mengenal versi ${BUNDLE_FORMAT_VERSION}. Perbarui Satu Data Workbench.`,
      `this bundle uses format version ${version}; this application knows version ${BUNDLE_FORMAT_VERSION}. Update Satu Data Workbench.`,
    );
  }
  const validateManifestShape = shapeValidators().manifest;
  if (!validateManifestShape(value)) {
    const detail = schemaProblem(validateManifestShape.errors);
    throw refuseBundle(
      'bundle-manifest-invalid',
      bundle,
      `manifest.json tidak sesuai skema (${detail}).`,
      `manifest.json does not match its schema (${detail}).`,
    );
  }
  return value;
}

function contentInvalid(bundle: string, entry: string, detail: string): never {
  throw refuseBundle(
    'bundle-content-invalid',
    bundle,
    `${entry} tidak sesuai format bundel (${detail}).`,
    `${entry} does not match the bundle format (${detail}).`,
  );
}

export function parseBundleMetadata(text: string, bundle: string): BundleMetadata {
  const value = parseJsonSafely(text, bundle, 'metadata.json');
  const validateMetadataShape = shapeValidators().metadata;
  if (!validateMetadataShape(value)) {
    contentInvalid(bundle, 'metadata.json', schemaProblem(validateMetadataShape.errors));
  }
  return value;
}

export function parseBundleValidation(text: string, bundle: string): BundleValidation {
  const value = parseJsonSafely(text, bundle, 'validation.json');
  const validateValidationShape = shapeValidators().validation;
  if (!validateValidationShape(value)) {
    contentInvalid(bundle, 'validation.json', schemaProblem(validateValidationShape.errors));
  }
  return value;
}

export function parseBundleVersions(text: string, bundle: string): BundleVersions {
  const value = parseJsonSafely(text, bundle, 'versions.json');
  const validateVersionsShape = shapeValidators().versions;
  if (!validateVersionsShape(value)) {
    contentInvalid(bundle, 'versions.json', schemaProblem(validateVersionsShape.errors));
  }
  return value;
}
