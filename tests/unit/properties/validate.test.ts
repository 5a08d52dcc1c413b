// Property-based tests of every validation rule (issue 8, item 3), a short run; `npm run fuzz`
// runs the same properties (tests/properties/) with many more cases.
import { describe } from 'vitest';
import { VALIDATE_PROPERTIES } from '../../properties/validate';
import { checkProperties } from '../../properties/run';

describe('validation properties', () => {
  checkProperties(VALIDATE_PROPERTIES);
});
