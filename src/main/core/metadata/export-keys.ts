/**
 * The names of a profile's fields in other systems (CKAN, DCAT, Frictionless, INDAH), as
 * recorded in the profile files (`x-ckan`, `x-dcat`, `x-frictionless`, `x-indah`), and a flat
 * mapping of a document for exporters. Vocabulary codes become the target's own values
 * (e.g. frekuensi `tahunan` → CKAN "Tahunan", DCAT …/frequency/ANNUAL) when the vocabulary
 * records them.
 */
import type { MetadataDoc } from '../../../shared/model/metadata';
import { getProfile } from './profiles';
import { getVocabulary } from './vocabularies';

export type ExportTarget = 'ckan' | 'dcat' | 'frictionless' | 'indah';

export interface ExportKey {
  key: string;
  ckan?: string;
  dcat?: string;
  frictionless?: string;
  indah?: string;
  /** personal data: leave out of public exports */
  private?: boolean;
}

export function exportKeyMap(profileName: string): ExportKey[] {
  return getProfile(profileName).fields.map((f) => ({
    key: f.key,
    ...f.exportKeys,
    ...(f.private ? { private: true } : {}),
  }));
}

/**
 * `{ targetName: value }` for every filled field that has a name in `target`. Private fields
 * are left out unless `includePrivate` (INDAH submissions need them; public catalogs do not).
 */
export function mapDocument(
  profileName: string,
  doc: MetadataDoc,
  target: ExportTarget,
  includePrivate = false,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of getProfile(profileName).fields) {
    const name = f.exportKeys[target];
    const value = doc[f.key];
    if (!name || value === undefined || value === null || value === '') continue;
    if (f.private && !includePrivate) continue;
    const vocab =
      f.vocabulary && f.vocabulary.value === 'code' ? getVocabulary(f.vocabulary.id) : undefined;
    const convert = (v: unknown): unknown => {
      if (!vocab || typeof v !== 'string') return v;
      const entry = vocab.values.find((x) => x.code === v);
      return entry?.map?.[target] ?? v;
    };
    out[name] = Array.isArray(value) ? value.map(convert) : convert(value);
  }
  return out;
}
