/**
 * schema.org `Dataset` JSON-LD (what dataset search engines read): name, description,
 * keywords, license, creator and publisher, temporal and spatial coverage, distributions as
 * `DataDownload`, and one `PropertyValue` per column in `variableMeasured`.
 */
import type { ExportColumn } from '../../../shared/model/export';
import { datasetIri } from './dcat';
import type { Distribution, ResolvedMetadata } from './mappings';
import { regionUri } from './vocabularies';

export type SchemaOrgDataset = Record<string, unknown> & {
  '@context': string;
  '@type': 'Dataset';
};

function organisation(name: string): Record<string, unknown> {
  return { '@type': 'Organization', name };
}

function one<T>(items: T[]): T | T[] | undefined {
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : items;
}

export function toSchemaOrgDataset(
  meta: ResolvedMetadata,
  columns: readonly ExportColumn[],
  distributions: readonly Distribution[],
): SchemaOrgDataset {
  const doc: SchemaOrgDataset = {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    '@id': datasetIri(meta.identifier),
    name: meta.title,
    description: meta.description,
    identifier: meta.identifier,
    inLanguage: 'id',
    version: meta.version,
  };
  const set = (key: string, value: unknown): void => {
    if (value !== undefined && value !== '') doc[key] = value;
  };
  set('keywords', meta.keywords.length > 0 ? meta.keywords : undefined);
  set('license', meta.license?.url ?? meta.license?.title ?? meta.licenseText);
  if (meta.access) {
    set('isAccessibleForFree', meta.access.id === 'terbuka');
    set('conditionsOfAccess', meta.access.label);
  }
  if (meta.producer) set('creator', organisation(meta.producer));
  if (meta.publisher) {
    const pub = organisation(meta.publisher);
    if (meta.contact) {
      const cp: Record<string, unknown> = {
        '@type': 'ContactPoint',
        contactType: 'customer support',
      };
      if (meta.contact.name) cp['name'] = meta.contact.name;
      if (meta.contact.email) cp['email'] = meta.contact.email;
      if (meta.contact.phone) cp['telephone'] = meta.contact.phone;
      pub['contactPoint'] = cp;
    }
    set('publisher', pub);
  }
  if (meta.period) {
    set(
      'temporalCoverage',
      meta.period.start === meta.period.end
        ? meta.period.start
        : `${meta.period.start}/${meta.period.end}`,
    );
  }
  set(
    'spatialCoverage',
    one(
      meta.coverage.map((code) => ({
        '@type': 'Place',
        '@id': regionUri(code, meta.regionSystem),
        identifier: code,
      })),
    ),
  );
  set('datePublished', meta.issued);
  set('dateModified', meta.modified);
  set(
    'distribution',
    distributions.map((d) => {
      const dl: Record<string, unknown> = {
        '@type': 'DataDownload',
        name: d.title,
        encodingFormat: d.mediaType,
        contentUrl: d.url,
      };
      if (d.bytes !== undefined) dl['contentSize'] = `${d.bytes} B`;
      return dl;
    }),
  );
  set(
    'variableMeasured',
    columns.map((c) => {
      const pv: Record<string, unknown> = { '@type': 'PropertyValue', name: c.name };
      if (c.label && c.label !== c.name) pv['alternateName'] = c.label;
      if (c.description) pv['description'] = c.description;
      if (c.unit) pv['unitText'] = c.unit;
      return pv;
    }),
  );
  return doc;
}
