-- Metadata versions per dataset (every save keeps the previous version) and the user's own
-- reference lists (kode referensi lokal), versioned: each import of a list is a new version.

CREATE TABLE metadata_versions (
  dataset_id TEXT NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  profile TEXT NOT NULL,
  doc TEXT NOT NULL CHECK (json_valid(doc)),
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  valid INTEGER NOT NULL CHECK (valid IN (0, 1)),
  problem_count INTEGER NOT NULL CHECK (problem_count >= 0),
  completeness REAL NOT NULL CHECK (completeness >= 0 AND completeness <= 1),
  PRIMARY KEY (dataset_id, version)
) STRICT;

CREATE TABLE reference_lists (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  system TEXT NOT NULL,
  maps_to TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

CREATE TABLE reference_list_versions (
  list_id TEXT NOT NULL REFERENCES reference_lists (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  entry_count INTEGER NOT NULL CHECK (entry_count >= 0),
  source_file TEXT,
  sha256 TEXT,
  note TEXT,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  PRIMARY KEY (list_id, version)
) STRICT;

CREATE TABLE reference_list_entries (
  list_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  parent TEXT,
  mapped TEXT,
  PRIMARY KEY (list_id, version, code),
  FOREIGN KEY (list_id, version) REFERENCES reference_list_versions (list_id, version) ON DELETE CASCADE
) STRICT;

CREATE INDEX reference_list_entries_by_position ON reference_list_entries (list_id, version, position);
