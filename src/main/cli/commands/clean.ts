/**
 * `satudata clean FILE|DATASET --recipe R.json …`: apply a recipe (docs/recipes.md).
 *
 * FILE → FILE needs no workspace: the file is read through the ingest pipeline (encoding,
 * dialect, title rows, header) as a stream, the rows flow through the compiled steps, and the
 * result is written atomically as machine CSV (`,`, UTF-8 without BOM, CRLF, no formula guard:
 * the output is a data file for further processing, not a spreadsheet).
 * DATASET applies the recipe inside the workspace as one new version (`satudata undo` undoes it).
 *
 * Exit codes: 0 every step applied; 1 some steps were skipped (reported, the rest applied);
 * 2 the recipe was refused (not JSON, unknown op, invalid parameters) or the input could not be
 * read — then nothing is written. The report file is written whenever the recipe was applied.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import type {
  Recipe,
  Row,
  StepCounts,
  StepReport,
  StepReportEntry,
  TableShape,
} from '../../../shared/model/step';
import { describeStep } from '../../core/clean/describe-step';
import { compilePipeline, summarizeReport } from '../../core/clean/pipeline';
import { MAX_RECIPE_BYTES, parseRecipe } from '../../core/clean/recipe';
import { atomicWrite } from '../../core/export/atomic-write';
import { MACHINE_CSV, writeCsvFile } from '../../core/export/csv-writer';
import { checkSource } from '../../core/ingest/import-source';
import { detectTable, readTable } from '../../core/ingest/import-table';
import type { ImportOptions } from '../../../shared/model/dataset';
import type { CliCommand, CliContext, Lang } from '../command';
import { t } from '../command';
import {
  parse,
  parseDelimiter,
  parseEncoding,
  parseFormat,
  requirePositional,
  usageError,
} from '../args';
import { progressBar } from '../progress';

const OPTIONS = {
  recipe: { type: 'string' },
  out: { type: 'string' },
  report: { type: 'string' },
  format: { type: 'string' },
  sheet: { type: 'string' },
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
} as const;

/** A dataset id as the workspace makes them; anything else is taken for a file path. */
const DATASET_ID = /^[A-Za-z0-9_-]+$/;

/** FILE when the argument is an existing file (or does not look like a dataset id). */
export function cleanMode(target: string | undefined): 'file' | 'dataset' {
  if (target === undefined) return 'file';
  try {
    if (existsSync(target) && statSync(target).isFile()) return 'file';
  } catch {
    // unreadable: treat as a file so the message names it
  }
  return DATASET_ID.test(target) && !existsSync(target) ? 'dataset' : 'file';
}

export interface CleanReportDoc {
  recipe: string;
  /** the input file's path, or the dataset id */
  input: string;
  /** FILE mode: the CSV written */
  output?: string;
  /** DATASET mode: the dataset's version afterwards and whether a new one was made */
  version?: number;
  created?: boolean;
  applied: number;
  skipped: number;
  steps: StepReportEntry[];
  /** rows of the result */
  rows: number;
}

function readRecipeText(path: string): string {
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    if (st.size > MAX_RECIPE_BYTES) {
      throw new AppError({
        kind: 'user-input',
        code: 'recipe-too-large',
        message: `Resep ${path} terlalu besar (lebih dari 20 MB).`,
        messageEn: `Recipe ${path} is too large (over 20 MB).`,
        file: path,
      });
    }
    return readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError({
      kind: 'user-input',
      code: 'recipe-unreadable',
      message: `Resep ${path} tidak bisa dibaca (tidak ada, sebuah folder, atau tanpa izin).`,
      messageEn: `Recipe ${path} cannot be read (missing, a folder, or no permission).`,
      file: path,
    });
  }
}

/** Parse the recipe file; a refusal names the file (exit 2, nothing written). */
function loadRecipe(path: string): { recipe: Recipe; text: string } {
  const text = readRecipeText(path);
  try {
    return { recipe: parseRecipe(text), text };
  } catch (err) {
    if (err instanceof AppError) {
      throw new AppError({ ...err.toData(), file: path });
    }
    throw err;
  }
}

/**
 * A bounded hand-over from the reader (push: readTable's callback) to the CSV writer (pull: an
 * async iterable). The reader waits while `MAX_QUEUED` batches are pending (backpressure); when
 * the writer stops early (a write error), the reader's next offer throws and reading stops.
 */
const MAX_QUEUED = 4;

class RowChannel {
  private queue: string[][][] = [];
  private ended = false;
  private failure: unknown = undefined;
  private stopped: unknown = undefined;
  private wakeReader: (() => void) | null = null;
  private wakeWriter: (() => void) | null = null;

  /** The writer gave up (or never started): the reader's next offer throws `reason`. */
  stop(reason: unknown): void {
    this.stopped ??= reason;
    this.wakeReader = RowChannel.wake(this.wakeReader);
  }

  isStopReason(err: unknown): boolean {
    return this.stopped !== undefined && err === this.stopped;
  }

  private static wake(fn: (() => void) | null): null {
    fn?.();
    return null;
  }

  async offer(batch: string[][]): Promise<void> {
    if (this.stopped !== undefined) throw this.stopped;
    if (batch.length > 0) this.queue.push(batch);
    this.wakeWriter = RowChannel.wake(this.wakeWriter);
    while (this.queue.length >= MAX_QUEUED && this.stopped === undefined) {
      await new Promise<void>((r) => (this.wakeReader = r));
    }
    if (this.stopped !== undefined) throw this.stopped;
  }

  end(): void {
    this.ended = true;
    this.wakeWriter = RowChannel.wake(this.wakeWriter);
  }

  fail(err: unknown): void {
    this.failure = err;
    this.ended = true;
    this.wakeWriter = RowChannel.wake(this.wakeWriter);
  }

  async *rows(): AsyncGenerator<string[]> {
    try {
      for (;;) {
        const batch = this.queue.shift();
        if (batch) {
          this.wakeReader = RowChannel.wake(this.wakeReader);
          yield* batch;
          continue;
        }
        if (this.failure !== undefined) throw this.failure;
        if (this.ended) return;
        await new Promise<void>((r) => (this.wakeWriter = r));
      }
    } finally {
      if (!this.ended) this.stop(new Error('the CSV writer stopped'));
    }
  }
}

/** Read FILE, apply the recipe, write OUT.csv atomically; the report of every step. */
export async function cleanFileToFile(
  input: string,
  recipe: Recipe,
  outPath: string,
  options: ImportOptions,
  onProgress?: (bytes: number, total: number, rows: number) => void,
): Promise<{ report: StepReport; rows: number; shape: TableShape }> {
  const source = checkSource(input);
  const table = await detectTable(source, options);
  const width = Math.max(table.layout.columnCount, 1);
  const shape: TableShape = { columns: [] };
  for (let i = 0; i < width; i++) {
    shape.columns.push({
      name: table.layout.names[i] ?? `kolom_${i + 1}`,
      label: table.layout.labels[i] ?? '',
    });
  }
  const pipeline = compilePipeline(shape, recipe.steps);
  const channel = new RowChannel();
  let out: string[][] = [];
  const emit = (r: Row): void => {
    out.push(r.cells);
  };
  let bytes = 0;
  let rowsRead = 0;
  const reading = readTable(
    table,
    onProgress
      ? {
          onBytes: (chunk) => {
            bytes += chunk.length;
          },
        }
      : {},
    async (batch) => {
      for (const r of batch) pipeline.push({ line: r.line, cells: r.cells }, emit);
      rowsRead += batch.length;
      onProgress?.(
        table.format === 'xlsx' ? rowsRead : bytes,
        table.format === 'xlsx' ? (table.xlsxRows?.length ?? 0) : source.size,
        rowsRead,
      );
      const ready = out;
      out = [];
      await channel.offer(ready);
    },
  ).then(
    () => {
      pipeline.end(emit);
      const rest = out;
      out = [];
      return channel.offer(rest).then(() => channel.end());
    },
    (err: unknown) => {
      channel.fail(err);
      throw err;
    },
  );
  reading.catch(() => undefined);
  let written: { rows: number };
  try {
    written = await writeCsvFile(
      { columns: pipeline.shape.columns, rows: () => channel.rows() },
      outPath,
      MACHINE_CSV,
    );
  } catch (err) {
    // the writer failed (or never started): stop the reader, and report a read error as such
    channel.stop(err);
    const readErr = await reading.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (readErr !== undefined && !channel.isStopReason(readErr)) throw readErr;
    throw err;
  }
  await reading;
  return { report: pipeline.report, rows: written.rows, shape: pipeline.shape };
}

function countsText(c: StepCounts, lang: Lang): string {
  const parts: string[] = [];
  const n = (v: number): string => v.toLocaleString(lang === 'en' ? 'en-US' : 'id-ID');
  if (c.cellsChanged)
    parts.push(t(lang, `${n(c.cellsChanged)} sel diubah`, `${n(c.cellsChanged)} cells changed`));
  if (c.rowsRemoved)
    parts.push(t(lang, `${n(c.rowsRemoved)} baris dihapus`, `${n(c.rowsRemoved)} rows removed`));
  if (c.rowsAdded)
    parts.push(t(lang, `${n(c.rowsAdded)} baris ditambah`, `${n(c.rowsAdded)} rows added`));
  if (c.columnsAdded)
    parts.push(
      t(lang, `${n(c.columnsAdded)} kolom ditambah`, `${n(c.columnsAdded)} columns added`),
    );
  if (c.columnsRemoved)
    parts.push(
      t(lang, `${n(c.columnsRemoved)} kolom dihapus`, `${n(c.columnsRemoved)} columns removed`),
    );
  if (c.unparsed)
    parts.push(
      t(lang, `${n(c.unparsed)} nilai tidak terbaca`, `${n(c.unparsed)} values not parsed`),
    );
  return parts.length > 0 ? parts.join(', ') : t(lang, 'tidak ada perubahan', 'no change');
}

/** The human summary (stderr): one line per step, skipped steps with their reason. */
export function reportText(doc: CleanReportDoc, recipe: Recipe, lang: Lang): string {
  const lines: string[] = [];
  for (const s of doc.steps) {
    const step = recipe.steps[s.index];
    const d = step ? describeStep(step) : { id: s.op, en: s.op };
    const label = `${s.index + 1}. ${lang === 'en' ? d.en : d.id}`;
    if (s.status === 'skipped') {
      const why = s.reason ? (lang === 'en' ? s.reason.messageEn : s.reason.message) : '';
      lines.push(`  ${label} — ${t(lang, 'DILEWATI', 'SKIPPED')}: ${why}`);
    } else {
      lines.push(`  ${label} — ${countsText(s.counts, lang)}`);
    }
  }
  const rows = doc.rows.toLocaleString(lang === 'en' ? 'en-US' : 'id-ID');
  lines.push(
    t(
      lang,
      `${doc.applied} langkah diterapkan, ${doc.skipped} dilewati; hasil ${rows} baris.`,
      `${doc.applied} steps applied, ${doc.skipped} skipped; ${rows} rows in the result.`,
    ),
  );
  return lines.join('\n') + '\n';
}

async function writeReport(path: string, doc: CleanReportDoc): Promise<void> {
  await atomicWrite(path, (tmp) => writeFile(tmp, `${JSON.stringify(doc, null, 2)}\n`, 'utf8'));
}

async function finish(
  ctx: CliContext,
  doc: CleanReportDoc,
  recipe: Recipe,
  format: 'text' | 'json',
  reportPath: string | undefined,
  where: string,
): Promise<number> {
  if (reportPath) await writeReport(reportPath, doc);
  if (format === 'json') ctx.io.out(JSON.stringify(doc) + '\n');
  else {
    ctx.io.err(reportText(doc, recipe, ctx.lang));
    ctx.io.err(where);
    if (reportPath) ctx.io.err(`${t(ctx.lang, 'Laporan', 'Report')}: ${reportPath}\n`);
  }
  return doc.skipped > 0 ? 1 : 0;
}

function docFrom(
  report: StepReport,
  base: Omit<CleanReportDoc, 'applied' | 'skipped' | 'steps'>,
): CleanReportDoc {
  const s = summarizeReport(report);
  const { rows, ...head } = base;
  return { ...head, applied: s.applied, skipped: s.skipped, steps: report.steps, rows };
}

export const cleanCommand: CliCommand = {
  name: 'clean',
  summary: {
    id: 'Terapkan resep pembersihan pada berkas (ke berkas baru) atau pada dataset di ruang kerja',
    en: 'Apply a cleaning recipe to a file (into a new file) or to a dataset in the workspace',
  },
  usage: `satudata clean FILE --recipe RESEP.json --out HASIL.csv [--report LAPORAN.json] [--format text|json] [--sheet NAME] [--encoding E] [--delimiter D]
satudata clean DATASET --recipe RESEP.json [--report LAPORAN.json] [--format text|json] [--workspace PATH]

BERKAS → BERKAS tidak menyentuh ruang kerja. Hasilnya CSV mesin untuk diolah lebih lanjut (koma,
UTF-8 tanpa BOM, CRLF, tanpa pelindung rumus spreadsheet); untuk Excel pakai "satudata export".
DATASET: resep diterapkan sebagai satu versi baru; "satudata undo DATASET" membatalkannya utuh.
Langkah yang tidak dapat diterapkan (mis. kolomnya tidak ada) dilewati dan dilaporkan.
Kode keluar: 0 semua langkah diterapkan; 1 ada langkah dilewati (hasil dan laporan tetap ditulis);
2 resep ditolak (bukan JSON, op tidak dikenal, parameter salah) atau berkas tak terbaca: tidak ada
yang ditulis. Resep: docs/recipes.md.

FILE → FILE does not touch the workspace. The output is machine CSV for further processing
(comma, UTF-8 without BOM, CRLF, no spreadsheet formula guard); for Excel use "satudata export".
DATASET applies the recipe as one new version; "satudata undo DATASET" undoes it as a whole.
A step that cannot apply (e.g. its column is missing) is skipped and reported; the rest applies.
Exit codes: 0 every step applied; 1 some steps skipped (the output and the report are still
written); 2 the recipe was refused (not JSON, unknown op, invalid parameters) or the input is
unreadable: nothing is written. Recipes: docs/recipes.md.`,
  usesWorkspace: (argv) => {
    const { positionals } = parse(argv, OPTIONS);
    return cleanMode(positionals[0]) === 'dataset';
  },
  async run(ctx) {
    const { values, positionals } = parse(ctx.argv, OPTIONS);
    const target = requirePositional(positionals, 0, 'FILE atau DATASET', 'FILE or DATASET');
    if (positionals.length > 1) {
      throw usageError(
        `Terlalu banyak argumen: ${positionals.slice(1).join(' ')}`,
        `Too many arguments: ${positionals.slice(1).join(' ')}`,
      );
    }
    const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
    if (!values.recipe) {
      throw usageError('--recipe RESEP.json belum diberikan.', '--recipe RECIPE.json is missing.');
    }
    const mode = cleanMode(target);
    const recipePath = resolve(values.recipe);
    const reportPath = values.report ? resolve(values.report) : undefined;
    if (mode === 'dataset') {
      if (values.out) {
        throw usageError(
          '--out hanya untuk BERKAS → BERKAS. Untuk dataset di ruang kerja, ekspor hasilnya dengan "satudata export".',
          '--out is for FILE → FILE only. For a dataset in the workspace, export the result with "satudata export".',
        );
      }
      for (const o of ['sheet', 'encoding', 'delimiter'] as const) {
        if (values[o] !== undefined)
          throw usageError(`--${o} hanya untuk BERKAS.`, `--${o} is for a FILE only.`);
      }
    } else if (!values.out) {
      throw usageError('--out HASIL.csv belum diberikan.', '--out OUT.csv is missing.');
    }
    const { recipe, text } = loadRecipe(recipePath);

    if (mode === 'dataset') {
      const wb = ctx.workbench();
      const res = await wb.invoke('recipe:apply', { id: target, recipe: text });
      const doc = docFrom(res.report, {
        recipe: recipePath,
        input: target,
        version: res.version,
        created: res.created,
        rows: res.rowCount,
      });
      const where = res.created
        ? t(
            ctx.lang,
            `Dataset ${target}: versi baru ${res.version}.\n`,
            `Dataset ${target}: new version ${res.version}.\n`,
          )
        : t(
            ctx.lang,
            `Dataset ${target}: tidak ada langkah yang dapat diterapkan; versi tetap ${res.version}.\n`,
            `Dataset ${target}: no step could apply; the version stays ${res.version}.\n`,
          );
      return finish(ctx, doc, recipe, format, reportPath, where);
    }

    const input = resolve(target);
    const outPath = resolve(values.out as string);
    if (outPath === input || outPath === reportPath) {
      throw usageError(
        '--out harus berkas lain (bukan berkas masukan atau laporan).',
        '--out must be another file (not the input or the report).',
      );
    }
    const encoding = parseEncoding(values.encoding);
    const delimiter = parseDelimiter(values.delimiter);
    const bar = progressBar(ctx.io, t(ctx.lang, 'Membersihkan', 'Cleaning'));
    const result = await cleanFileToFile(
      input,
      recipe,
      outPath,
      {
        ...(encoding ? { encoding } : {}),
        ...(delimiter ? { delimiter } : {}),
        ...(values.sheet ? { sheet: values.sheet } : {}),
      },
      (done, total, rows) => bar.update(done, total, rows),
    );
    bar.done();
    const doc = docFrom(result.report, {
      recipe: recipePath,
      input,
      output: outPath,
      rows: result.rows,
    });
    return finish(
      ctx,
      doc,
      recipe,
      format,
      reportPath,
      `${t(ctx.lang, 'Hasil', 'Output')}: ${outPath}\n`,
    );
  },
};
