-- The shared-folder inbox: every bundle file this workspace has taken from the folder (or written
-- there itself), by the SHA-256 of its bytes, so the inbox lists only the ones not yet imported.
-- The folder itself is a setting (workspace_meta 'inbox_folder'), kept with the workspace.
CREATE TABLE inbox_bundle (
  file_sha256 TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  -- 'imported' (taken in from the folder) or 'sent' (written there by this workspace).
  direction TEXT NOT NULL CHECK (direction IN ('imported', 'sent')),
  at TEXT NOT NULL
) WITHOUT ROWID;
