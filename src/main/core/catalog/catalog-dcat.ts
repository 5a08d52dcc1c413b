/**
 * The catalog as a DCAT-AP `dcat:Catalog` (JSON-LD and Turtle from the same triples), built
 * with the export module's DCAT functions: each entry becomes an `ExportSource`, its metadata
 * is resolved by `resolveMetadata` and described by `buildDcatDataset`; the catalog node comes
 * from `buildDcatCatalog`.
 *
 * Distributions follow the catalog's access rule: only datasets the rule allows get a
 * `dcat:Distribution` per file, with its download URL (absolute under `downloadBaseUrl`, else
 * relative to the catalog file: `berkas/<slug>/<file>`, the site's layout). Every dataset gets
 * `dct:accessRights`; one that is not yet classified gets NON_PUBLIC, as nothing may be
 * assumed open.
 */
import type { CatalogEntry, CatalogOptions, CatalogWarning } from '../../../shared/model/catalog';
import { COLUMN_TYPES, type ColumnType } from '../../../shared/model/dataset';
import type { ExportSource } from '../../../shared/model/export';
import {
  buildDcatCatalog,
  buildDcatDataset,
  dcatJsonLd,
  dcatTurtle,
  type DcatDataset,
} from '../export/dcat';
import { joinUrl, resolveMetadata } from '../export/mappings';
import { GraphBuilder, term, type Triple } from '../export/rdf';
import { EU_ACCESS_RIGHT, EU_FILE_TYPE, IANA_MEDIA_TYPES } from '../export/vocabularies';
import type { CatalogItem } from './catalog-view';
import { plannedDownloads, type SiteDownload } from './catalog-site';

const FORMATS: Record<string, { eu: string; media: string }> = {
  csv: { eu: 'CSV', media: 'text/csv' },
  xlsx: { eu: 'XLSX', media: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  json: { eu: 'JSON', media: 'application/json' },
  datapackage: { eu: 'ZIP', media: 'application/zip' },
  zip: { eu: 'ZIP', media: 'application/zip' },
  jsonld: { eu: 'JSON_LD', media: 'application/ld+json' },
  ttl: { eu: 'RDF_TURTLE', media: 'text/turtle' },
  pdf: { eu: 'PDF', media: 'application/pdf' },
};

const isColumnType = (t: string | undefined): t is ColumnType =>
  t !== undefined && (COLUMN_TYPES as readonly string[]).includes(t);

/** The entry as the export module's input (rows are not needed for metadata). */
export function entryToExportSource(entry: CatalogEntry, downloadBaseUrl?: string): ExportSource {
  const source: ExportSource = {
    dataset: {
      id: entry.id,
      name: entry.name,
      fileName: entry.fileName,
      version: entry.version,
      importedAt: entry.importedAt,
      rowCount: entry.rowCount,
      encoding: 'utf-8',
      sha256: '',
    },
    columns: entry.columns.map((c) => {
      const col: ExportSource['columns'][number] = { name: c.name, label: c.label };
      if (isColumnType(c.type)) col.type = c.type;
      if (c.definisi !== undefined) col.description = c.definisi;
      if (c.satuan !== undefined) col.unit = c.satuan;
      return col;
    }),
    rows: async function* () {
      // metadata-only: the catalog never reads the rows
    },
  };
  if (entry.metadata !== undefined) source.metadata = entry.metadata;
  if (downloadBaseUrl !== undefined) source.downloadBaseUrl = downloadBaseUrl;
  return source;
}

function distributionTriples(
  ds: string,
  item: CatalogItem,
  files: readonly SiteDownload[],
  baseUrl: string | undefined,
  license: string | undefined,
): Triple[] {
  const g = new GraphBuilder();
  files.forEach((f, i) => {
    const fmt = FORMATS[f.format.toLowerCase()];
    const iri = `${ds}#berkas-${i + 1}`;
    const url = baseUrl ? joinUrl(baseUrl, f.href.replace(/^berkas\//, '')) : f.href;
    g.iri(ds, term('dcat', 'distribution'), iri);
    g.type(iri, term('dcat', 'Distribution'));
    g.text(iri, term('dct', 'title'), `${item.title} (${f.format.toUpperCase()})`, 'id');
    g.iri(iri, term('dcat', 'accessURL'), url);
    g.iri(iri, term('dcat', 'downloadURL'), url);
    if (fmt) {
      g.iri(iri, term('dct', 'format'), EU_FILE_TYPE + fmt.eu);
      g.iri(iri, term('dcat', 'mediaType'), IANA_MEDIA_TYPES + fmt.media);
    }
    if (Number.isFinite(f.bytes) && f.bytes >= 0) {
      g.typed(
        iri,
        term('dcat', 'byteSize'),
        String(Math.round(f.bytes)),
        term('xsd', 'nonNegativeInteger'),
      );
    }
    g.iri(iri, term('dct', 'license'), license);
  });
  return g.triples;
}

export interface DcatCatalogOutput {
  jsonld: unknown;
  turtle: string;
  warnings: CatalogWarning[];
}

/**
 * The DCAT catalog of `items`. `files` gives the downloads actually written (site format);
 * without it the planned names are used (DCAT-only format).
 */
export async function catalogDcat(
  items: readonly CatalogItem[],
  options: Pick<CatalogOptions, 'title' | 'organisation' | 'downloadBaseUrl'> & {
    generatedAt: string;
  },
  files?: ReadonlyMap<string, readonly SiteDownload[]>,
): Promise<DcatCatalogOutput> {
  const warnings: CatalogWarning[] = [];
  const datasets: DcatDataset[] = [];
  for (const item of items) {
    const source = entryToExportSource(item.entry, options.downloadBaseUrl);
    const { meta, warnings: metaWarnings } = resolveMetadata(source);
    if (metaWarnings.length > 0) {
      const fields = [...new Set(metaWarnings.map((w) => w.field))].join(', ');
      warnings.push({
        datasetId: item.id,
        code: 'metadata-belum-lengkap',
        message: `${item.title}: metadata belum lengkap atau diisi dari data (${fields}).`,
        messageEn: `${item.title}: metadata incomplete or filled from the data (${fields}).`,
      });
    }
    // the title and access the catalog shows win over what the export would fill in
    meta.title = item.title;
    const built = buildDcatDataset(source, meta, []);
    const g = new GraphBuilder().addAll(built.triples);
    if (!meta.access) {
      g.iri(built.iri, term('dct', 'accessRights'), `${EU_ACCESS_RIGHT}NON_PUBLIC`);
    }
    if (item.access.downloadable) {
      const list = files?.get(item.id) ?? plannedDownloads(item);
      g.addAll(
        distributionTriples(built.iri, item, list, options.downloadBaseUrl, meta.license?.url),
      );
    }
    datasets.push({ iri: built.iri, triples: g.triples });
  }
  if (
    !options.downloadBaseUrl &&
    items.some((i) => i.access.downloadable && i.entry.downloads.length > 0)
  ) {
    warnings.push({
      code: 'alamat-unduhan-relatif',
      message:
        'Alamat unduhan portal belum diatur; tautan berkas di DCAT ditulis relatif terhadap berkas katalog.',
      messageEn:
        'The portal download address is not set; file links in DCAT are relative to the catalog file.',
    });
  }
  const triples = buildDcatCatalog(
    {
      title: options.title?.trim() || 'Katalog Data',
      description: 'Daftar Data dan metadata menurut prinsip Satu Data Indonesia.',
      ...(options.organisation ? { publisher: options.organisation } : {}),
      modified: options.generatedAt,
    },
    datasets,
  );
  return { jsonld: dcatJsonLd(triples), turtle: await dcatTurtle(triples), warnings };
}
