/**
 * Project Open Data (DCAT-US v1.1) `data.json` entries — the form data.go.id harvests from
 * regional portals (domain §2.2). accessLevel, accrualPeriodicity and temporal follow the
 * table in domain §2.4. POD requires accessLevel: when the klasifikasi akses is missing the
 * entry says `non-public` (the safe reading) and a warning says so.
 */
import type { ExportWarning } from '../../../shared/model/export';
import type { Distribution, ResolvedMetadata } from './mappings';

export const POD_SCHEMA = 'https://project-open-data.cio.gov/v1.1/schema';

export type PodEntry = Record<string, unknown> & { title: string; identifier: string };

export interface PodResult {
  document: PodEntry;
  warnings: ExportWarning[];
}

export function toPodEntry(
  meta: ResolvedMetadata,
  distributions: readonly Distribution[],
): PodResult {
  const warnings: ExportWarning[] = [];
  const entry: PodEntry = {
    '@type': 'dcat:Dataset',
    title: meta.title,
    description: meta.description,
    keyword: meta.keywords,
    modified: meta.modified ?? meta.issued ?? '',
    identifier: meta.identifier,
    accessLevel: meta.access?.pod ?? 'non-public',
    language: ['id'],
  };
  if (!meta.access) {
    warnings.push({
      field: 'klasifikasi_akses',
      message: 'accessLevel ditulis "non-public" karena klasifikasi akses belum diisi.',
      messageEn:
        'accessLevel written as "non-public" because the access classification is missing.',
      filled: true,
    });
  }
  const publisher = meta.publisher ?? meta.producer;
  if (publisher) entry['publisher'] = { '@type': 'org:Organization', name: publisher };
  if (meta.contact) {
    const cp: Record<string, string> = { '@type': 'vcard:Contact' };
    cp['fn'] = meta.contact.name ?? publisher ?? meta.contact.email ?? '';
    if (meta.contact.email) cp['hasEmail'] = `mailto:${meta.contact.email}`;
    entry['contactPoint'] = cp;
  }
  if (meta.license?.url) entry['license'] = meta.license.url;
  if (meta.coverage.length > 0) entry['spatial'] = meta.coverage.join(',');
  if (meta.period) entry['temporal'] = `${meta.period.start}/${meta.period.end}`;
  if (meta.frequency) entry['accrualPeriodicity'] = meta.frequency.pod;
  if (meta.issued) entry['issued'] = meta.issued;
  const themes = [...new Set(meta.topics.map((t) => t.topic?.label ?? t.label))];
  if (themes.length > 0) entry['theme'] = themes;
  entry['distribution'] = distributions.map((d) => ({
    '@type': 'dcat:Distribution',
    title: d.title,
    downloadURL: d.url,
    mediaType: d.mediaType,
    format: d.format,
  }));
  return { document: entry, warnings };
}

/** A whole data.json catalog of entries. */
export function toPodCatalog(entries: readonly PodEntry[]): Record<string, unknown> {
  return {
    '@context': `${POD_SCHEMA}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    conformsTo: POD_SCHEMA,
    describedBy: `${POD_SCHEMA}/catalog.json`,
    dataset: entries,
  };
}
