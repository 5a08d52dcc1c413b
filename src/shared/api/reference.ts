/** Contract part: Kemendagri region codes, the shipped BPS list and local reference lists. */
import type {
  NameCheck,
  ObsoleteCode,
  ReferenceListInfo,
  ReferenceListMatch,
  ReferenceListPage,
  ReferenceStats,
  Region,
  RegionInfo,
  RegionLevel,
  RegionMatch,
} from '../model/reference';
import { emptySchema, fileRefSchema, type FileRef } from './core';

export interface ReferenceContract {
  'reference:stats': { req: Record<string, never>; res: ReferenceStats };
  /** a region by its dotted Kemendagri code; null when the code is not in the edition */
  'reference:wilayah': { req: { code: string }; res: RegionInfo | null };
  /** children of a code, or the provinces for null */
  'reference:children': { req: { code: string | null }; res: Region[] };
  /** name search, best first */
  'reference:find': {
    req: { name: string; level?: RegionLevel; parentCode?: string; limit?: number };
    res: RegionMatch[];
  };
  /** how a written name relates to the official name of a code; null for an unknown code */
  'reference:check-name': { req: { code: string; name: string }; res: NameCheck | null };
  /** the change record of a code that is no longer valid; null otherwise */
  'reference:obsolete': { req: { code: string }; res: ObsoleteCode | null };
  /** shipped lists (BPS) and the workspace's kode referensi lokal, latest versions */
  'reference:lists': { req: Record<string, never>; res: ReferenceListInfo[] };
  'reference:list-versions': { req: { listId: string }; res: ReferenceListInfo[] };
  'reference:list-entries': {
    req: { listId: string; version?: number; offset?: number; limit?: number };
    res: ReferenceListPage;
  };
  'reference:list-find': {
    req: { listId: string; name: string; version?: number; limit?: number };
    res: ReferenceListMatch[];
  };
  /** imports a CSV (code, name, parent[, kemendagri]) as a new version; all or nothing */
  'reference:list-import': {
    req: {
      source: FileRef;
      name: string;
      listId?: string;
      system?: string;
      mapsTo?: string;
      note?: string;
    };
    res: ReferenceListInfo;
  };
}

const code = { type: 'string', minLength: 1, maxLength: 20, pattern: '^[0-9.]+$' } as const;
const listId = {
  type: 'string',
  minLength: 2,
  maxLength: 100,
  pattern: '^[a-z0-9][a-z0-9._-]*$',
} as const;
const level = { enum: ['provinsi', 'kabupaten_kota', 'kecamatan', 'desa'] } as const;
const text = (max: number): { type: 'string'; minLength: 1; maxLength: number } => ({
  type: 'string',
  minLength: 1,
  maxLength: max,
});

export const REFERENCE_SCHEMAS: Record<keyof ReferenceContract, object> = {
  'reference:stats': emptySchema,
  'reference:wilayah': {
    type: 'object',
    additionalProperties: false,
    required: ['code'],
    properties: { code },
  },
  'reference:children': {
    type: 'object',
    additionalProperties: false,
    required: ['code'],
    properties: { code: { anyOf: [code, { type: 'null' }] } },
  },
  'reference:find': {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: {
      name: text(300),
      level,
      parentCode: code,
      limit: { type: 'integer', minimum: 1, maximum: 200 },
    },
  },
  'reference:check-name': {
    type: 'object',
    additionalProperties: false,
    required: ['code', 'name'],
    properties: { code, name: text(300) },
  },
  'reference:obsolete': {
    type: 'object',
    additionalProperties: false,
    required: ['code'],
    properties: { code },
  },
  'reference:lists': emptySchema,
  'reference:list-versions': {
    type: 'object',
    additionalProperties: false,
    required: ['listId'],
    properties: { listId },
  },
  'reference:list-entries': {
    type: 'object',
    additionalProperties: false,
    required: ['listId'],
    properties: {
      listId,
      version: { type: 'integer', minimum: 1 },
      offset: { type: 'integer', minimum: 0 },
      limit: { type: 'integer', minimum: 1, maximum: 5000 },
    },
  },
  'reference:list-find': {
    type: 'object',
    additionalProperties: false,
    required: ['listId', 'name'],
    properties: {
      listId,
      name: text(300),
      version: { type: 'integer', minimum: 1 },
      limit: { type: 'integer', minimum: 1, maximum: 200 },
    },
  },
  'reference:list-import': {
    type: 'object',
    additionalProperties: false,
    required: ['source', 'name'],
    properties: {
      source: fileRefSchema,
      name: text(200),
      listId,
      system: { type: 'string', minLength: 1, maxLength: 40, pattern: '^[a-z0-9][a-z0-9-]*$' },
      mapsTo: { type: 'string', minLength: 1, maxLength: 40, pattern: '^[a-z0-9][a-z0-9-]*$' },
      note: text(1000),
    },
  },
};
