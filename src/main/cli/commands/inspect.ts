import { resolve } from 'node:path';
import type { CliCommand } from '../command';
import { t } from '../command';
import {
  parse,
  parseCount,
  parseDelimiter,
  parseEncoding,
  parseFormat,
  requirePositional,
} from '../args';
import { inspectFile } from '../../core/ingest/import-file';

const DELIMITER_NAMES: Record<string, [string, string]> = {
  ',': ['koma (,)', 'comma (,)'],
  ';': ['titik koma (;)', 'semicolon (;)'],
  '\t': ['tab', 'tab'],
  '|': ['garis tegak (|)', 'pipe (|)'],
};

export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: {
    id: 'Periksa berkas CSV/XLSX: pengodean, pemisah, baris judul kolom, jumlah baris',
    en: 'Inspect a CSV/XLSX file: encoding, delimiter, header, row count',
  },
  usesWorkspace: () => false,
  usage: `satudata inspect FILE [--rows N] [--sheet NAME] [--encoding E] [--delimiter D] [--no-header] [--header-row N] [--format text|json]`,
  async run(ctx) {
    const { values, positionals } = parse(ctx.argv, {
      rows: { type: 'string' },
      sheet: { type: 'string' },
      encoding: { type: 'string' },
      delimiter: { type: 'string' },
      'no-header': { type: 'boolean' },
      'header-row': { type: 'string' },
      format: { type: 'string' },
    });
    const file = requirePositional(positionals, 0, 'Berkas', 'FILE');
    const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
    const rows = parseCount(values.rows, '--rows', format === 'json' ? 20 : 5);
    const encoding = parseEncoding(values.encoding);
    const delimiter = parseDelimiter(values.delimiter);
    const result = await inspectFile(
      resolve(file),
      undefined,
      {
        ...(encoding ? { encoding } : {}),
        ...(delimiter ? { delimiter } : {}),
        ...(values.sheet ? { sheet: values.sheet } : {}),
        ...(values['no-header'] ? { noHeader: true } : {}),
        ...(values['header-row'] !== undefined
          ? { headerRow: parseCount(values['header-row'], '--header-row', 1) }
          : {}),
      },
      rows,
    );
    if (format === 'json') {
      ctx.io.out(JSON.stringify(result) + '\n');
      return 0;
    }
    const L = ctx.lang;
    const delim = DELIMITER_NAMES[result.dialect.delimiter] ?? [
      result.dialect.delimiter,
      result.dialect.delimiter,
    ];
    const lines = [
      `${t(L, 'Format', 'Format')}: ${result.format.toUpperCase()}${result.sheet ? ` (${t(L, 'lembar', 'sheet')} ${result.sheet})` : ''}`,
      ...(result.sheets && result.sheets.length > 1
        ? [`${t(L, 'Lembar', 'Sheets')}: ${result.sheets.join(', ')}`]
        : []),
      `${t(L, 'Pengodean', 'Encoding')}: ${result.encoding}`,
      ...(result.format === 'csv'
        ? [
            `${t(L, 'Pemisah kolom', 'Delimiter')}: ${L === 'en' ? delim[1] : delim[0]}`,
            `${t(L, 'Akhir baris', 'Line ends')}: ${JSON.stringify(result.dialect.lineTerminator)}`,
          ]
        : []),
      ...(result.title ? [`${t(L, 'Judul', 'Title')}: ${result.title}`] : []),
      `${t(L, 'Baris judul kolom', 'Header row')}: ${result.headerRow || t(L, 'tidak ada', 'none')}`,
      `${t(L, 'Kolom', 'Columns')} (${result.header.length}): ${result.header.join(' | ')}`,
      `${t(L, 'Baris data', 'Data rows')}: ${result.rowCount.toLocaleString(L === 'en' ? 'en-US' : 'id-ID')}`,
      ...(result.notes?.length ? [`${t(L, 'Catatan', 'Notes')}: ${result.notes.join(' / ')}`] : []),
    ];
    const typed = (result.columns ?? []).filter((c) => c.inferred);
    if (typed.length > 0) {
      lines.push(t(L, 'Tipe kolom (dugaan):', 'Column types (inferred):'));
      for (const c of typed) {
        const inf = c.inferred as NonNullable<typeof c.inferred>;
        const extra = [inf.detail, inf.locale].filter((x) => x !== undefined).join(', ');
        const share = inf.confidence < 1 ? ` ${Math.round(inf.confidence * 100)}%` : '';
        lines.push(`  ${c.label || c.name}: ${inf.type}${extra ? ` (${extra})` : ''}${share}`);
      }
    }
    if (result.rows.length > 0) {
      lines.push(
        '',
        t(L, `${result.rows.length} baris pertama:`, `First ${result.rows.length} rows:`),
      );
      for (const r of result.rows) lines.push(`  ${r.join(' | ')}`);
    }
    ctx.io.out(lines.join('\n') + '\n');
    return 0;
  },
};
