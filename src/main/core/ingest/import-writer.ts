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
import { createRawTable, insertSql } from '../store/raw-table';
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
 * spread arguments ~25 % faster than an array argument).
 */
const ROWS_PER_STATEMENT = 64;
/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER is 32766. */
const MAX_BOUND_VALUES = 32_000;

export interface FinishArgs {
  record: Omit<DatasetRecord, 'seq'>;
  columns: Column[];
  user: string;
}

export class ImportWriter {
  private seq = 0;
  private columnCount = 0;
  private width = 0;
  private bulk: Statement<unknown[]> | null = null;
  private single: Statement<unknown[]> | null = null;
  /** bind values of the rows waiting for the next multi-row statement */
  private params: unknown[] = [];
  private pendingRows = 0;
  private rowsPerStatement = ROWS_PER_STATEMENT;
  private open = false;

  constructor(private readonly db: Db) {}

  begin(columnCount: number): number {
    this.db.exec('BEGIN IMMEDIATE');
    this.open = true;
    this.seq = nextSeq(this.db);
    this.columnCount = columnCount;
    this.width = columnCount + 3;
    createRawTable(this.db, this.seq, columnCount);
    this.rowsPerStatement = Math.max(
      1,
      Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_BOUND_VALUES / this.width)),
    );
    this.bulk = this.db.prepare<unknown[]>(insertSql(this.seq, columnCount, this.rowsPerStatement));
    this.single = this.db.prepare<unknown[]>(insertSql(this.seq, columnCount, 1));
    this.params = new Array<unknown>(this.rowsPerStatement * this.width).fill(null);
    this.pendingRows = 0;
    return this.seq;
  }

  /**
   * Queue one record: bind values line, ncells, c0…cN-1, extra (cells beyond the column
   * count, as a JSON array) from `cells[from … from + n)`.
   */
  private add(line: number, cells: readonly string[], from: number, n: number): void {
    const p = this.params;
    const w = this.columnCount;
    let o = this.pendingRows * this.width;
    p[o++] = line;
    p[o++] = n;
    if (n === w) {
      for (let c = 0; c < w; c++) p[o++] = cells[from + c];
      p[o] = null;
    } else {
      const upto = n < w ? n : w;
      for (let c = 0; c < upto; c++) p[o++] = cells[from + c];
      for (let c = upto; c < w; c++) p[o++] = null;
      p[o] = n > w ? JSON.stringify(cells.slice(from + w, from + n)) : null;
    }
    if (++this.pendingRows === this.rowsPerStatement) {
      (this.bulk as Statement<unknown[]>).run(...p);
      this.pendingRows = 0;
    }
  }

  write(rows: readonly GridRow[]): void {
    if (!this.bulk) throw new Error('ImportWriter.write before begin');
    for (const r of rows) this.add(r.line, r.cells, 0, r.cells.length);
  }

  /** Write a batch encoded by `encodeRows` (the worker's path). */
  writeEncoded(batch: EncodedRows): void {
    if (!this.bulk) throw new Error('ImportWriter.write before begin');
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
    const single = this.single;
    if (!single || this.pendingRows === 0) return;
    const width = this.width;
    for (let i = 0; i < this.pendingRows; i++) {
      single.run(...this.params.slice(i * width, (i + 1) * width));
    }
    this.pendingRows = 0;
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
