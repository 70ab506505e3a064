-- Teachers' own workspaces. A workspace started from a Lead's participant pack belongs to one
-- participant of one Work Group: its screens and its handlers keep to what that teacher does, and
-- it takes only that participant's packs. A Lead's workspace has no row here.
CREATE TABLE teacher_workspace (
  only_one INTEGER PRIMARY KEY CHECK (only_one = 1),
  work_group_id TEXT NOT NULL,
  participant_id TEXT NOT NULL,
  -- The Lead's workspace whose pack started it.
  lead_workspace_id TEXT NOT NULL,
  started_at TEXT NOT NULL
);

-- Every workspace that has sent a bundle here, and whose it is (a participant's own, or a Lead's when
-- participant_id is empty), so the Lead can see whose machine a change came from. Ids only: the name
-- shown is the participant's as it stands here, so erasing a participant erases it here too.
CREATE TABLE bundle_sender (
  workspace_id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL,
  participant_id TEXT,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
