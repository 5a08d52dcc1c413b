/**
 * Numbered migrations, applied in order against PRAGMA user_version.
 * Never edit a shipped migration: add a new file and list it here.
 */
import m0001 from './0001-create-workspace.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001-create-workspace', sql: m0001 },
];
