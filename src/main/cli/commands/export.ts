import { resolve } from 'node:path';
import type { CliCommand } from '../command';
import { t } from '../command';
import { parse, parseFormat, requirePositional, usageError } from '../args';
import { EXPORT_FORMAT_CODES } from '../../../shared/model/export';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: { id: 'Ekspor dataset ke berkas', en: 'Export a dataset to a file' },
  usage: `satudata export DATASET --format ${EXPORT_FORMAT_CODES.join('|')} --out PATH [--bom] [--delimiter ,|;] [--allow-personal-data COL,… --reason TEXT] [--workspace PATH]

  csv, xlsx      for spreadsheets: cells that look like formulas get a leading ' (formula guard)
  json           array of objects, values unchanged
  datapackage    Frictionless Data Package: a folder, or a zip when PATH ends in .zip
  ckan           CKAN package_create JSON (SDI extras)
  dcat, dcat-ttl DCAT-AP as JSON-LD / Turtle
  schemaorg      schema.org Dataset JSON-LD
  pod            Project Open Data data.json entry (harvested by data.go.id)

A dataset whose columns still hold personal data (NIK, No. KK, NPWP, phone, e-mail…) is refused
(exit 2) until they are masked or dropped, or named with --allow-personal-data and --reason.`,
  async run(ctx) {
    const { values, positionals } = parse(ctx.argv, {
      format: { type: 'string' },
      out: { type: 'string' },
      bom: { type: 'boolean' },
      delimiter: { type: 'string' },
      'allow-personal-data': { type: 'string' },
      reason: { type: 'string' },
    });
    const id = requirePositional(positionals, 0, 'DATASET', 'DATASET');
    const format = parseFormat(values.format, EXPORT_FORMAT_CODES, 'csv');
    if (!values.out) throw usageError('--out PATH belum diberikan.', '--out PATH is missing.');
    const delimiter = values.delimiter;
    if (delimiter !== undefined && delimiter !== ',' && delimiter !== ';') {
      throw usageError('--delimiter harus , atau ;', '--delimiter must be , or ;');
    }
    const allow = values['allow-personal-data']
      ?.split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    if (allow?.length && !values.reason) {
      throw usageError(
        '--allow-personal-data memerlukan --reason "alasan" (dicatat di log audit).',
        '--allow-personal-data needs --reason "why" (recorded in the audit log).',
      );
    }
    const res = await ctx.workbench().invoke('export:dataset', {
      id,
      format,
      target: { path: resolve(values.out) },
      options: {
        ...(values.bom ? { bom: true } : {}),
        ...(delimiter ? { delimiter } : {}),
        ...(allow?.length ? { allowPersonalData: allow } : {}),
        ...(values.reason ? { reason: values.reason } : {}),
      },
    });
    for (const w of res.warnings) {
      ctx.io.err(
        `${t(ctx.lang, 'Peringatan', 'Warning')} [${w.field}]: ${ctx.lang === 'en' ? w.messageEn : w.message}\n`,
      );
    }
    ctx.io.err(
      t(
        ctx.lang,
        `Diekspor (${format}): ${res.path ?? res.fileName} (${res.bytes.toLocaleString('id-ID')} bita, ${res.rows.toLocaleString('id-ID')} baris)\n`,
        `Exported (${format}): ${res.path ?? res.fileName} (${res.bytes} bytes, ${res.rows} rows)\n`,
      ),
    );
    return 0;
  },
};
