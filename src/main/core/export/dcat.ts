/**
 * DCAT-AP description of a dataset (and of a catalog of datasets), as JSON-LD and Turtle
 * built from the same triples (rdf.ts).
 *
 * Choices (domain reference §2.4):
 * - dataset IRI: `urn:uuid:<id>` for UUID ids, else `urn:satudata:dataset:<id>`; its parts
 *   (contact, period, distribution) are fragment IRIs of it, so no blank nodes are needed;
 * - organisations (walidata → dct:publisher, produsen → dct:creator) are
 *   `urn:satudata:organisasi:<slug>` foaf:Agent nodes, shared by datasets in a catalog;
 * - frequency and access rights use the EU authority tables; themes the EU data-theme
 *   table (mapped from the portal topic) plus the portal topic as a skos:Concept;
 * - dct:spatial is a `urn:kemendagri:wilayah:<code>` (or `urn:bps:…`) dct:Location;
 * - dct:temporal is a dct:PeriodOfTime with dcat:startDate/endDate as xsd:gYear,
 *   xsd:gYearMonth or xsd:date, whichever the period gives;
 * - the distribution carries dcat:accessURL and dcat:downloadURL (relative to the metadata
 *   file when no download base URL is known), dct:format (EU file type), dcat:mediaType
 *   (IANA URI), dcat:byteSize (xsd:nonNegativeInteger), dct:license and an spdx:checksum.
 */
import type { ExportSource } from '../../../shared/model/export';
import type { Distribution, Period, ResolvedMetadata } from './mappings';
import { GraphBuilder, term, toJsonLd, toTurtle, type JsonLdDocument, type Triple } from './rdf';
import { toSlug } from './slug';
import {
  EU_ACCESS_RIGHT,
  EU_DATA_THEME,
  EU_FILE_TYPE,
  EU_FREQUENCY,
  IANA_MEDIA_TYPES,
  regionUri,
} from './vocabularies';

const EU_LANGUAGE_IND = 'http://publications.europa.eu/resource/authority/language/IND';
const TOPIC_SCHEME = 'urn:satudata:topik';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function datasetIri(id: string): string {
  return UUID.test(id)
    ? `urn:uuid:${id.toLowerCase()}`
    : `urn:satudata:dataset:${encodeURIComponent(id)}`;
}

export function organisationIri(name: string): string {
  return `urn:satudata:organisasi:${toSlug(name, 'organisasi')}`;
}

function dateDatatype(value: string): string {
  if (/^\d{4}$/.test(value)) return term('xsd', 'gYear');
  if (/^\d{4}-\d{2}$/.test(value)) return term('xsd', 'gYearMonth');
  return term('xsd', 'date');
}

function instantDatatype(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? term('xsd', 'date') : term('xsd', 'dateTime');
}

function addAgent(g: GraphBuilder, name: string): string {
  const iri = organisationIri(name);
  g.type(iri, term('foaf', 'Agent'));
  g.type(iri, term('foaf', 'Organization'));
  g.text(iri, term('foaf', 'name'), name, 'id');
  return iri;
}

function addPeriod(g: GraphBuilder, iri: string, period: Period): void {
  g.type(iri, term('dct', 'PeriodOfTime'));
  g.typed(iri, term('dcat', 'startDate'), period.start, dateDatatype(period.start));
  g.typed(iri, term('dcat', 'endDate'), period.end, dateDatatype(period.end));
}

function addDistribution(
  g: GraphBuilder,
  iri: string,
  dist: Distribution,
  meta: ResolvedMetadata,
): void {
  g.type(iri, term('dcat', 'Distribution'));
  g.text(iri, term('dct', 'title'), dist.title, 'id');
  g.iri(iri, term('dcat', 'accessURL'), dist.url);
  g.iri(iri, term('dcat', 'downloadURL'), dist.url);
  g.iri(iri, term('dct', 'format'), EU_FILE_TYPE + dist.format);
  g.iri(iri, term('dcat', 'mediaType'), IANA_MEDIA_TYPES + dist.mediaType);
  if (dist.bytes !== undefined) {
    g.typed(iri, term('dcat', 'byteSize'), String(dist.bytes), term('xsd', 'nonNegativeInteger'));
  }
  g.iri(iri, term('dct', 'license'), meta.license?.url);
  if (dist.sha256 !== undefined) {
    const sum = `${iri}-checksum`;
    g.iri(iri, term('spdx', 'checksum'), sum);
    g.type(sum, term('spdx', 'Checksum'));
    g.iri(sum, term('spdx', 'algorithm'), term('spdx', 'checksumAlgorithm_sha256'));
    g.typed(sum, term('spdx', 'checksumValue'), dist.sha256, term('xsd', 'hexBinary'));
  }
}

export interface DcatDataset {
  iri: string;
  triples: Triple[];
}

/** The DCAT-AP triples of one dataset. */
export function buildDcatDataset(
  source: ExportSource,
  meta: ResolvedMetadata,
  distributions: readonly Distribution[],
): DcatDataset {
  const g = new GraphBuilder();
  const ds = datasetIri(source.dataset.id);
  g.type(ds, term('dcat', 'Dataset'));
  g.text(ds, term('dct', 'identifier'), meta.identifier);
  g.text(ds, term('dct', 'title'), meta.title, 'id');
  g.text(ds, term('dct', 'description'), meta.description, 'id');
  for (const k of meta.keywords) g.text(ds, term('dcat', 'keyword'), k, 'id');

  for (const t of meta.topics) {
    if (t.topic) g.iri(ds, term('dcat', 'theme'), EU_DATA_THEME + t.topic.eu);
    const concept = `${TOPIC_SCHEME}:${toSlug(t.label, 'topik')}`;
    g.iri(ds, term('dcat', 'theme'), concept);
    g.type(concept, term('skos', 'Concept'));
    g.text(concept, term('skos', 'prefLabel'), t.label, 'id');
    g.iri(concept, term('skos', 'inScheme'), TOPIC_SCHEME);
    if (t.topic && t.topic.label !== t.label) {
      g.iri(concept, term('skos', 'broader'), `${TOPIC_SCHEME}:${toSlug(t.topic.label, 'topik')}`);
    }
  }

  if (meta.publisher) g.iri(ds, term('dct', 'publisher'), addAgent(g, meta.publisher));
  if (meta.producer) g.iri(ds, term('dct', 'creator'), addAgent(g, meta.producer));
  if (meta.frequency)
    g.iri(ds, term('dct', 'accrualPeriodicity'), EU_FREQUENCY + meta.frequency.eu);
  if (meta.period) {
    const p = `${ds}#periode`;
    g.iri(ds, term('dct', 'temporal'), p);
    addPeriod(g, p, meta.period);
  }
  for (const code of meta.coverage) {
    const place = regionUri(code, meta.regionSystem);
    g.iri(ds, term('dct', 'spatial'), place);
    g.type(place, term('dct', 'Location'));
    g.text(place, term('dct', 'identifier'), code);
  }
  if (meta.access) g.iri(ds, term('dct', 'accessRights'), EU_ACCESS_RIGHT + meta.access.eu);
  if (meta.contact) {
    const c = `${ds}#kontak`;
    g.iri(ds, term('dcat', 'contactPoint'), c);
    g.type(c, term('vcard', 'Kind'));
    g.text(c, term('vcard', 'fn'), meta.contact.name ?? meta.publisher ?? meta.contact.email);
    g.text(c, term('vcard', 'organization-name'), meta.contact.unit);
    if (meta.contact.email) g.iri(c, term('vcard', 'hasEmail'), `mailto:${meta.contact.email}`);
    if (meta.contact.phone) {
      g.iri(c, term('vcard', 'hasTelephone'), `tel:${meta.contact.phone.replace(/[^\d+]/g, '')}`);
    }
  }
  if (meta.issued) g.typed(ds, term('dct', 'issued'), meta.issued, instantDatatype(meta.issued));
  if (meta.modified)
    g.typed(ds, term('dct', 'modified'), meta.modified, instantDatatype(meta.modified));
  g.text(ds, term('owl', 'versionInfo'), meta.version);
  g.iri(ds, term('dct', 'language'), EU_LANGUAGE_IND);

  g.text(ds, term('sdi', 'satuan'), meta.unit, 'id');
  g.text(ds, term('sdi', 'ukuran'), meta.measure, 'id');
  g.text(ds, term('sdi', 'tingkatPenyajian'), meta.presentationLevel, 'id');
  g.text(ds, term('sdi', 'sistemKodeWilayah'), meta.regionSystem);
  g.text(ds, term('sdi', 'edisiKodeWilayah'), meta.regionEdition);
  g.text(ds, term('sdi', 'idMskeg'), meta.idMskeg);
  g.text(ds, term('sdi', 'idMsind'), meta.idMsind);

  distributions.forEach((dist, i) => {
    const suffix = i === 0 ? '' : `-${i + 1}`;
    const iri = `${ds}#distribusi-${toSlug(dist.format.toLowerCase(), 'berkas')}${suffix}`;
    g.iri(ds, term('dcat', 'distribution'), iri);
    addDistribution(g, iri, dist, meta);
  });
  return { iri: ds, triples: g.triples };
}

export interface CatalogInfo {
  title: string;
  description?: string;
  /** the walidata publishing the catalog */
  publisher?: string;
  homepage?: string;
  /** default `urn:satudata:katalog:<slug of title>` */
  iri?: string;
  /** ISO 8601 date-time */
  modified?: string;
}

/** A dcat:Catalog over already built datasets (triples are merged and de-duplicated). */
export function buildDcatCatalog(info: CatalogInfo, datasets: readonly DcatDataset[]): Triple[] {
  const g = new GraphBuilder();
  const cat = info.iri ?? `urn:satudata:katalog:${toSlug(info.title, 'katalog')}`;
  g.type(cat, term('dcat', 'Catalog'));
  g.text(cat, term('dct', 'title'), info.title, 'id');
  g.text(cat, term('dct', 'description'), info.description, 'id');
  if (info.publisher) g.iri(cat, term('dct', 'publisher'), addAgent(g, info.publisher));
  g.iri(cat, term('foaf', 'homepage'), info.homepage);
  g.typed(cat, term('dct', 'modified'), info.modified, term('xsd', 'dateTime'));
  g.iri(cat, term('dct', 'language'), EU_LANGUAGE_IND);
  for (const d of datasets) g.iri(cat, term('dcat', 'dataset'), d.iri);
  for (const d of datasets) g.addAll(d.triples);
  return g.triples;
}

export function dcatJsonLd(triples: readonly Triple[]): JsonLdDocument {
  return toJsonLd(triples);
}

export function dcatTurtle(triples: readonly Triple[]): Promise<string> {
  return toTurtle(triples);
}
