/** Every shared property, for `npm run fuzz` (scripts/fuzz.mjs bundles this module). */
import { CLEAN_PROPERTIES } from './clean';
import { INGEST_PROPERTIES } from './ingest';
import type { PropertyDef } from './types';
import { VALIDATE_PROPERTIES } from './validate';

export type { PropertyDef } from './types';

export const ALL_PROPERTIES: PropertyDef[] = [
  ...INGEST_PROPERTIES,
  ...VALIDATE_PROPERTIES,
  ...CLEAN_PROPERTIES,
];
