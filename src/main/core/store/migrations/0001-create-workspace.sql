-- The workspace: datasets with their original bytes (content-addressed blobs), columns,
-- and an append-only audit log. Raw cells live in per-dataset tables `raw_<seq>` created by
-- the import (see raw-table.ts); their names come from `seq`, never from a file.

CREATE TABLE user_profiles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL,
  stored_at TEXT NOT NULL
) STRICT;

CREATE TABLE datasets (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  file_name TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('csv', 'xlsx')),
  sheet TEXT,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL REFERENCES blobs (sha256),
  encoding TEXT NOT NULL,
  delimiter TEXT NOT NULL,
  quote_char TEXT NOT NULL,
  line_terminator TEXT NOT NULL,
  header_row INTEGER NOT NULL,
  title TEXT,
  notes TEXT NOT NULL DEFAULT '[]',
  row_count INTEGER NOT NULL,
  column_count INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  options TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE TABLE dataset_columns (
  dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  label TEXT NOT NULL,
  name TEXT NOT NULL,
  inferred TEXT,
  PRIMARY KEY (dataset_id, idx)
) STRICT;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  action TEXT NOT NULL,
  dataset_id TEXT,
  details TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE INDEX audit_log_by_dataset ON audit_log (dataset_id, id);

CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
