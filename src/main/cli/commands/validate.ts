import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { CliCommand, CliContext } from '../command';
import { t } from '../command';
import { parse, parseFormat, requirePositional, usageError } from '../args';
import { AppError } from '../../../shared/errors';
import { createWorkbench, defaultReferenceDir } from '../../core/workbench';
import { validateCsvFile } from '../../core/services/validate-file';
import { openReferenceStore } from '../../core/reference/reference-store';
import { getProfile } from '../../core/metadata';
import type { Report } from '../../../shared/model/finding';
import { validateDataset } from '../../core/services/validation-handlers';
import { renderReportHtml, renderReportText } from '../../core/validate';
import { atomicWrite } from '../../core/export/atomic-write';
import { writeFile } from 'node:fs/promises';
import { sanitizeDoc } from '../../core/metadata';
import { progressBar } from '../progress';

function readMetadataFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new AppError({
      kind: 'user-input',
      code: 'metadata-file-unreadable',
      message: `Berkas metadata ${path} tidak dapat dibaca.`,
      messageEn: `Metadata file ${path} cannot be read.`,
      file: path,
    });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new AppError({
      kind: 'user-input',
      code: 'metadata-not-json',
      message: `Berkas metadata ${path} bukan JSON yang valid.`,
      messageEn: `Metadata file ${path} is not valid JSON.`,
      file: path,
    });
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new AppError({
      kind: 'user-input',
      code: 'metadata-not-object',
      message: `Berkas metadata ${path} harus berisi satu objek JSON.`,
      messageEn: `Metadata file ${path} must hold one JSON object.`,
      file: path,
    });
  }
  return sanitizeDoc(doc).doc as Record<string, unknown>;
}

/** `validate FILE` works on a throw-away workspace so the steward's workspace is untouched. */
function isFileArgument(arg: string): boolean {
  return existsSync(arg) || /[\\/]|\.(csv|tsv|txt|xlsx)$/i.test(arg);
}

/**
 * A file the fast path does not read (XLSX; or no built workers): imported into a throw-away
 * workspace, validated there, and the workspace removed.
 */
async function validateInScratchWorkspace(
  file: string,
  lang: 'id' | 'en',
  metadata: { profile: string; doc: Record<string, unknown> } | undefined,
  bar: ReturnType<typeof progressBar>,
): Promise<Report> {
  const temp = mkdtempSync(join(tmpdir(), 'satudata-validate-'));
  try {
    const wb = await createWorkbench({ workspacePath: join(temp, 'validate.db'), host: 'cli' });
    try {
      const summary = await wb.invoke('datasets:import', { source: { path: file } });
      const run = await validateDataset(wb.context, summary.id, {
        lang,
        ...(metadata ? { metadata } : {}),
        onProgress: (rows, total) => bar.update(rows, total ?? rows, rows),
      });
      return run.report;
    } finally {
      wb.close();
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: {
    id: 'Periksa berkas atau dataset terhadap prinsip Satu Data; laporan teks/JSON/HTML',
    en: 'Check a file or dataset against the Satu Data principles; text/JSON/HTML report',
  },
  usage:
    'satudata validate FILE|DATASET [--profile NAME] [--metadata FILE.json] [--format text|json|html] [--out PATH] [--lang id|en] [--workspace PATH]\n\nExit: 0 no errors, 1 errors in the data, 2 bad usage or unreadable input.',
  usesWorkspace: (argv) => {
    const target = argv.find((a) => !a.startsWith('--'));
    return target !== undefined && !isFileArgument(target);
  },
  async run(ctx: CliContext) {
    const { values, positionals } = parse(ctx.argv, {
      profile: { type: 'string' },
      metadata: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    });
    const target = requirePositional(positionals, 0, 'FILE atau DATASET', 'FILE or DATASET');
    const format = parseFormat(values.format, ['text', 'json', 'html'] as const, 'text');
    const doc = values.metadata ? readMetadataFile(resolve(values.metadata)) : undefined;
    const profile =
      values.profile ??
      (doc && typeof doc['profil'] === 'string' ? doc['profil'] : doc ? 'sdi-dataset' : undefined);

    const bar = progressBar(ctx.io, t(ctx.lang, 'Memeriksa', 'Checking'));
    const metadata = doc && profile ? { profile, doc } : profile ? { profile, doc: {} } : undefined;
    if (metadata) getProfile(metadata.profile); // unknown profile → a clear error listing the known ones
    let report: Report | null = null;
    let name = target;
    if (isFileArgument(target)) {
      const file = resolve(target);
      if (existsSync(file) && statSync(file).isDirectory()) {
        throw usageError(
          `${target} adalah folder, bukan berkas.`,
          `${target} is a folder, not a file.`,
        );
      }
      name = basename(file);
      const referenceDir = defaultReferenceDir();
      const reference = openReferenceStore({ dir: referenceDir });
      try {
        report = await validateCsvFile(file, {
          lang: ctx.lang,
          ...(metadata ? { metadata } : {}),
          reference,
          referenceDir,
          onProgress: (fraction, rows) => bar.update(fraction, 1, rows),
        });
      } finally {
        reference.close();
      }
      report ??= await validateInScratchWorkspace(file, ctx.lang, metadata, bar);
    } else {
      const wb = ctx.workbench();
      name = (await wb.invoke('datasets:get', { id: target })).name;
      const run = await validateDataset(wb.context, target, {
        lang: ctx.lang,
        ...(profile ? { profile } : {}),
        ...(metadata && doc ? { metadata } : {}),
        onProgress: (rows, total) => bar.update(rows, total ?? rows, rows),
      });
      report = run.report;
    }
    bar.done();
    const text =
      format === 'json'
        ? JSON.stringify(report) + '\n'
        : format === 'html'
          ? renderReportHtml(report, { lang: ctx.lang, datasetName: name })
          : renderReportText(report, { lang: ctx.lang, datasetName: name });
    if (values.out) {
      const out = resolve(values.out);
      await atomicWrite(out, (tmp) => writeFile(tmp, text));
      ctx.io.err(t(ctx.lang, `Laporan ditulis ke ${out}\n`, `Report written to ${out}\n`));
    } else ctx.io.out(text);
    return report.valid ? 0 : 1;
  },
};
