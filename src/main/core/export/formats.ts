/**
 * The export formats as registered units: one entry per code (EXPORT_FORMATS in
 * src/shared/model/export.ts describes them for the UI), each writing one file or folder
 * atomically and returning the metadata warnings. Adding a format means adding an entry here.
 */
import { writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import {
  exportFormatInfo,
  type ExportFormatCode,
  type ExportFormatInfo,
  type ExportSource,
  type ExportWarning,
  type ExportWriteResult,
} from '../../../shared/model/export';
import { AppError } from '../../../shared/errors';
import { atomicWrite } from './atomic-write';
import { toCkanPackage } from './ckan';
import { writeCsvFile, type CsvOptions, type CsvSummary, type RowHooks } from './csv-writer';
import { writeDataPackage, type DataPackageOptions } from './datapackage';
import {
  buildDcatCatalog,
  buildDcatDataset,
  dcatJsonLd,
  dcatTurtle,
  type CatalogInfo,
  type DcatDataset,
} from './dcat';
import { writeJsonFile } from './json-writer';
import {
  csvDistribution,
  distributionWarnings,
  resolveMetadata,
  withColumnStandards,
  type Distribution,
  type ResolvedMetadata,
} from './mappings';
import { toPodEntry } from './pod';
import { toSchemaOrgDataset } from './schema-org';
import { scanSource } from './source-scan';
import { writeXlsxFile } from './xlsx-writer';

export interface ExportOptions extends RowHooks, Pick<DataPackageOptions, 'lookupRegion'> {
  /** CSV export only (the spreadsheet CSV); the formula guard is on unless turned off */
  csv?: CsvOptions;
}

export interface ExportFormatUnit {
  info: ExportFormatInfo;
  write(
    source: ExportSource,
    targetPath: string,
    options: ExportOptions,
  ): Promise<ExportWriteResult>;
}

/** Everything the portal-metadata formats need about one dataset (one pass over the rows). */
export interface PortalDescription {
  meta: ResolvedMetadata;
  distributions: Distribution[];
  csv: CsvSummary;
  warnings: ExportWarning[];
}

export async function describeForPortal(
  source: ExportSource,
  hooks: RowHooks = {},
): Promise<PortalDescription> {
  const { csv, derived } = await scanSource(source, hooks);
  const { meta, warnings } = resolveMetadata(source, derived);
  return {
    meta,
    distributions: [csvDistribution(source, meta, csv)],
    csv,
    warnings: [...warnings, ...distributionWarnings(source)],
  };
}

async function writeText(
  format: ExportFormatCode,
  targetPath: string,
  text: string,
  warnings: ExportWarning[],
): Promise<ExportWriteResult> {
  const bytes = Buffer.from(text, 'utf8');
  await atomicWrite(targetPath, (tmp) => writeFile(tmp, bytes, { flag: 'wx' }));
  return {
    format,
    path: targetPath,
    bytes: bytes.length,
    rows: 0,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    warnings,
  };
}

const json = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;

const info = exportFormatInfo;

export const EXPORT_UNITS: Record<ExportFormatCode, ExportFormatUnit> = {
  csv: {
    info: info('csv'),
    async write(source, targetPath, options) {
      const s = await writeCsvFile(
        source,
        targetPath,
        { ...options.csv, neutralizeFormulas: options.csv?.neutralizeFormulas ?? true },
        options,
      );
      return {
        format: 'csv',
        path: targetPath,
        bytes: s.bytes,
        rows: s.rows,
        sha256: s.sha256,
        warnings: [],
      };
    },
  },
  xlsx: {
    info: info('xlsx'),
    async write(source, targetPath, options) {
      const s = await writeXlsxFile(source, targetPath, options);
      return {
        format: 'xlsx',
        path: targetPath,
        bytes: s.bytes,
        rows: s.rows,
        sha256: s.sha256,
        warnings: s.warnings,
      };
    },
  },
  json: {
    info: info('json'),
    async write(source, targetPath, options) {
      const s = await writeJsonFile(source, targetPath, options);
      return {
        format: 'json',
        path: targetPath,
        bytes: s.bytes,
        rows: s.rows,
        sha256: s.sha256,
        warnings: [],
      };
    },
  },
  datapackage: {
    info: info('datapackage'),
    async write(source, targetPath, options) {
      const s = await writeDataPackage(source, targetPath, options);
      const r: ExportWriteResult = {
        format: 'datapackage',
        path: targetPath,
        bytes: s.bytes,
        rows: s.rows,
        warnings: s.warnings,
      };
      if (s.sha256 !== undefined) r.sha256 = s.sha256;
      return r;
    },
  },
  ckan: {
    info: info('ckan'),
    async write(source, targetPath, options) {
      const d = await describeForPortal(source, options);
      const { document, warnings } = toCkanPackage(d.meta, d.distributions);
      return writeText('ckan', targetPath, json(document), [...d.warnings, ...warnings]);
    },
  },
  dcat: {
    info: info('dcat'),
    async write(source, targetPath, options) {
      const d = await describeForPortal(source, options);
      const ds = buildDcatDataset(source, d.meta, d.distributions);
      return writeText('dcat', targetPath, json(dcatJsonLd(ds.triples)), d.warnings);
    },
  },
  'dcat-ttl': {
    info: info('dcat-ttl'),
    async write(source, targetPath, options) {
      const d = await describeForPortal(source, options);
      const ds = buildDcatDataset(source, d.meta, d.distributions);
      return writeText('dcat-ttl', targetPath, await dcatTurtle(ds.triples), d.warnings);
    },
  },
  schemaorg: {
    info: info('schemaorg'),
    async write(source, targetPath, options) {
      const d = await describeForPortal(source, options);
      return writeText(
        'schemaorg',
        targetPath,
        json(toSchemaOrgDataset(d.meta, source.columns, d.distributions)),
        d.warnings,
      );
    },
  },
  pod: {
    info: info('pod'),
    async write(source, targetPath, options) {
      const d = await describeForPortal(source, options);
      const { document, warnings } = toPodEntry(d.meta, d.distributions);
      return writeText('pod', targetPath, json(document), [...d.warnings, ...warnings]);
    },
  },
};

/** Export `source` in `format` to `targetPath` (a folder or .zip for `datapackage`). */
export async function exportDataset(
  format: ExportFormatCode,
  source: ExportSource,
  targetPath: string,
  options: ExportOptions = {},
): Promise<ExportWriteResult> {
  const unit = (EXPORT_UNITS as Partial<Record<string, ExportFormatUnit>>)[format];
  if (!unit) {
    throw new AppError({
      kind: 'user-input',
      code: 'unknown-export-format',
      message: `Format ekspor tidak dikenal: ${format}`,
      messageEn: `Unknown export format: ${format}`,
    });
  }
  return unit.write(withColumnStandards(source), targetPath, options);
}

/** A DCAT catalog of several datasets, as JSON-LD and Turtle (for the catalog export). */
export async function dcatCatalog(
  catalog: CatalogInfo,
  sources: readonly ExportSource[],
  hooks: RowHooks = {},
): Promise<{
  jsonld: unknown;
  turtle: string;
  warnings: { datasetId: string; warnings: ExportWarning[] }[];
}> {
  const datasets: DcatDataset[] = [];
  const warnings: { datasetId: string; warnings: ExportWarning[] }[] = [];
  for (const raw of sources) {
    const source = withColumnStandards(raw);
    const d = await describeForPortal(source, hooks);
    datasets.push(buildDcatDataset(source, d.meta, d.distributions));
    warnings.push({ datasetId: source.dataset.id, warnings: d.warnings });
  }
  const triples = buildDcatCatalog(catalog, datasets);
  return { jsonld: dcatJsonLd(triples), turtle: await dcatTurtle(triples), warnings };
}
