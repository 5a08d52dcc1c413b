/**
 * Profiles and vocabularies change only with the app, so they are fetched once per session and
 * shared by the Metadata screen and the column panel. A failed answer is not kept.
 */
import type { Result } from '../../../shared/errors';
import type { ProfileDetail, ProfileSummary, Vocabulary } from '../../../shared/model/metadata';
import { api } from '../../api/client';

const cache = new Map<string, Promise<Result<unknown>>>();

function cached<T>(key: string, load: () => Promise<Result<T>>): Promise<Result<T>> {
  const known = cache.get(key) as Promise<Result<T>> | undefined;
  if (known) return known;
  const pending = load().then((r) => {
    if (!r.ok) cache.delete(key);
    return r;
  });
  cache.set(key, pending as Promise<Result<unknown>>);
  return pending;
}

/** The profile a dataset gets when its metadata was never saved. */
export const DEFAULT_PROFILE = 'sdi-dataset';
/** The profile of one column's Standar Data (the entries of a column dictionary). */
export const COLUMN_PROFILE = 'standar-data-kolom';

export function loadProfiles(): Promise<Result<ProfileSummary[]>> {
  return cached('profiles', () => api.invoke('metadata:profiles', {}));
}

export function loadProfile(name: string): Promise<Result<ProfileDetail>> {
  return cached(`profile:${name}`, () => api.invoke('metadata:profile', { name }));
}

export async function loadVocabularies(): Promise<Result<Map<string, Vocabulary>>> {
  const r = await cached('vocabularies', () => api.invoke('metadata:vocabularies', {}));
  return r.ok ? { ok: true, value: new Map(r.value.map((v) => [v.id, v])) } : r;
}

/** Forget everything (after a failure the steward retries). */
export function forgetResources(): void {
  cache.clear();
}

/** Reference lists (BPS, kode referensi lokal) a column's classification may name. */
export async function loadReferenceLists(): Promise<{ id: string; name: string }[]> {
  const r = await cached('reference-lists', () => api.invoke('reference:lists', {}));
  return r.ok ? r.value.map((l) => ({ id: l.id, name: l.name })) : [];
}
