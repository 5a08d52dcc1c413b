import { resolve } from 'node:path';
import type { CliCommand } from '../command';
import { t } from '../command';
import { parse, parseFormat, usageError } from '../args';
import { CATALOG_FORMATS } from '../../../shared/model/catalog';

export const catalogCommand: CliCommand = {
  name: 'catalog',
  summary: {
    id: 'Buat Katalog Data ruang kerja (situs HTML statis, XLSX, CSV atau DCAT)',
    en: 'Build the workspace metadata catalog (static HTML site, XLSX, CSV or DCAT)',
  },
  usage: `satudata catalog --out DIR [--format ${CATALOG_FORMATS.join('|')}] [--title TEXT] [--organisation TEXT] [--workspace PATH]

The HTML catalog opens from the file system with no server (DIR/index.html). Files are linked only
for datasets classified Terbuka without unresolved personal data.`,
  async run(ctx) {
    const { values } = parse(
      ctx.argv,
      {
        out: { type: 'string' },
        format: { type: 'string' },
        title: { type: 'string' },
        organisation: { type: 'string' },
      },
      false,
    );
    if (!values.out) throw usageError('--out DIR belum diberikan.', '--out DIR is missing.');
    const format = parseFormat(values.format, CATALOG_FORMATS, 'html');
    const out = resolve(values.out);
    const r = await ctx.workbench().invoke('catalog:generate', {
      format,
      target: { path: out },
      lang: ctx.lang,
      ...(values.title ? { title: values.title } : {}),
      ...(values.organisation ? { organisation: values.organisation } : {}),
    });
    for (const w of r.warnings)
      ctx.io.err(
        `${t(ctx.lang, 'Peringatan', 'Warning')}: ${ctx.lang === 'en' ? w.messageEn : w.message}\n`,
      );
    ctx.io.err(
      t(
        ctx.lang,
        `Katalog (${format}) ditulis ke ${out}${format === 'html' ? '/index.html' : ''} (${r.files} berkas).\n`,
        `Catalog (${format}) written to ${out}${format === 'html' ? '/index.html' : ''} (${r.files} files).\n`,
      ),
    );
    return 0;
  },
};
