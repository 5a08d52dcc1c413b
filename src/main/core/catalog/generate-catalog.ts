/**
 * `generateCatalog(entries, options)`: the catalog of a workspace in one of four forms.
 *
 * - `html`: the static site in `outDir` (index.html, dataset pages, style, script, allowed
 *   files) plus the Daftar Data as CSV and XLSX and the DCAT catalog, all linked from the
 *   index. The whole folder is built in a temporary sibling and swapped in atomically. An
 *   existing `outDir` is replaced only when it is empty or an earlier catalog (it holds the
 *   marker file); any other folder is refused so a mistyped path never deletes a user's files.
 * - `csv` / `xlsx`: `outDir/daftar-data.csv|xlsx`, one row per dataset.
 * - `dcat`: `outDir/katalog.jsonld` and `outDir/katalog.ttl`.
 *
 * Files of a dataset are written only when the access rule allows it (access.ts).
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import {
  CATALOG_FORMATS,
  type CatalogEntry,
  type CatalogLang,
  type CatalogOptions,
  type CatalogResult,
  type CatalogWarning,
} from '../../../shared/model/catalog';
import { atomicWrite, atomicWriteDir } from '../export/atomic-write';
import { catalogDcat } from './catalog-dcat';
import { SITE_MARKER_FILE, writeSite, type SiteLink } from './catalog-site';
import { writeCatalogCsv, writeCatalogXlsx } from './catalog-table';
import { catalogItems, type CatalogItem } from './catalog-view';

export const CATALOG_FILES = {
  csv: 'daftar-data.csv',
  xlsx: 'daftar-data.xlsx',
  jsonld: 'katalog.jsonld',
  ttl: 'katalog.ttl',
  index: 'index.html',
} as const;

function accessWarnings(items: readonly CatalogItem[]): CatalogWarning[] {
  const out: CatalogWarning[] = [];
  for (const i of items) {
    if (i.access.downloadable || !i.access.reason) continue;
    // Terbatas/Tertutup is a decision, not a problem; say something only when action is needed
    if (i.access.level === 'terbatas' || i.access.level === 'tertutup') continue;
    out.push({
      datasetId: i.id,
      code: i.access.reason.code,
      message: `${i.title}: ${i.access.reason.message}`,
      messageEn: `${i.title}: ${i.access.reason.messageEn}`,
    });
  }
  return out;
}

async function assertReplaceable(outDir: string): Promise<void> {
  const info = await stat(outDir).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) {
    throw new AppError({
      kind: 'user-input',
      code: 'catalog-target-not-folder',
      message: `Tujuan katalog ${outDir} adalah berkas, bukan folder.`,
      messageEn: `The catalog target ${outDir} is a file, not a folder.`,
      file: outDir,
    });
  }
  const names = await readdir(outDir);
  if (names.length === 0 || names.includes(SITE_MARKER_FILE)) return;
  throw new AppError({
    kind: 'user-input',
    code: 'catalog-target-not-empty',
    message: `Folder ${outDir} sudah berisi berkas lain dan bukan katalog sebelumnya; pilih folder kosong atau folder baru.`,
    messageEn: `The folder ${outDir} already holds other files and is not an earlier catalog; choose an empty or new folder.`,
    file: outDir,
  });
}

async function writeText(path: string, text: string): Promise<void> {
  await atomicWrite(path, (tmp) => writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' }));
}

const json = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;

export async function generateCatalog(
  entries: readonly CatalogEntry[],
  options: CatalogOptions,
): Promise<CatalogResult> {
  if (!(CATALOG_FORMATS as readonly string[]).includes(options.format)) {
    throw new AppError({
      kind: 'user-input',
      code: 'catalog-format-unknown',
      message: `Format katalog tidak dikenal: ${String(options.format)}. Pilihan: ${CATALOG_FORMATS.join(', ')}.`,
      messageEn: `Unknown catalog format: ${String(options.format)}. Choices: ${CATALOG_FORMATS.join(', ')}.`,
    });
  }
  const lang: CatalogLang = options.lang === 'en' ? 'en' : 'id';
  const outDir = resolve(options.outDir);
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  const items = catalogItems(entries, lang);
  const warnings = accessWarnings(items);
  const common = {
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.organisation !== undefined ? { organisation: options.organisation } : {}),
    ...(options.downloadBaseUrl !== undefined ? { downloadBaseUrl: options.downloadBaseUrl } : {}),
    generatedAt,
  };

  if (options.format === 'html') {
    await assertReplaceable(outDir);
    await mkdir(join(outDir, '..'), { recursive: true });
    let relative: string[] = [];
    await atomicWriteDir(outDir, async (tmp) => {
      const links: SiteLink[] = [
        { label: 'CSV', href: CATALOG_FILES.csv },
        { label: 'XLSX', href: CATALOG_FILES.xlsx },
        { label: 'DCAT JSON-LD', href: CATALOG_FILES.jsonld },
        { label: 'DCAT Turtle', href: CATALOG_FILES.ttl },
      ];
      const site = await writeSite(tmp, items, links, { ...common, lang });
      warnings.push(...site.warnings);
      await writeCatalogCsv(items, join(tmp, CATALOG_FILES.csv), lang);
      await writeCatalogXlsx(items, join(tmp, CATALOG_FILES.xlsx), { lang, ...common });
      // DCAT lists only the files really written
      const dcat = await catalogDcat(items, common, site.downloads);
      warnings.push(...dcat.warnings);
      await writeFile(join(tmp, CATALOG_FILES.jsonld), json(dcat.jsonld), { flag: 'wx' });
      await writeFile(join(tmp, CATALOG_FILES.ttl), dcat.turtle, { flag: 'wx' });
      relative = [
        ...site.written.map((p) => p.slice(tmp.length + 1)),
        CATALOG_FILES.csv,
        CATALOG_FILES.xlsx,
        CATALOG_FILES.jsonld,
        CATALOG_FILES.ttl,
      ];
    });
    return { files: relative.map((r) => join(outDir, r)), warnings };
  }

  await mkdir(outDir, { recursive: true });
  if (options.format === 'csv') {
    const path = join(outDir, CATALOG_FILES.csv);
    await writeCatalogCsv(items, path, lang);
    return { files: [path], warnings };
  }
  if (options.format === 'xlsx') {
    const path = join(outDir, CATALOG_FILES.xlsx);
    await writeCatalogXlsx(items, path, { lang, ...common });
    return { files: [path], warnings };
  }
  const dcat = await catalogDcat(items, common);
  const jsonld = join(outDir, CATALOG_FILES.jsonld);
  const ttl = join(outDir, CATALOG_FILES.ttl);
  await writeText(jsonld, json(dcat.jsonld));
  await writeText(ttl, dcat.turtle);
  return { files: [jsonld, ttl], warnings: [...warnings, ...dcat.warnings] };
}
