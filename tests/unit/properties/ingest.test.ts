// Property-based tests of ingestion (issue 8, item 3), a short run; `npm run fuzz` runs the
// same properties (tests/properties/) with many more cases.
import { describe } from 'vitest';
import { INGEST_PROPERTIES } from '../../properties/ingest';
import { checkProperties } from '../../properties/run';

describe('ingestion properties', () => {
  checkProperties(INGEST_PROPERTIES);
});
