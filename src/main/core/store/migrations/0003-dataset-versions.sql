-- Versions of a dataset's working table. Version 1 is the import itself (raw_<seq>); every
-- recipe or step applied makes a new version whose table work_<seq>_<version> is derived from
-- its parent. `datasets.version` points at the current version: undo moves it to the parent,
-- redo to the newest child. Nothing is deleted, so every version can be reviewed.

CREATE TABLE dataset_versions (
  dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  parent_version INTEGER,
  table_name TEXT NOT NULL CHECK (table_name GLOB 'raw_[0-9]*' OR table_name GLOB 'work_[0-9]*_[0-9]*'),
  columns TEXT NOT NULL,
  row_count INTEGER NOT NULL,
  steps TEXT NOT NULL DEFAULT '[]',
  report TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (dataset_id, version)
) STRICT;

INSERT INTO dataset_versions (dataset_id, version, parent_version, table_name, columns, row_count, created_at, created_by)
SELECT d.id, 1, NULL, 'raw_' || d.seq,
       (SELECT json_group_array(json_object('name', c.name, 'label', c.label))
          FROM (SELECT name, label FROM dataset_columns WHERE dataset_id = d.id ORDER BY idx) AS c),
       d.row_count, d.imported_at, d.imported_by
  FROM datasets AS d;
