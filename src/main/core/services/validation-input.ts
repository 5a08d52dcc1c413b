/**
 * The validator's input for a dataset in the workspace: the current working table's columns
 * (with the types inferred at import), its rows streamed from SQLite, the header facts from the
 * import, the current metadata, and the reference store. Built in one place for every caller
 * (validate handler, CLI, privacy gate, catalog).
 */
import { toAppErrorData } from '../../../shared/errors';
import { getColumns, getDatasetRecord } from '../store/datasets';
import { currentTable } from '../store/working-table';
import { readRowBatches } from '../store/row-text-batches';
import { createRowDecoder, createRowEncoder } from './validation-row-codec';
import { cellKindsFor } from '../validate/cell-kind';
import { MetadataStore, validateMetadata } from '../metadata';
import type { InputColumn, InputRow, ValidationContext, ValidationInput } from '../validate/types';
import type { ReferenceStore } from '../reference/reference-store';
import { regionsForValidator } from './region-adapters';
import type { ServiceContext } from './context';

/** What the validator is told about a table besides its rows, however the table was read. */
export interface TableFacts {
  columns: InputColumn[];
  /** the file's line (or sheet row) of the last header row */
  headerRow: number;
  title: string | null;
  notes: string[];
  rowCount: number;
  datasetName: string;
  /** how a CSV was read (encoding, delimiter); absent for XLSX */
  source?: { encoding: string; delimiter: string };
}

export interface InputOptions {
  lang?: 'id' | 'en';
  metadata?: { profile: string; doc: Record<string, unknown> };
}

/** The validator's input from the facts of a table and its rows (dataset or file alike). */
export function validationInputOf(
  facts: TableFacts,
  rows: ValidationInput['rows'],
  store: ReferenceStore,
  opts: InputOptions,
): ValidationInput {
  return {
    columns: facts.columns,
    headerRow: facts.headerRow,
    ...(facts.title ? { titleLines: [facts.title] } : {}),
    ...(facts.notes.length ? { notes: facts.notes } : {}),
    rows,
    rowCount: facts.rowCount,
    ...(opts.metadata ? { metadata: opts.metadata } : {}),
    datasetName: facts.datasetName,
    // the header rows themselves are not stored
    ...(facts.source ? { source: facts.source } : {}),
    context: validationContext(store, opts.lang ?? 'id'),
  };
}

export function validationInputFor(
  ctx: ServiceContext,
  datasetId: string,
  opts: InputOptions = {},
): ValidationInput {
  const d = getDatasetRecord(ctx.db, datasetId);
  const t = currentTable(ctx.db, d.id);
  const imported = getColumns(ctx.db, d.id);
  const byName = new Map(imported.map((c) => [c.name, c]));
  const columns: InputColumn[] = t.columns.map((c, index) => {
    const col: InputColumn = { index, label: c.label, name: c.name };
    const from = byName.get(c.name);
    // the inferred type holds while the column is the imported one (same name and label)
    if (from?.inferred && from.label === c.label && t.version === 1) col.inferred = from.inferred;
    return col;
  });
  const current =
    opts.metadata ??
    (() => {
      const m = new MetadataStore(ctx.db).current(d.id);
      return m ? { profile: m.profile, doc: m.doc } : undefined;
    })();
  const rows = function* (): Generator<InputRow> {
    // the same encoding as on the way to the validation worker
    const encode = createRowEncoder(t.columns.length, cellKindsFor(undefined));
    const decode = createRowDecoder(t.columns.length);
    for (const batch of readRowBatches(ctx.db, t)) yield* decode(encode(batch));
  };
  const facts: TableFacts = {
    columns,
    headerRow: d.headerRow,
    title: d.title,
    notes: d.notes,
    rowCount: t.rowCount,
    datasetName: d.name,
    ...(d.format === 'csv' ? { source: { encoding: d.encoding, delimiter: d.delimiter } } : {}),
  };
  return validationInputOf(facts, rows(), ctx.reference(), {
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(current ? { metadata: current } : {}),
  });
}

/** The validator's context over the reference store (also built inside the validation worker). */
export function validationContext(store: ReferenceStore, lang: 'id' | 'en'): ValidationContext {
  return {
    regions: regionsForValidator(store),
    metadataValidator: (profile, doc) => {
      try {
        return validateMetadata(profile, doc, { reference: store }).problems.map((p) => ({
          path: p.path,
          message: p.message,
          messageEn: p.messageEn,
          ...(p.code === 'required' || p.code === 'missing' ? { kind: 'missing' as const } : {}),
        }));
      } catch (err) {
        // a document for another profile, or an unreadable one, is a finding — not a crash
        const e = toAppErrorData(err);
        return [{ path: '', message: e.message, messageEn: e.messageEn, kind: 'invalid' as const }];
      }
    },
    lang,
  };
}
