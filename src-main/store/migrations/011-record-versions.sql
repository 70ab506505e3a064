-- Earlier versions of every record, so a Lead can see what changed, restore a version or undo a save.
-- A record's versions are kept from its first change: the version it had then is written first, so
-- a record never changed has none (it is its own only version) and a large demo costs nothing here.
-- Written in the same transaction as the change; a change that came in a bundle names the workspace
-- it came from (origin). Local to this workspace: bundles do not carry it (a restored version travels
-- as an ordinary change). Erasing a record for good deletes its versions too.
CREATE TABLE record_version (
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  -- When the record was saved as this version (its updated_at then).
  changed_at TEXT NOT NULL,
  -- The record's own fields (as the registry names them), as JSON.
  fields TEXT NOT NULL,
  -- The fields that differ from the version before, as a JSON list; NULL for the earliest version kept.
  changed_fields TEXT,
  -- The workspace a bundle brought this version from; NULL for a change made here.
  origin TEXT,
  -- The version this one put back, when it was a restore (or an undo).
  restored_from INTEGER,
  PRIMARY KEY (kind, record_id, version)
);
