-- The Lead's own judgement of the year, one per Work Group and per DfE standard or NCETM area
-- ("standard:evidence", "area:school_policy"), kept beside the matrix the app computes.
-- evidence is a JSON list of {kind, id}: the records the Lead picks to support the rating.
CREATE TABLE judgement (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  subject TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('red', 'amber', 'green')),
  narrative TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);
CREATE UNIQUE INDEX judgement_subject ON judgement (work_group_id, subject) WHERE deleted_at IS NULL;
