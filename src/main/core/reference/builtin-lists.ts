/**
 * Reference lists shipped in resources/reference/lists (e.g. the BPS kecamatan codes of Kota
 * Balikpapan with their Kemendagri counterparts). They are plain CSV files in the same format a
 * user imports, parsed by the same reader.
 */
import manifest from '../../../../resources/reference/lists/index.json';
import bpsKecamatanBalikpapan from '../../../../resources/reference/lists/bps-kecamatan-balikpapan.csv?raw';
import type { ReferenceListInfo } from '../../../shared/model/reference';
import { parseReferenceListCsv } from './reference-list-csv';
import { ReferenceListIndex } from './reference-list-index';

interface ManifestEntry {
  id: string;
  file: string;
  name: { id: string; en: string };
  system: string;
  edition?: string;
  mapsTo?: string;
  verified?: boolean;
  source: string;
}

const TEXTS: Record<string, string> = {
  'bps-kecamatan-balikpapan.csv': bpsKecamatanBalikpapan,
};

export interface BuiltinListMeta extends ManifestEntry {
  text: string;
}

/** The shipped lists with their CSV text (for import into a workspace or a download). */
export function builtinListSources(): BuiltinListMeta[] {
  return (manifest.lists as ManifestEntry[]).map((m) => {
    const text = TEXTS[m.file];
    if (text === undefined) throw new Error(`builtin list file not bundled: ${m.file}`);
    return { ...m, text };
  });
}

let cache: Map<string, ReferenceListIndex> | undefined;

/** The shipped lists as indexes, keyed by id. */
export function builtinLists(): Map<string, ReferenceListIndex> {
  if (cache) return cache;
  const out = new Map<string, ReferenceListIndex>();
  for (const m of builtinListSources()) {
    const parsed = parseReferenceListCsv(m.text, m.file);
    const info: ReferenceListInfo = {
      id: m.id,
      name: m.name.id,
      system: m.system,
      version: 1,
      entryCount: parsed.entries.length,
      mapsTo: m.mapsTo ?? null,
      builtin: true,
      sourceFile: m.file,
      note: m.source,
    };
    out.set(m.id, new ReferenceListIndex(info, parsed.entries));
  }
  cache = out;
  return out;
}
