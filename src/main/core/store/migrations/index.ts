/**
 * Numbered migrations, applied in order against PRAGMA user_version.
 * Never edit a shipped migration: add a new file and list it here.
 */
import m0001 from './0001-create-workspace.sql?raw';
import m0002 from './0002-metadata-and-reference-lists.sql?raw';
import m0003 from './0003-dataset-versions.sql?raw';
import m0004 from './0004-validation-runs.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001-create-workspace', sql: m0001 },
  { version: 2, name: '0002-metadata-and-reference-lists', sql: m0002 },
  { version: 3, name: '0003-dataset-versions', sql: m0003 },
  { version: 4, name: '0004-validation-runs', sql: m0004 },
];
