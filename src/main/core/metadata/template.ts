/** An empty document of a profile: every key present, defaults filled in. */
import type { MetadataDoc } from '../../../shared/model/metadata';
import { getProfile } from './profiles';

type Json = Record<string, unknown>;

function emptyValue(schema: Json): unknown {
  if (schema['default'] !== undefined) return structuredClone(schema['default']);
  const type = schema['type'];
  if (type === 'array') return [];
  if (type === 'object') {
    const props = schema['properties'];
    if (typeof props !== 'object' || props === null) return {};
    return Object.fromEntries(
      Object.entries(props as Record<string, Json>).map(([k, s]) => [k, emptyValue(s)]),
    );
  }
  if (type === 'string') return '';
  return null;
}

export function templateFor(profileName: string): MetadataDoc {
  const profile = getProfile(profileName);
  const props = (profile.schema['properties'] ?? {}) as Record<string, Json>;
  const doc: MetadataDoc = {};
  for (const f of profile.fields) {
    doc[f.key] = f.key === 'profil' ? profile.summary.name : emptyValue(props[f.key] ?? {});
  }
  return doc;
}
