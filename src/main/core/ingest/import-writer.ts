/**
 * Writing an import into the workspace in ONE transaction: create `raw_<seq>`, insert the rows
 * in multi-row statements, then the dataset record, its columns, the blob and the audit entry,
 * and commit. Any failure or cancel rolls everything back, so the workspace stays as it was.
 *
 * The same writer runs inline (tests, small files) or in a worker thread (import-writer-worker.ts),
 * so that parsing and inserting use both cores.
 */
import type { Column, GridRow } from '../../../shared/model/dataset';
import { createRawTable, insertSql, pushRowValues } from '../store/raw-table';
import { insertDataset, nextSeq, type DatasetRecord } from '../store/datasets';
import { registerBlob } from '../store/blobs';
import { recordAudit } from '../store/audit';
import { insertVersion } from '../store/working-table';
import { rawTableName } from '../store/raw-table';
import type { Db } from '../store/workspace';

const ROWS_PER_STATEMENT = 64;

export interface FinishArgs {
  record: Omit<DatasetRecord, 'seq'>;
  columns: Column[];
  user: string;
}

export class ImportWriter {
  private seq = 0;
  private columnCount = 0;
  private bulk: ReturnType<Db['prepare']> | null = null;
  private single: ReturnType<Db['prepare']> | null = null;
  private pending: unknown[] = [];
  private pendingRows = 0;
  private open = false;

  constructor(private readonly db: Db) {}

  begin(columnCount: number): number {
    this.db.exec('BEGIN IMMEDIATE');
    this.open = true;
    this.seq = nextSeq(this.db);
    this.columnCount = columnCount;
    createRawTable(this.db, this.seq, columnCount);
    this.bulk = this.db.prepare(insertSql(this.seq, columnCount, ROWS_PER_STATEMENT));
    this.single = this.db.prepare(insertSql(this.seq, columnCount, 1));
    return this.seq;
  }

  write(rows: readonly GridRow[]): void {
    const bulk = this.bulk;
    if (!bulk) throw new Error('ImportWriter.write before begin');
    for (const r of rows) {
      pushRowValues(this.pending, r.line, r.cells, this.columnCount);
      if (++this.pendingRows === ROWS_PER_STATEMENT) {
        bulk.run(this.pending);
        this.pending = [];
        this.pendingRows = 0;
      }
    }
  }

  private flush(): void {
    const single = this.single;
    if (!single || this.pendingRows === 0) return;
    const width = this.columnCount + 3;
    for (let i = 0; i < this.pendingRows; i++) {
      single.run(this.pending.slice(i * width, (i + 1) * width));
    }
    this.pending = [];
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
