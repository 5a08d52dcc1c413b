// Every call's arguments are checked at the boundary: a bad payload gets a typed error and
// never reaches a service (SQL, file system).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_KEYS, REQUEST_SCHEMAS } from '../../../src/shared/contract';
import { createWorkbench, type Workbench } from '../../../src/main/core/workbench';

let wb: Workbench;
beforeAll(async () => {
  wb = await createWorkbench({
    workspacePath: join(mkdtempSync(join(tmpdir(), 'sdw-b-')), 'ws.db'),
    host: 'cli',
    user: 'penguji',
  });
});
afterAll(() => wb.close());

describe('the contract', () => {
  it('has one request schema per key, each closed to unknown properties', () => {
    expect(CONTRACT_KEYS.length).toBeGreaterThan(5);
    for (const key of CONTRACT_KEYS) {
      const s = REQUEST_SCHEMAS[key] as { type?: string; additionalProperties?: boolean };
      expect(s.type, key).toBe('object');
      expect(s.additionalProperties, key).toBe(false);
    }
  });

  it('has request schemas that are valid JSON Schemas (the boundary does not re-check them)', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    for (const key of CONTRACT_KEYS) {
      expect(ajv.validateSchema(REQUEST_SCHEMAS[key]), `${key}: ${ajv.errorsText()}`).toBe(true);
      expect(() => ajv.compile(REQUEST_SCHEMAS[key]), key).not.toThrow();
    }
    // the check has teeth: a misspelt type is refused
    expect(ajv.validateSchema({ type: 'objekt' })).toBe(false);
  });
});

describe('Workbench.call', () => {
  it('answers a valid call with the ok envelope', async () => {
    const r = await wb.call('datasets:list', {});
    expect(r).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['unknown property', 'datasets:list', { sql: 'DROP TABLE datasets' }],
    ['wrong type', 'datasets:rows', { id: 'abc', limit: '100' }],
    ['missing required', 'datasets:get', {}],
    ['id with SQL', 'datasets:get', { id: "x'; DROP TABLE datasets; --" }],
    ['not an object', 'datasets:import', 'path=/etc/passwd'],
    ['limit too large', 'datasets:rows', { id: 'abc', limit: 1_000_000 }],
    ['both path and upload', 'datasets:inspect', { source: { path: '/tmp/a.csv', uploadId: 'x' } }],
  ] as const)('rejects %s with invalid-argument', async (_what, key, req) => {
    const r = await wb.call(key, req);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('invalid-argument');
      expect(r.error.message).toContain('tidak valid');
      expect(r.error.messageEn).toContain('Invalid arguments');
    }
    const tables = wb.db
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'datasets'")
      .get();
    expect(tables).toEqual({ n: 1 });
  });

  it('reports an unknown dataset as not-found', async () => {
    const r = await wb.call('datasets:get', { id: 'tidak-ada' });
    expect(r).toMatchObject({ ok: false, error: { kind: 'not-found', code: 'dataset-not-found' } });
  });
});
