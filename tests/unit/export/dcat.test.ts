import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import {
  buildDcatCatalog,
  buildDcatDataset,
  datasetIri,
  dcatJsonLd,
  dcatTurtle,
} from '../../../src/main/core/export/dcat';
import { dcatCatalog, describeForPortal } from '../../../src/main/core/export/formats';
import { NS } from '../../../src/main/core/export/rdf';
import { parseNQuads, parseTurtle, posyanduSource, quadKeys } from './helpers';

const BASE = 'https://data.balikpapan.go.id/files';
const DS = datasetIri('3f2b8c1e-9a4d-4e7b-8f00-1234567890ab');
const EU = 'http://publications.europa.eu/resource/authority/';
const { rdf, dcat, dct, foaf, vcard, xsd } = NS;

const iri = (v: string): string => `<${v}>`;
const lit = (v: string, lang = 'id'): string => `"${v}"@${lang}`;
const typed = (v: string, dt: string): string => `"${v}"^^<${dt}>`;
const t = (s: string, p: string, o: string): string => `${iri(s)} ${iri(p)} ${o}`;

async function build(withBase = true) {
  const source = posyanduSource(true, withBase ? { downloadBaseUrl: BASE } : {});
  const d = await describeForPortal(source);
  const graph = buildDcatDataset(source, d.meta, d.distributions);
  return { source, d, graph };
}

describe('DCAT-AP dataset', () => {
  it('JSON-LD (via jsonld.toRDF) and Turtle (via n3) carry the same key triples', async () => {
    const { d, graph } = await build();
    const doc = dcatJsonLd(graph.triples);
    const fromJsonLd = quadKeys(
      parseNQuads(await jsonld.toRDF(doc, { format: 'application/n-quads' })),
    );
    const turtle = await dcatTurtle(graph.triples);
    const fromTurtle = quadKeys(parseTurtle(turtle));
    expect(fromJsonLd).toEqual(fromTurtle);
    expect(fromTurtle.size).toBe(graph.triples.length);

    const title = 'Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan';
    const org = 'urn:satudata:organisasi:dinas-komunikasi-dan-informatika-kota-balikpapan';
    const period = `${DS}#periode`;
    const contact = `${DS}#kontak`;
    const dist = `${DS}#distribusi-csv`;
    const fileUrl = `${BASE}/jumlah-posyandu-berdasarkan-kecamatan-di-kota-balikpapan.csv`;
    const expected = [
      t(DS, `${rdf}type`, iri(`${dcat}Dataset`)),
      t(DS, `${dct}title`, lit(title)),
      t(
        DS,
        `${dct}description`,
        lit('Jumlah posyandu per kecamatan di Kota Balikpapan, 2022–2024.'),
      ),
      t(DS, `${dct}publisher`, iri(org)),
      t(org, `${foaf}name`, lit('Dinas Komunikasi dan Informatika Kota Balikpapan')),
      t(DS, `${dcat}keyword`, lit('posyandu')),
      t(DS, `${dcat}theme`, iri(`${EU}data-theme/HEAL`)),
      t(DS, `${dct}accrualPeriodicity`, iri(`${EU}frequency/ANNUAL`)),
      t(DS, `${dct}temporal`, iri(period)),
      t(period, `${rdf}type`, iri(`${dct}PeriodOfTime`)),
      t(period, `${dcat}startDate`, typed('2022', `${xsd}gYear`)),
      t(period, `${dcat}endDate`, typed('2024', `${xsd}gYear`)),
      t(DS, `${dct}spatial`, iri('urn:kemendagri:wilayah:64.71')),
      t(DS, `${dct}accessRights`, iri(`${EU}access-right/PUBLIC`)),
      t(DS, `${dcat}contactPoint`, iri(contact)),
      t(contact, `${rdf}type`, iri(`${vcard}Kind`)),
      t(contact, `${vcard}fn`, typed('Seksi Statistik Sektoral', `${xsd}string`)),
      t(contact, `${vcard}hasEmail`, iri('mailto:statistik@balikpapan.go.id')),
      t(DS, `${dcat}distribution`, iri(dist)),
      t(dist, `${rdf}type`, iri(`${dcat}Distribution`)),
      t(dist, `${dcat}downloadURL`, iri(fileUrl)),
      t(dist, `${dcat}accessURL`, iri(fileUrl)),
      t(dist, `${dct}format`, iri(`${EU}file-type/CSV`)),
      t(dist, `${dcat}mediaType`, iri('http://www.iana.org/assignments/media-types/text/csv')),
      t(dist, `${dcat}byteSize`, typed(String(d.csv.bytes), `${xsd}nonNegativeInteger`)),
      t(dist, `${dct}license`, iri('https://creativecommons.org/licenses/by/4.0/')),
    ];
    for (const triple of expected) expect(fromTurtle).toContain(triple);
    for (const triple of expected) expect(fromJsonLd).toContain(triple);
  });

  it('has a readable JSON-LD with a prefix context', async () => {
    const { graph } = await build();
    const doc = dcatJsonLd(graph.triples);
    expect(doc['@context']).toMatchObject({
      dcat: NS.dcat,
      dct: NS.dct,
      foaf: NS.foaf,
      vcard: NS.vcard,
      xsd: NS.xsd,
    });
    const node = doc['@graph'][0]!;
    expect(node).toMatchObject({ '@id': DS, '@type': 'dcat:Dataset' });
    expect(node['dct:title']).toEqual({
      '@value': 'Jumlah Posyandu Berdasarkan Kecamatan di Kota Balikpapan',
      '@language': 'id',
    });
    const expanded = await jsonld.expand(doc);
    expect(expanded.find((n) => n['@id'] === DS)).toBeDefined();
  });

  it('writes relative download links that resolve against the metadata file', async () => {
    const { d, graph } = await build(false);
    expect(d.warnings.map((w) => w.field)).toContain('downloadBaseUrl');
    const base = 'file:///export/metadata/dcat.ttl';
    const expectedUrl =
      'file:///export/metadata/jumlah-posyandu-berdasarkan-kecamatan-di-kota-balikpapan.csv';
    const fromTurtle = quadKeys(parseTurtle(await dcatTurtle(graph.triples), base));
    expect(fromTurtle).toContain(t(`${DS}#distribusi-csv`, `${dcat}downloadURL`, iri(expectedUrl)));
    const nquads = await jsonld.toRDF(dcatJsonLd(graph.triples), {
      format: 'application/n-quads',
      base,
    });
    expect(quadKeys(parseNQuads(nquads))).toContain(
      t(`${DS}#distribusi-csv`, `${dcat}downloadURL`, iri(expectedUrl)),
    );
  });

  it('leaves out what the metadata does not give (no invented values)', async () => {
    const source = posyanduSource(false);
    const d = await describeForPortal(source);
    const graph = buildDcatDataset(source, d.meta, d.distributions);
    const keys = quadKeys(parseTurtle(await dcatTurtle(graph.triples), 'file:///x/'));
    const predicates = [...keys].map((k) => k.split(' ')[1]);
    expect(predicates).not.toContain(iri(`${dct}accessRights`));
    expect(predicates).not.toContain(iri(`${dct}publisher`));
    expect(predicates).not.toContain(iri(`${dct}accrualPeriodicity`));
    // filled from the data: period from `tahun`, coverage from the region codes
    expect(keys).toContain(
      t(
        `${datasetIri(source.dataset.id)}#periode`,
        `${dcat}startDate`,
        typed('2022', `${xsd}gYear`),
      ),
    );
    expect(keys).toContain(
      t(datasetIri(source.dataset.id), `${dct}spatial`, iri('urn:kemendagri:wilayah:64.71')),
    );
  });

  it('types dates by their precision', async () => {
    const source = posyanduSource(true);
    source.metadata = { ...source.metadata, periode_awal: '2024-01', periode_akhir: '2024-12-31' };
    const d = await describeForPortal(source);
    const keys = quadKeys(
      parseTurtle(
        await dcatTurtle(buildDcatDataset(source, d.meta, d.distributions).triples),
        'file:///x/',
      ),
    );
    expect(keys).toContain(
      t(`${DS}#periode`, `${dcat}startDate`, typed('2024-01', `${xsd}gYearMonth`)),
    );
    expect(keys).toContain(t(`${DS}#periode`, `${dcat}endDate`, typed('2024-12-31', `${xsd}date`)));
  });
});

describe('DCAT catalog', () => {
  it('links every dataset and shares organisations', async () => {
    const a = posyanduSource(true, { downloadBaseUrl: BASE });
    const b = posyanduSource(true, { downloadBaseUrl: BASE });
    b.dataset = { ...b.dataset, id: 'dataset-kedua' };
    b.metadata = { ...b.metadata, judul: 'Dataset Kedua', slug: 'dataset-kedua' };
    const out = await dcatCatalog(
      {
        title: 'Katalog Data Kota Balikpapan',
        publisher: 'Dinas Komunikasi dan Informatika Kota Balikpapan',
        iri: 'https://data.balikpapan.go.id/katalog',
      },
      [a, b],
    );
    const cat = 'https://data.balikpapan.go.id/katalog';
    const keys = quadKeys(parseTurtle(out.turtle));
    expect(keys).toContain(t(cat, `${rdf}type`, iri(`${dcat}Catalog`)));
    expect(keys).toContain(t(cat, `${dct}title`, lit('Katalog Data Kota Balikpapan')));
    expect(keys).toContain(t(cat, `${dcat}dataset`, iri(DS)));
    expect(keys).toContain(t(cat, `${dcat}dataset`, iri('urn:satudata:dataset:dataset-kedua')));
    expect(keys).toContain(
      t('urn:satudata:dataset:dataset-kedua', `${dct}title`, lit('Dataset Kedua')),
    );
    const orgNames = [...keys].filter((k) => k.includes(`${foaf}name`) && k.includes('Komunikasi'));
    expect(orgNames).toHaveLength(1);
    const fromJsonLd = quadKeys(
      parseNQuads(await jsonld.toRDF(out.jsonld, { format: 'application/n-quads' })),
    );
    expect(fromJsonLd).toEqual(keys);
    expect(out.warnings.map((w) => w.datasetId)).toEqual([a.dataset.id, 'dataset-kedua']);
  });

  it('builds a catalog from already built datasets', () => {
    const triples = buildDcatCatalog({ title: 'Kosong' }, []);
    expect(triples.map((x) => x.s)).toContain('urn:satudata:katalog:kosong');
  });
});
