// Property-based tests of every cleaning step and of apply/undo in the workspace (issue 8,
// item 3), a short run; `npm run fuzz` runs the same properties with many more cases.
import { describe } from 'vitest';
import { CLEAN_PROPERTIES } from '../../properties/clean';
import { checkProperties } from '../../properties/run';

describe('cleaning properties', () => {
  checkProperties(CLEAN_PROPERTIES);
});
