/** Reference codes: the public surface of this folder. */
export {
  openReferenceStore,
  referenceStorePath,
  ReferenceStore,
  withinCoverage,
} from './reference-store';
export type { OpenReferenceStoreOptions } from './reference-store';
export { LocalReferenceLists, listIdFromName, LIST_ID_PATTERN } from './local-reference-lists';
export type { ImportListInput } from './local-reference-lists';
export { ReferenceListIndex } from './reference-list-index';
export { parseReferenceListCsv, decodeListBytes } from './reference-list-csv';
export type { ListProblem, ParsedList } from './reference-list-csv';
export { builtinLists, builtinListSources } from './builtin-lists';
export {
  isKemendagriCode,
  levelOfCode,
  parentOfCode,
  isWithin,
  looksLikeBpsCode,
  commonAncestor,
  villageKind,
  regencyKind,
} from './kemendagri-code';
export { normaliseName, queryVariants, basicNormalise } from './normalise-name';
export { allObsoleteEntries } from './obsolete-codes';
