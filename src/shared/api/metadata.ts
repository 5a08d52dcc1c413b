/** Contract part: metadata profiles, vocabularies, documents and their versions. */
import type {
  MetadataDoc,
  MetadataValidation,
  MetadataVersion,
  MetadataVersionSummary,
  ProfileDetail,
  ProfileSummary,
  Vocabulary,
} from '../model/metadata';
import { emptySchema, idSchema } from './core';

export interface MetadataContract {
  /** the profiles (sdi-dataset, balikpapan, bps-ms-keg, …) */
  'metadata:profiles': { req: Record<string, never>; res: ProfileSummary[] };
  /** fields, groups, UI hints and the compiled schema of one profile (for the editor) */
  'metadata:profile': { req: { name: string }; res: ProfileDetail };
  'metadata:vocabularies': { req: Record<string, never>; res: Vocabulary[] };
  /** an empty document with every key of the profile */
  'metadata:template': { req: { profile: string }; res: MetadataDoc };
  /** every problem (not the first) and the completeness per group */
  'metadata:validate': { req: { profile: string; doc: MetadataDoc }; res: MetadataValidation };
  /** a partial document from what the dataset shows (title, period, coverage, columns) */
  'metadata:prefill': { req: { datasetId: string; profile?: string }; res: MetadataDoc };
  /** the current version (or the given one); null when the dataset has no metadata yet */
  'metadata:get': { req: { datasetId: string; version?: number }; res: MetadataVersion | null };
  /** stores a new version; earlier versions are kept */
  'metadata:save': {
    req: { datasetId: string; profile: string; doc: MetadataDoc };
    res: MetadataVersion;
  };
  'metadata:history': { req: { datasetId: string }; res: MetadataVersionSummary[] };
}

const profileName = {
  type: 'string',
  minLength: 1,
  maxLength: 100,
  pattern: '^[a-z0-9][a-z0-9-]*$',
} as const;
const doc = { type: 'object', maxProperties: 500 } as const;

export const METADATA_SCHEMAS: Record<keyof MetadataContract, object> = {
  'metadata:profiles': emptySchema,
  'metadata:profile': {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: { name: profileName },
  },
  'metadata:vocabularies': emptySchema,
  'metadata:template': {
    type: 'object',
    additionalProperties: false,
    required: ['profile'],
    properties: { profile: profileName },
  },
  'metadata:validate': {
    type: 'object',
    additionalProperties: false,
    required: ['profile', 'doc'],
    properties: { profile: profileName, doc },
  },
  'metadata:prefill': {
    type: 'object',
    additionalProperties: false,
    required: ['datasetId'],
    properties: { datasetId: idSchema, profile: profileName },
  },
  'metadata:get': {
    type: 'object',
    additionalProperties: false,
    required: ['datasetId'],
    properties: { datasetId: idSchema, version: { type: 'integer', minimum: 1 } },
  },
  'metadata:save': {
    type: 'object',
    additionalProperties: false,
    required: ['datasetId', 'profile', 'doc'],
    properties: { datasetId: idSchema, profile: profileName, doc },
  },
  'metadata:history': {
    type: 'object',
    additionalProperties: false,
    required: ['datasetId'],
    properties: { datasetId: idSchema },
  },
};
