import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { MAX_DEPTH, pruneEmpty, sanitizeDoc } from '../../../src/main/core/metadata/sanitize-doc';
import { validateMetadata } from '../../../src/main/core/metadata/validate-metadata';

const valid = JSON.parse(
  readFileSync(new URL('../../fixtures/metadata/sdi-dataset.valid.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('prototype pollution', () => {
  test('__proto__, constructor and prototype keys are dropped and reported', () => {
    const text = JSON.stringify(valid).replace(
      '{',
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const input = JSON.parse(text) as unknown;
    const r = validateMetadata('sdi-dataset', input);
    expect(r.problems.map((p) => [p.path, p.code])).toEqual([
      ['/__proto__', 'kunci-terlarang'],
      ['/constructor', 'kunci-terlarang'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('nested forbidden keys are found too; the copy has a normal prototype', () => {
    const input = JSON.parse(
      '{"kontak":{"nama":"A","prototype":{"x":1}},"kolom":[{"__proto__":{"y":2}}]}',
    ) as unknown;
    const { doc, removed } = sanitizeDoc(input);
    expect(removed).toEqual(['/kontak/prototype', '/kolom/0/__proto__']);
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(doc['kontak']).toEqual({ nama: 'A' });
    expect(({} as Record<string, unknown>)['y']).toBeUndefined();
  });
});

describe('limits and bad input', () => {
  test('nesting deeper than the limit is refused', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < MAX_DEPTH + 2; i++) deep = { a: deep };
    const err = thrown(() =>
      validateMetadata('sdi-dataset', { judul: 'Judul yang cukup panjang', catatan: deep }),
    );
    expect(err.code).toBe('metadata-too-deep');
    expect(err.kind).toBe('user-input');
  });

  test('a document that is not an object is refused', () => {
    for (const input of [[], 'teks', 42, null]) {
      expect(thrown(() => validateMetadata('sdi-dataset', input)).code).toBe('metadata-not-object');
    }
  });

  test('a document written for another profile is refused with the right profile named', () => {
    const msVar = JSON.parse(
      readFileSync(
        new URL('../../fixtures/metadata/bps-ms-var.valid.json', import.meta.url),
        'utf8',
      ),
    ) as Record<string, unknown>;
    const declared = thrown(() => validateMetadata('sdi-dataset', msVar));
    expect(declared.code).toBe('metadata-profile-mismatch');
    expect(declared.message).toContain('--profile bps-ms-var');
    const undeclared = { ...msVar };
    delete undeclared['profil'];
    const guessed = thrown(() => validateMetadata('sdi-dataset', undeclared));
    expect(guessed.code).toBe('metadata-profile-mismatch');
    expect(guessed.message).toContain('bps-ms-var');
    const unknown = thrown(() => validateMetadata('sdi-dataset', { ...valid, profil: 'ckan' }));
    expect(unknown.message).toContain('tidak dikenal');
  });
});

describe('empty values count as missing', () => {
  test('blank strings, nulls and empty lists are pruned; array items keep their place', () => {
    expect(
      pruneEmpty({
        a: '',
        b: '  ',
        c: null,
        d: [],
        e: [''],
        f: { g: '' },
        h: 0,
        i: false,
        j: ['x', ''],
        k: 'ok',
      }),
    ).toEqual({ h: 0, i: false, j: ['x', ''], k: 'ok' });
  });
});
