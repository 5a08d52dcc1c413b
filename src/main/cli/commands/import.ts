import { resolve } from 'node:path';
import type { CliCommand } from '../command';
import { t } from '../command';
import { parse, parseCount, parseDelimiter, parseEncoding, requirePositional } from '../args';
import { progressBar } from '../progress';

export const importCommand: CliCommand = {
  name: 'import',
  summary: {
    id: 'Impor berkas CSV/XLSX ke ruang kerja; mencetak id dataset baru',
    en: 'Import a CSV/XLSX file into the workspace; prints the new dataset id',
  },
  usage: `satudata import FILE [--sheet NAME] [--encoding E] [--delimiter D] [--no-header] [--header-row N] [--name NAME] [--workspace PATH]`,
  async run(ctx) {
    const { values, positionals } = parse(ctx.argv, {
      sheet: { type: 'string' },
      encoding: { type: 'string' },
      delimiter: { type: 'string' },
      'no-header': { type: 'boolean' },
      'header-row': { type: 'string' },
      name: { type: 'string' },
    });
    const file = requirePositional(positionals, 0, 'Berkas', 'FILE');
    const encoding = parseEncoding(values.encoding);
    const delimiter = parseDelimiter(values.delimiter);
    const wb = ctx.workbench();
    const bar = progressBar(ctx.io, t(ctx.lang, 'Mengimpor', 'Importing'));
    const off = wb.onProgress((p) => {
      if (p.phase === 'running') bar.update(p.bytes ?? 0, p.totalBytes ?? 0, p.rows ?? 0);
    });
    try {
      const summary = await wb.invoke('datasets:import', {
        source: { path: resolve(file) },
        options: {
          ...(encoding ? { encoding } : {}),
          ...(delimiter ? { delimiter } : {}),
          ...(values.sheet ? { sheet: values.sheet } : {}),
          ...(values['no-header'] ? { noHeader: true } : {}),
          ...(values['header-row'] !== undefined
            ? { headerRow: parseCount(values['header-row'], '--header-row', 1) }
            : {}),
          ...(values.name ? { name: values.name } : {}),
        },
      });
      bar.done();
      ctx.io.err(
        t(
          ctx.lang,
          `Diimpor: ${summary.name} — ${summary.rows.toLocaleString('id-ID')} baris, ${summary.columns} kolom.\n`,
          `Imported: ${summary.name} — ${summary.rows} rows, ${summary.columns} columns.\n`,
        ),
      );
      ctx.io.out(summary.id + '\n');
      return 0;
    } finally {
      off();
    }
  },
};
