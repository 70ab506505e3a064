-- Themes: a Work Group's codebook, and the passages of its records coded to them (issue 19).
-- Both are records like any other: ids made where they are born, soft deletes, and they travel in
-- the Work Group's bundles. A theme has at most one level of parent.
CREATE TABLE theme (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  parent_id TEXT REFERENCES theme (id),
  areas TEXT NOT NULL DEFAULT '[]',
  standards TEXT NOT NULL DEFAULT '[]',
  -- A retired theme is no longer offered for coding; its passages stay and still count.
  retired INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT,
  erased_at TEXT
);
CREATE INDEX theme_work_group ON theme (work_group_id);

-- A passage of one long-text field of one record, coded to one or more themes. It keeps the words
-- it covers, so that after the record is edited the words can be found again (re-anchored); when
-- they cannot, needs_review is set and the passage is kept for the Lead to look at.
CREATE TABLE coded_passage (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  record_kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  field TEXT NOT NULL,
  -- Where the words sit in the field's text: character offsets, the end one past the last.
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  words TEXT NOT NULL,
  theme_ids TEXT NOT NULL DEFAULT '[]',
  needs_review INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT,
  erased_at TEXT
);
CREATE INDEX coded_passage_work_group ON coded_passage (work_group_id);
CREATE INDEX coded_passage_record ON coded_passage (record_id);

-- In a hub's workspace, one Work Group's theme counted as another's (say "Sentence stems" as "Stem
-- sentences") in the roll-up across groups. The hub's own choice: local, not carried in bundles.
CREATE TABLE theme_mapping (
  theme_id TEXT PRIMARY KEY REFERENCES theme (id),
  same_as_id TEXT NOT NULL REFERENCES theme (id),
  updated_at TEXT NOT NULL
);
