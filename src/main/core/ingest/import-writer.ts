/**
 * Writing an import into the workspace in ONE transaction: create `raw_<seq>`, insert the rows
 * in multi-row statements, then the dataset record, its columns, the blob and the audit entry,
 * and commit. Any failure or cancel rolls everything back, so the workspace stays as it was.
 *
 * The same writer runs inline (tests, small files) or in a worker thread (import-writer-worker.ts),
 * so that parsing and inserting use both cores.
 */
import type { Statement } from 'better-sqlite3';
import type { Column, GridRow } from '../../../shared/model/dataset';
import { createRawTable, insertCompleteSql, insertSql } from '../store/raw-table';
import { insertDataset, nextSeq, type DatasetRecord } from '../store/datasets';
import { registerBlob } from '../store/blobs';
import { recordAudit } from '../store/audit';
import { insertVersion } from '../store/working-table';
import { rawTableName } from '../store/raw-table';
import type { Db } from '../store/workspace';
import { splitCells, type EncodedRows } from './row-batch';

/**
 * Rows per INSERT statement (fewer for wide tables: a statement binds at most
 * MAX_BOUND_VALUES). Values are bound by spreading one reused array (better-sqlite3 binds
 * spread arguments ~25 % faster than an array argument). Binding is most of an import's cost
 * (measured: ~1.3 s of the ~2.5 s that 1M rows × 12 cells take to insert).
 */
const ROWS_PER_STATEMENT = 64;
/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER is 32766. */
const MAX_BOUND_VALUES = 32_000;

export interface FinishArgs {
  record: Omit<DatasetRecord, 'seq'>;
  columns: Column[];
  user: string;
}

/**
 * Rows waiting for one multi-row statement: `params` holds `width` bind values per row.
 * Complete rows (exactly the column count of cells) and ragged rows wait apart, because a
 * complete row binds fewer values; `line` is the primary key, so their order of insertion
 * does not matter.
 */
class PendingRows {
  readonly params: unknown[];
  rows = 0;
  constructor(
    readonly bulk: Statement<unknown[]>,
    readonly single: Statement<unknown[]>,
    readonly width: number,
    readonly rowsPerStatement: number,
  ) {
    this.params = new Array<unknown>(rowsPerStatement * width).fill(null);
  }

  /** Count the row just placed at `rows * width`; run the statement when it is full. */
  added(): void {
    if (++this.rows === this.rowsPerStatement) {
      this.bulk.run(...this.params);
      this.rows = 0;
    }
  }

  flush(): void {
    const w = this.width;
    for (let i = 0; i < this.rows; i++) this.single.run(...this.params.slice(i * w, (i + 1) * w));
    this.rows = 0;
  }
}

function rowsPerStatement(width: number): number {
  return Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_BOUND_VALUES / width)));
}

export class ImportWriter {
  private seq = 0;
  private columnCount = 0;
  /** rows with exactly `columnCount` cells: line, c0…cN-1 */
  private complete: PendingRows | null = null;
  /** other rows: line, ncells, c0…cN-1, extra */
  private ragged: PendingRows | null = null;
  private open = false;

  constructor(private readonly db: Db) {}

  begin(columnCount: number): number {
    this.db.exec('BEGIN IMMEDIATE');
    this.open = true;
    this.seq = nextSeq(this.db);
    this.columnCount = columnCount;
    createRawTable(this.db, this.seq, columnCount);
    const prep = (sql: string): Statement<unknown[]> => this.db.prepare<unknown[]>(sql);
    const cw = columnCount + 1;
    const cn = rowsPerStatement(cw);
    this.complete = new PendingRows(
      prep(insertCompleteSql(this.seq, columnCount, cn)),
      prep(insertCompleteSql(this.seq, columnCount, 1)),
      cw,
      cn,
    );
    const rw = columnCount + 3;
    const rn = rowsPerStatement(rw);
    this.ragged = new PendingRows(
      prep(insertSql(this.seq, columnCount, rn)),
      prep(insertSql(this.seq, columnCount, 1)),
      rw,
      rn,
    );
    return this.seq;
  }

  /** Queue one record from `cells[from … from + n)`. */
  private add(line: number, cells: readonly string[], from: number, n: number): void {
    const w = this.columnCount;
    if (n === w) {
      const q = this.complete as PendingRows;
      const p = q.params;
      let o = q.rows * q.width;
      p[o++] = line;
      for (let c = 0; c < w; c++) p[o++] = cells[from + c];
      q.added();
      return;
    }
    const q = this.ragged as PendingRows;
    const p = q.params;
    let o = q.rows * q.width;
    p[o++] = line;
    p[o++] = n;
    const upto = n < w ? n : w;
    for (let c = 0; c < upto; c++) p[o++] = cells[from + c];
    for (let c = upto; c < w; c++) p[o++] = null;
    p[o] = n > w ? JSON.stringify(cells.slice(from + w, from + n)) : null;
    q.added();
  }

  write(rows: readonly GridRow[]): void {
    if (!this.complete) throw new Error('ImportWriter.write before begin');
    for (const r of rows) this.add(r.line, r.cells, 0, r.cells.length);
  }

  /** Write a batch encoded by `encodeRows` (the worker's path). */
  writeEncoded(batch: EncodedRows): void {
    if (!this.complete) throw new Error('ImportWriter.write before begin');
    const cells = splitCells(batch);
    const { lines, counts } = batch;
    let k = 0;
    for (let r = 0; r < lines.length; r++) {
      const n = counts[r] as number;
      this.add(lines[r] as number, cells, k, n);
      k += n;
    }
  }

  private flush(): void {
    this.complete?.flush();
    this.ragged?.flush();
  }

  finish(args: FinishArgs): DatasetRecord {
    this.flush();
    const record: DatasetRecord = { ...args.record, seq: this.seq };
    registerBlob(this.db, record.sha256, record.size);
    insertDataset(this.db, record, args.columns);
    insertVersion(this.db, {
      datasetId: record.id,
      version: 1,
      parentVersion: null,
      tableName: rawTableName(this.seq),
      columns: args.columns.map((c) => ({ name: c.name, label: c.label })),
      rowCount: record.rowCount,
      user: args.user,
    });
    recordAudit(this.db, args.user, 'dataset.import', record.id, {
      file: record.fileName,
      sha256: record.sha256,
      rows: record.rowCount,
      columns: record.columnCount,
      encoding: record.encoding,
      delimiter: record.delimiter,
    });
    this.db.exec('COMMIT');
    this.open = false;
    return record;
  }

  abort(): void {
    if (this.open) {
      this.open = false;
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // the transaction may already be gone (e.g. SQLite rolled back on error)
      }
    }
  }
}
