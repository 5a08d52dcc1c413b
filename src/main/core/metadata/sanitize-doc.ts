/**
 * Making a metadata document safe to handle: a plain-object copy without `__proto__`,
 * `constructor` or `prototype` keys (prototype-pollution safe), a nesting-depth and size limit,
 * and pruning of empty values so a blank field counts as missing.
 */
import { AppError } from '../../../shared/errors';
import type { MetadataDoc } from '../../../shared/model/metadata';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);
export const MAX_DEPTH = 10;
export const MAX_NODES = 50_000;
export const MAX_STRING = 200_000;

export interface SanitizeResult {
  doc: MetadataDoc;
  /** JSON pointers of the forbidden keys that were dropped */
  removed: string[];
}

function tooLarge(code: string, message: string, messageEn: string, file?: string): AppError {
  return new AppError({
    kind: 'user-input',
    code,
    message,
    messageEn,
    ...(file !== undefined ? { file } : {}),
  });
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A safe copy of `input`; AppError when it is not an object or is too deep or too large. */
export function sanitizeDoc(input: unknown, file?: string): SanitizeResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const what = Array.isArray(input) ? 'array' : input === null ? 'null' : typeof input;
    throw tooLarge(
      'metadata-not-object',
      `Dokumen metadata harus berupa objek JSON ({ … }), bukan ${what}.`,
      `A metadata document must be a JSON object ({ … }), not ${what}.`,
      file,
    );
  }
  const removed: string[] = [];
  let nodes = 0;
  const copy = (value: unknown, depth: number, path: string): unknown => {
    nodes++;
    if (nodes > MAX_NODES) {
      throw tooLarge(
        'metadata-too-large',
        `Dokumen metadata terlalu besar (lebih dari ${MAX_NODES} isian).`,
        `The metadata document is too large (more than ${MAX_NODES} values).`,
        file,
      );
    }
    if (typeof value === 'string') {
      if (value.length > MAX_STRING) {
        throw tooLarge(
          'metadata-too-large',
          `Isian ${path} terlalu panjang (lebih dari ${MAX_STRING} karakter).`,
          `Value ${path} is too long (more than ${MAX_STRING} characters).`,
          file,
        );
      }
      return value;
    }
    if (typeof value !== 'object' || value === null) return value;
    if (depth >= MAX_DEPTH) {
      throw tooLarge(
        'metadata-too-deep',
        `Dokumen metadata terlalu dalam bersarang (lebih dari ${MAX_DEPTH} tingkat) di ${path}.`,
        `The metadata document is nested too deeply (more than ${MAX_DEPTH} levels) at ${path}.`,
        file,
      );
    }
    if (Array.isArray(value)) return value.map((v, i) => copy(v, depth + 1, `${path}/${i}`));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const child = `${path}/${escapePointer(key)}`;
      if (FORBIDDEN_KEYS.has(key)) {
        removed.push(child);
        continue;
      }
      out[key] = copy((value as Record<string, unknown>)[key], depth + 1, child);
    }
    return out;
  };
  return { doc: copy(input, 0, '') as MetadataDoc, removed };
}

function isEmpty(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.every(isEmpty);
  if (typeof v === 'object') return Object.values(v).every(isEmpty);
  return false;
}

/**
 * Drops blank values ('', spaces, null, and arrays/objects with nothing filled) so that an empty
 * template field is reported as missing, not as "too short". Array items are kept in place
 * (their indexes are what the user sees) unless the whole array is blank.
 */
export function pruneEmpty(doc: MetadataDoc): MetadataDoc {
  const prune = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(prune);
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, child] of Object.entries(v)) {
      if (isEmpty(child)) continue;
      out[k] = prune(child);
    }
    return out;
  };
  return prune(doc) as MetadataDoc;
}
