-- Every validation run is kept: its grouped report (small even for a million problems) and the
-- per-cell detail the app browses. The app compares a run with the previous one.

CREATE TABLE validation_runs (
  id INTEGER PRIMARY KEY,
  dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  dataset_version INTEGER NOT NULL,
  profile TEXT,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  valid INTEGER NOT NULL CHECK (valid IN (0, 1)),
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  infos INTEGER NOT NULL,
  report TEXT NOT NULL CHECK (json_valid(report))
) STRICT;

CREATE INDEX validation_runs_by_dataset ON validation_runs (dataset_id, id);

CREATE TABLE validation_cells (
  run_id INTEGER NOT NULL REFERENCES validation_runs (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  row INTEGER,
  column_index INTEGER,
  value TEXT,
  suggestion TEXT,
  PRIMARY KEY (run_id, seq)
) STRICT, WITHOUT ROWID;

CREATE INDEX validation_cells_by_row ON validation_cells (run_id, row);
