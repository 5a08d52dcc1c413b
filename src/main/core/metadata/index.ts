/** Metadata profiles, vocabularies and documents: the public surface of this folder. */
export {
  listVocabularies,
  getVocabulary,
  vocabularyValues,
  lookupVocabularyValue,
} from './vocabularies';
export {
  listProfiles,
  getProfile,
  profileDetail,
  profileNames,
  sameProfileFamily,
} from './profiles';
export type { CompiledProfile } from './profiles';
export { validateMetadata, assertProfileMatches } from './validate-metadata';
export type { ValidateMetadataOptions } from './validate-metadata';
export type { RegionLookup } from './semantic-checks';
export { templateFor } from './template';
export { completenessOf } from './completeness';
export { prefillFromData, prefillInputFromDataset, cleanTitle } from './prefill';
export type { PrefillOptions } from './prefill';
export { sanitizeDoc, pruneEmpty, FORBIDDEN_KEYS, MAX_DEPTH } from './sanitize-doc';
export { MetadataStore } from './metadata-store';
export { exportKeyMap, mapDocument } from './export-keys';
export type { ExportKey, ExportTarget } from './export-keys';
