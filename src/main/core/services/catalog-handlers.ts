/** Contract area: the workspace's metadata catalog and printable metadata forms. */
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CatalogContract, PrintForm } from '../../../shared/api/catalog';
import { AppError } from '../../../shared/errors';
import { atomicWrite } from '../export/atomic-write';
import { MetadataStore } from '../metadata';
import { getDatasetRecord } from '../store/datasets';
import { recordAudit } from '../store/audit';
import { catalogEntries } from './catalog-entries';
import type { AreaHandlers, ServiceContext } from './context';
import { statSync } from 'node:fs';

const FORM_PROFILES: Record<PrintForm, string[]> = {
  metadata: ['sdi-dataset', 'balikpapan'],
  'ms-keg': ['bps-ms-keg'],
  'ms-var': ['bps-ms-var'],
  'ms-ind': ['bps-ms-ind'],
};

function sizeOf(path: string): number {
  const st = statSync(path);
  return st.isFile() ? st.size : 0;
}

export function createCatalogHandlers(ctx: ServiceContext): AreaHandlers<keyof CatalogContract> {
  return {
    'catalog:generate': (req) =>
      ctx.jobs.run('export', req.jobId, async () => {
        // the catalog pulls in ExcelJS, n3 and pdfkit: load it only when it is asked for
        const { generateCatalog } = await import('../catalog');
        const { zipFolder } = await import('../export/zip-writer');
        const entries = await catalogEntries(ctx);
        const options = {
          format: req.format,
          ...(req.title ? { title: req.title } : {}),
          ...(req.organisation ? { organisation: req.organisation } : {}),
          ...(req.lang ? { lang: req.lang } : {}),
        };
        if ('path' in req.target) {
          const r = await generateCatalog(entries, { ...options, outDir: req.target.path });
          recordAudit(ctx.db, ctx.user, 'catalog.generate', null, {
            format: req.format,
            target: req.target.path,
            datasets: entries.length,
          });
          return {
            path: req.target.path,
            fileName: req.target.path,
            bytes: 0,
            files: r.files.length,
            warnings: r.warnings,
          };
        }
        // browser mode: build in a temporary folder and offer one zip
        const tmp = mkdtempSync(join(tmpdir(), 'satudata-katalog-'));
        try {
          const site = join(tmp, 'katalog');
          const r = await generateCatalog(entries, { ...options, outDir: site });
          const fileName = `katalog-data-${req.format}.zip`;
          const dl = ctx.transfers.newDownload(fileName);
          await atomicWrite(dl.path, (p) => zipFolder(site, p));
          recordAudit(ctx.db, ctx.user, 'catalog.generate', null, {
            format: req.format,
            target: 'download',
            datasets: entries.length,
          });
          return {
            downloadId: dl.downloadId,
            fileName,
            bytes: sizeOf(dl.path),
            files: r.files.length,
            warnings: r.warnings,
          };
        } finally {
          rmSync(tmp, { recursive: true, force: true });
        }
      }),
    'forms:print': async (req) => {
      const d = getDatasetRecord(ctx.db, req.id);
      const store = new MetadataStore(ctx.db);
      const wanted = FORM_PROFILES[req.form];
      const summary = store.history(d.id).find((v) => wanted.includes(v.profile));
      const version = summary ? store.get(d.id, summary.version) : undefined;
      if (!version) {
        throw new AppError({
          kind: 'user-input',
          code: 'form-no-metadata',
          message: `Dataset ${d.name} belum memiliki metadata ${req.form === 'metadata' ? 'dataset' : req.form.toUpperCase()}. Isi dan simpan dulu di layar Metadata.`,
          messageEn: `Dataset ${d.name} has no ${req.form === 'metadata' ? 'dataset' : req.form.toUpperCase()} metadata yet. Fill it in and save it on the Metadata screen first.`,
        });
      }
      const {
        buildMetadataDocument,
        buildMsIndDocument,
        buildMsKegDocument,
        buildMsVarDocument,
        renderPrintHtml,
        writePdf,
      } = await import('../catalog');
      const opts = { lang: req.lang ?? 'id' } as const;
      const doc =
        req.form === 'metadata'
          ? buildMetadataDocument(
              {
                metadata: version.doc,
                profile: version.profile,
                id: d.id,
                name: d.name,
                version: version.version,
                metadataComplete: version.completeness,
              },
              opts,
            )
          : req.form === 'ms-keg'
            ? buildMsKegDocument(version.doc, opts)
            : req.form === 'ms-var'
              ? buildMsVarDocument(version.doc, opts)
              : buildMsIndDocument(version.doc, opts);
      const fileName = `${d.name}-${req.form}.${req.format}`;
      let target: string;
      let downloadId: string | undefined;
      if ('path' in req.target) target = req.target.path;
      else {
        const dl = ctx.transfers.newDownload(fileName);
        target = dl.path;
        downloadId = dl.downloadId;
      }
      if (req.format === 'pdf')
        await atomicWrite(target, async (p) => void (await writePdf(doc, p)));
      else await atomicWrite(target, (p) => writeFile(p, renderPrintHtml(doc)));
      const bytes = sizeOf(target);
      return downloadId ? { downloadId, fileName, bytes } : { path: target, fileName, bytes };
    },
  };
}
