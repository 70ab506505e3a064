-- Offline exchange: bundles carried between machines on a USB stick and merged by UUID, never by name.

-- Who this workspace is: a UUID made once, so a bundle says which machine it came from.
CREATE TABLE workspace_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO workspace_meta (key, value)
SELECT 'workspace_id',
       lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
         || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
         || '-' || lower(hex(randomblob(6)));

-- Append-only: every version of a row (a hash of its content) this workspace has held, sent or
-- received, and from which workspace it was first seen. A version the other side already knows is
-- older than its own; that is how "changed on one side only" is told from "changed on both".
CREATE TABLE row_version (
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  version TEXT NOT NULL,
  updated_at TEXT,
  seen_from TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (table_name, row_id, version)
) WITHOUT ROWID;

-- A row both sides changed: the merge kept one version (the newer) and keeps the other here for the
-- user to review, swap or mark resolved.
CREATE TABLE merge_conflict (
  id TEXT PRIMARY KEY,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  work_group_id TEXT,
  source_workspace_id TEXT NOT NULL,
  kept_version TEXT NOT NULL,
  other_version TEXT NOT NULL,
  detected_at TEXT NOT NULL,
  resolved_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX merge_conflict_work_group ON merge_conflict (work_group_id, resolved_at);

-- One line per bundle that changed something: an audit of what came in, from where and when.
CREATE TABLE merge_log (
  id TEXT PRIMARY KEY,
  merged_at TEXT NOT NULL,
  source_workspace_id TEXT NOT NULL,
  work_group_id TEXT NOT NULL,
  bundle_checksum TEXT NOT NULL,
  bundle_created_at TEXT NOT NULL,
  counts TEXT NOT NULL
);
