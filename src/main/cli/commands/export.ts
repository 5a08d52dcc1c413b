import { resolve } from 'node:path';
import type { CliCommand } from '../command';
import { t } from '../command';
import { parse, parseFormat, requirePositional, usageError } from '../args';

const FORMATS = ['csv'] as const;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: { id: 'Ekspor dataset ke berkas', en: 'Export a dataset to a file' },
  usage:
    'satudata export DATASET --format csv --out PATH [--bom] [--delimiter ,|;] [--workspace PATH]',
  async run(ctx) {
    const { values, positionals } = parse(ctx.argv, {
      format: { type: 'string' },
      out: { type: 'string' },
      bom: { type: 'boolean' },
      delimiter: { type: 'string' },
    });
    const id = requirePositional(positionals, 0, 'DATASET', 'DATASET');
    const format = parseFormat(values.format, FORMATS, 'csv');
    if (!values.out) throw usageError('--out PATH belum diberikan.', '--out PATH is missing.');
    const delimiter = values.delimiter;
    if (delimiter !== undefined && delimiter !== ',' && delimiter !== ';') {
      throw usageError('--delimiter harus , atau ;', '--delimiter must be , or ;');
    }
    const res = await ctx.workbench().invoke('export:csv', {
      id,
      target: { path: resolve(values.out) },
      options: {
        ...(values.bom ? { bom: true } : {}),
        ...(delimiter ? { delimiter } : {}),
      },
    });
    ctx.io.err(
      t(
        ctx.lang,
        `Diekspor (${format.toUpperCase()}): ${res.path ?? res.fileName} (${res.bytes.toLocaleString('id-ID')} bita)\n`,
        `Exported (${format.toUpperCase()}): ${res.path ?? res.fileName} (${res.bytes} bytes)\n`,
      ),
    );
    return 0;
  },
};
