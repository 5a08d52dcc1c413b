/**
 * The rule engine: streams rows once through every rule and returns the report.
 *
 * - The first rows (sampleSize) are read ahead to derive column roles (and types, for columns
 *   that arrive without one), then replayed.
 * - Each cell is classified once (cell-kind.ts) and each row once (row-kind.ts); rules read
 *   these instead of re-parsing.
 * - Rules report occurrences; the collector groups them (collector.ts) and streams every single
 *   occurrence to `onCell` for hosts that keep per-cell detail.
 * - Every `yieldEvery` rows the engine yields to the event loop and checks the AbortSignal;
 *   a cancelled run throws AppError kind `cancelled`.
 */
import Ajv from 'ajv';
import { AppError } from '../../../shared/errors';
import type { CellFinding, Report, Severity } from '../../../shared/model/finding';
import { cellKindsFor } from './cell-kind';
import { FindingCollector } from './collector';
import { IdTable, RowHashes } from './hash';
import { buildColumns } from './columns';
import { RegionAnalysis } from './region-analysis';
import { buildReport } from './report';
import { RowClassifier } from './row-kind';
import { RULES } from './rules';
import {
  type InputRow,
  type Rule,
  type RuleContext,
  type RuleHooks,
  type RowView,
  type ValidationInput,
} from './types';

export interface ValidationProgress {
  rows: number;
  totalRows?: number;
}

export interface RunOptions {
  onProgress?: (p: ValidationProgress) => void;
  signal?: AbortSignal;
  /** every single occurrence, before grouping (store it for the per-cell view); return false
   *  to receive no more */
  onCell?: (cell: CellFinding) => unknown;
  /** the rules to run; default RULES */
  rules?: readonly Rule[];
  /** run only these codes */
  only?: readonly string[];
  /** skip these codes */
  exclude?: readonly string[];
  /** options per rule code, checked against each rule's optionsSchema */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** severity overrides per finding code */
  severity?: Record<string, Severity>;
  /** rows listed per grouped finding (default 1000) */
  maxRowsPerFinding?: number;
  /** groups per code and column before further values join one overflow finding (default 50) */
  maxGroupsPerColumn?: number;
  /** rows read ahead to derive column roles (default 1000) */
  sampleSize?: number;
  /** rows between progress events (default 10 000) */
  progressEvery?: number;
  /** rows between yields to the event loop / abort checks (default 8192) */
  yieldEvery?: number;
}

const ajv = new Ajv({ allErrors: true, useDefaults: false });
const compiledOptionSchemas = new WeakMap<object, ReturnType<typeof ajv.compile>>();

/** The error of a cancelled run (also thrown by hosts that run the engine in a worker). */
export function validationCancelled(): AppError {
  return new AppError({
    kind: 'cancelled',
    code: 'validation-cancelled',
    message: 'Validasi dibatalkan.',
    messageEn: 'Validation was cancelled.',
  });
}

function ruleOptions(
  rule: Rule,
  given: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const opts = { ...(rule.defaults ?? {}), ...(given ?? {}) };
  if (given && rule.optionsSchema) {
    let validate = compiledOptionSchemas.get(rule.optionsSchema);
    if (!validate) {
      validate = ajv.compile(rule.optionsSchema);
      compiledOptionSchemas.set(rule.optionsSchema, validate);
    }
    if (!validate(given)) {
      const detail = ajv.errorsText(validate.errors);
      throw new AppError({
        kind: 'invalid-argument',
        code: 'rule-options-invalid',
        message: `Opsi aturan "${rule.code}" tidak valid: ${detail}`,
        messageEn: `Options of rule "${rule.code}" are invalid: ${detail}`,
      });
    }
  }
  return opts;
}

function ruleFailure(rule: Rule, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const text = err instanceof Error ? err.message : String(err);
  return new AppError({
    kind: 'bug',
    code: 'rule-failed',
    message: `Aturan "${rule.code}" gagal: ${text}`,
    messageEn: `Rule "${rule.code}" failed: ${text}`,
  });
}

type AnyIterator = Iterator<InputRow> | AsyncIterator<InputRow>;

/**
 * An async row source that may already hold rows (e.g. a batch that arrived from another
 * thread): the engine takes those with `nextBuffered` and awaits `next()` only when it returns
 * undefined.
 */
export interface BufferedRows {
  nextBuffered(): InputRow | undefined;
}

function iteratorOf(rows: ValidationInput['rows']): { it: AnyIterator; async: boolean } {
  if (Symbol.asyncIterator in rows) {
    return { it: (rows as AsyncIterable<InputRow>)[Symbol.asyncIterator](), async: true };
  }
  return { it: (rows as Iterable<InputRow>)[Symbol.iterator](), async: false };
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Validate the rows of a dataset with the registered rules and return the report. */
export async function runValidation(
  input: ValidationInput,
  opts: RunOptions = {},
): Promise<Report> {
  if (opts.signal?.aborted) throw validationCancelled();
  const source = iteratorOf(input.rows);
  const state = { done: false };
  try {
    return await validate(input, opts, source, state);
  } finally {
    // release the source (e.g. a SQLite statement) when the run stops early
    if (!state.done) await source.it.return?.();
  }
}

async function validate(
  input: ValidationInput,
  opts: RunOptions,
  { it, async }: { it: AnyIterator; async: boolean },
  state: { done: boolean },
): Promise<Report> {
  const signal = opts.signal;
  const lang = input.context.lang;
  const width = input.columns.length;
  const sampleSize = opts.sampleSize ?? 1000;
  const yieldEvery = opts.yieldEvery ?? 8192;
  const progressEvery = opts.progressEvery ?? 10_000;

  // read ahead
  const sample: InputRow[] = [];
  while (sample.length < sampleSize) {
    const r = async
      ? await (it as AsyncIterator<InputRow>).next()
      : (it as Iterator<InputRow>).next();
    if (r.done) {
      state.done = true;
      break;
    }
    sample.push(r.value);
  }

  const columns = buildColumns(input.columns, {
    sample: sample.map((r) => r.cells),
    ...(input.primaryKey ? { primaryKey: input.primaryKey } : {}),
    ...(input.context.regions ? { regions: input.context.regions } : {}),
    ...(input.context.vocabularies ? { vocabularies: input.context.vocabularies } : {}),
  });

  const collector = new FindingCollector(columns, {
    lang,
    ...(opts.maxRowsPerFinding !== undefined ? { maxRows: opts.maxRowsPerFinding } : {}),
    ...(opts.maxGroupsPerColumn !== undefined ? { maxGroups: opts.maxGroupsPerColumn } : {}),
    ...(opts.onCell ? { onCell: opts.onCell } : {}),
    ...(opts.severity ? { severity: opts.severity } : {}),
  });

  const shared = new Map<string, unknown>();
  // row hashes made here so that they can use the rows' dictionary ids (see hash.ts)
  const hashes = new RowHashes(width);
  shared.set('row-hashes', hashes);
  // kind + 1 per column and dictionary id (0: not classified yet)
  const kindsById = new IdTable(width);
  const regions = new RegionAnalysis(input.context.regions, columns);
  shared.set('region-analysis', regions);
  const inputWithoutRows: Omit<ValidationInput, 'rows'> = { ...input };
  delete (inputWithoutRows as Partial<ValidationInput>).rows;

  let rules = opts.rules ?? RULES;
  if (opts.only) {
    const only = new Set(opts.only);
    rules = rules.filter((r) => only.has(r.code));
  }
  if (opts.exclude) {
    const exclude = new Set(opts.exclude);
    rules = rules.filter((r) => !exclude.has(r.code));
  }

  const active: { rule: Rule; hooks: RuleHooks }[] = [];
  for (const rule of rules) {
    const ctx: RuleContext = {
      columns,
      width,
      headerRow: input.headerRow,
      lang,
      regions: input.context.regions,
      input: inputWithoutRows,
      options: ruleOptions(rule, opts.ruleOptions?.[rule.code]),
      shared<T>(key: string, make: () => T): T {
        if (!shared.has(key)) shared.set(key, make());
        return shared.get(key) as T;
      },
      report: (f) => collector.add(rule.code, f),
    };
    try {
      active.push({ rule, hooks: rule.create(ctx) });
    } catch (err) {
      throw ruleFailure(rule, err);
    }
  }
  for (const a of active) {
    try {
      a.hooks.start?.();
    } catch (err) {
      throw ruleFailure(a.rule, err);
    }
  }
  const rowHooks = active.filter((a) => a.hooks.row);
  const rowFns = rowHooks.map((a) => (a.hooks.row as (r: RowView) => void).bind(a.hooks));
  const hookCount = rowFns.length;

  const classifier = new RowClassifier(columns, regions);
  const kindOf = cellKindsFor(input.missingValues);
  // kinds given with the rows are the default classification (see InputRow.kinds)
  const useGivenKinds = (input.missingValues ?? []).length === 0;
  const kinds = new Uint8Array(width);
  const prevCells: (string | undefined)[] = new Array<string | undefined>(width).fill(undefined);
  /** false after rows with precomputed kinds: prevCells no longer match `kinds` */
  let prevValid = true;
  const view: { -readonly [K in keyof RowView]: RowView[K] } = {
    line: 0,
    cells: [],
    width: 0,
    kinds,
    kind: 'data',
    ids: undefined,
    idAt: 0,
  };
  let count = 0;
  const totalRows = input.rowCount;
  const progress = (): void => {
    opts.onProgress?.(totalRows === undefined ? { rows: count } : { rows: count, totalRows });
  };

  const process = (row: InputRow): void => {
    let cells = row.cells;
    if (cells.length < width) {
      const padded = cells.slice();
      while (padded.length < width) padded.push('');
      cells = padded;
    }
    const ids = row.ids;
    const at = row.idAt ?? 0;
    const given = useGivenKinds ? row.kinds : undefined;
    if (given !== undefined) {
      // classified by the sender (InputRow.kinds)
      for (let i = 0; i < width; i++) kinds[i] = given[at + i] ?? 0;
      prevValid = false;
    } else {
      if (!prevValid) {
        prevCells.fill(undefined);
        prevValid = true;
      }
      for (let i = 0; i < width; i++) {
        const v = cells[i] ?? '';
        // a value repeated from the row above keeps its kind (the buffer still holds it)
        if (v === prevCells[i]) continue;
        prevCells[i] = v;
        // a value with a dictionary id is classified once per distinct value
        const id = ids ? (ids[at + i] ?? -1) : -1;
        let k = id >= 0 ? kindsById.get(i, id) - 1 : -1;
        if (k < 0) {
          k = kindOf(v);
          if (id >= 0) kindsById.set(i, id, k + 1);
        }
        kinds[i] = k;
      }
    }
    hashes.ids = ids;
    hashes.idAt = at;
    hashes.given1 = row.h1;
    hashes.given2 = row.h2;
    view.ids = ids;
    view.idAt = at;
    view.line = row.line;
    view.cells = cells;
    view.width = row.cells.length;
    view.kind = classifier.classify(cells, kinds, width, ids, at);
    let h = 0;
    try {
      for (; h < hookCount; h++) (rowFns[h] as (r: RowView) => void)(view);
    } catch (err) {
      throw ruleFailure((rowHooks[h] as (typeof rowHooks)[number]).rule, err);
    }
    count++;
  };

  const step = async (): Promise<void> => {
    if (count % progressEvery === 0) progress();
    if (count % yieldEvery === 0) {
      await nextTick();
      if (signal?.aborted) throw validationCancelled();
    }
  };

  progress();
  for (const row of sample) {
    process(row);
    await step();
  }
  if (!state.done) {
    if (async) {
      const ait = it as AsyncIterator<InputRow> & Partial<BufferedRows>;
      // rows already buffered are taken without a promise each
      const buffered = ait.nextBuffered?.bind(ait);
      for (;;) {
        let row = buffered?.();
        if (row === undefined) {
          const r = await ait.next();
          if (r.done) {
            state.done = true;
            break;
          }
          row = r.value;
        }
        process(row);
        if (count % yieldEvery === 0 || count % progressEvery === 0) await step();
      }
    } else {
      const sit = it as Iterator<InputRow>;
      for (;;) {
        const r = sit.next();
        if (r.done) {
          state.done = true;
          break;
        }
        process(r.value);
        if (count % yieldEvery === 0 || count % progressEvery === 0) await step();
      }
    }
  }
  if (signal?.aborted) throw validationCancelled();

  for (const a of active) {
    try {
      a.hooks.end?.();
    } catch (err) {
      throw ruleFailure(a.rule, err);
    }
  }
  progress();
  return buildReport(collector.findings(), { rowCount: count, lang });
}
