import type { CliCommand } from '../command';
import { t } from '../command';
import { parse, parseFormat } from '../args';

export const listCommand: CliCommand = {
  name: 'list',
  summary: { id: 'Daftar dataset di ruang kerja', en: 'List the datasets in the workspace' },
  usage: 'satudata list [--format text|json] [--workspace PATH]',
  async run(ctx) {
    const { values } = parse(ctx.argv, { format: { type: 'string' } }, false);
    const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
    const list = await ctx.workbench().invoke('datasets:list', {});
    if (format === 'json') {
      ctx.io.out(
        JSON.stringify(
          list.map((d) => ({
            id: d.id,
            name: d.name,
            file: d.file,
            rows: d.rows,
            version: d.version,
            importedAt: d.importedAt,
            columns: d.columns,
            format: d.format,
          })),
        ) + '\n',
      );
      return 0;
    }
    if (list.length === 0) {
      ctx.io.err(
        t(
          ctx.lang,
          'Ruang kerja masih kosong. Impor berkas dengan: satudata import BERKAS.csv\n',
          'The workspace is empty. Import a file with: satudata import FILE.csv\n',
        ),
      );
      return 0;
    }
    const lines = list.map(
      (d) =>
        `${d.id}  ${d.name}  (${d.file}, ${d.rows.toLocaleString(ctx.lang === 'en' ? 'en-US' : 'id-ID')} ${t(ctx.lang, 'baris', 'rows')}, v${d.version})`,
    );
    ctx.io.out(lines.join('\n') + '\n');
    return 0;
  },
};
