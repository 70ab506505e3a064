-- The whole of a Work Group's year. Every table carries a UUID, created/updated timestamps and a
-- soft delete: deleted_with names the record whose deletion took this one to the Trash, so a
-- restore brings back exactly what went with it. Lists of links and tags are JSON arrays.

CREATE TABLE project (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  pd_activity_type TEXT NOT NULL,
  phase TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);

-- The national projects a hub usually runs, so a new workspace is ready to use.
INSERT INTO project (id, name, pd_activity_type, phase, created_at, updated_at) VALUES
  ('6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e01', 'Primary Teaching for Mastery Development', 'work_group', 'primary', '2025-09-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'),
  ('6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e02', 'Secondary Teaching for Mastery Development', 'work_group', 'secondary', '2025-09-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'),
  ('6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e03', 'Secondary Subject Leadership', 'work_group', 'secondary', '2025-09-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'),
  ('6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e04', 'Y5–8 Continuity', 'work_group', 'cross_phase', '2025-09-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'),
  ('6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e05', 'SKTM Early Years', 'programme', 'early_years', '2025-09-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'),
  ('6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e06', 'SKTM Primary', 'programme', 'primary', '2025-09-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'),
  ('6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e07', 'Mastery Readiness', 'targeted_support', 'primary', '2025-09-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'),
  ('6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e08', 'Maths Hub Community', 'community', 'cross_phase', '2025-09-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z');

-- Work Groups recorded before projects existed keep their project, now as a record of its own.
INSERT INTO project (id, name, pd_activity_type, phase, created_at, updated_at)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
         || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
         || '-' || lower(hex(randomblob(6))),
       project, pd_activity_type, 'cross_phase', min(created_at), min(created_at)
FROM work_group
WHERE project NOT IN (SELECT name FROM project)
GROUP BY project, pd_activity_type;

ALTER TABLE work_group ADD COLUMN project_id TEXT REFERENCES project (id);
UPDATE work_group SET project_id = (SELECT p.id FROM project p WHERE p.name = work_group.project ORDER BY p.pd_activity_type = work_group.pd_activity_type DESC LIMIT 1);
ALTER TABLE work_group DROP COLUMN project;
ALTER TABLE work_group DROP COLUMN pd_activity_type;
ALTER TABLE work_group ADD COLUMN umbrella_question TEXT NOT NULL DEFAULT '';
ALTER TABLE work_group ADD COLUMN intended_outcomes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE work_group ADD COLUMN survey_items TEXT NOT NULL DEFAULT '[]';
ALTER TABLE work_group ADD COLUMN previous_work_group_id TEXT REFERENCES work_group (id);
ALTER TABLE work_group ADD COLUMN rolled_over_to_id TEXT REFERENCES work_group (id);
ALTER TABLE work_group ADD COLUMN deleted_with TEXT;

CREATE TABLE school (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  urn TEXT NOT NULL DEFAULT '',
  phase TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);

CREATE TABLE school_participation (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  school_id TEXT NOT NULL REFERENCES school (id),
  senior_leader_name TEXT NOT NULL DEFAULT '',
  senior_leader_role TEXT NOT NULL DEFAULT '',
  intended_impact TEXT NOT NULL DEFAULT '',
  end_evaluation TEXT NOT NULL DEFAULT '',
  continuation_plan TEXT NOT NULL DEFAULT '',
  named_in_development_plan INTEGER NOT NULL DEFAULT 0,
  leader_engagements TEXT NOT NULL DEFAULT '[]',
  areas TEXT NOT NULL DEFAULT '[]',
  standards TEXT NOT NULL DEFAULT '[]',
  guskey_level INTEGER,
  strength TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);
CREATE INDEX school_participation_work_group ON school_participation (work_group_id);

CREATE TABLE participant (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  school_id TEXT NOT NULL REFERENCES school (id),
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  research_question TEXT NOT NULL DEFAULT '',
  start_ratings TEXT NOT NULL DEFAULT '{}',
  end_ratings TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);
CREATE INDEX participant_work_group ON participant (work_group_id);

CREATE TABLE focus_child (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  participant_id TEXT NOT NULL REFERENCES participant (id),
  code TEXT NOT NULL,
  year_group TEXT NOT NULL,
  pen_portrait_start TEXT NOT NULL DEFAULT '',
  pen_portrait_end TEXT NOT NULL DEFAULT '',
  desired_change TEXT NOT NULL DEFAULT '',
  change_judgement INTEGER CHECK (change_judgement BETWEEN 1 AND 5),
  change_note TEXT NOT NULL DEFAULT '',
  consent_recorded INTEGER NOT NULL DEFAULT 0,
  retain_until TEXT,
  carried_from_id TEXT REFERENCES focus_child (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);
CREATE INDEX focus_child_work_group ON focus_child (work_group_id);
CREATE INDEX focus_child_participant ON focus_child (participant_id);
CREATE INDEX focus_child_code ON focus_child (code);

-- A participant follows at most three focus children (the service explains; this is the backstop).
CREATE TRIGGER focus_child_limit_insert BEFORE INSERT ON focus_child
WHEN NEW.deleted_at IS NULL
  AND (SELECT count(*) FROM focus_child WHERE participant_id = NEW.participant_id AND deleted_at IS NULL) >= 3
BEGIN
  SELECT RAISE(ABORT, 'A participant can follow at most three focus children.');
END;
CREATE TRIGGER focus_child_limit_update BEFORE UPDATE OF participant_id, deleted_at ON focus_child
WHEN NEW.deleted_at IS NULL
  AND (SELECT count(*) FROM focus_child
       WHERE participant_id = NEW.participant_id AND deleted_at IS NULL AND id <> NEW.id) >= 3
BEGIN
  SELECT RAISE(ABORT, 'A participant can follow at most three focus children.');
END;

CREATE TABLE reading (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  citation TEXT NOT NULL,
  link TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);
CREATE INDEX reading_work_group ON reading (work_group_id);

CREATE TABLE meeting (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL,
  host_school_id TEXT REFERENCES school (id),
  notes TEXT NOT NULL DEFAULT '',
  attendee_ids TEXT NOT NULL DEFAULT '[]',
  reading_ids TEXT NOT NULL DEFAULT '[]',
  areas TEXT NOT NULL DEFAULT '[]',
  standards TEXT NOT NULL DEFAULT '[]',
  guskey_level INTEGER,
  strength TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);
CREATE INDEX meeting_work_group ON meeting (work_group_id);

CREATE TABLE journal_entry (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  participant_id TEXT NOT NULL REFERENCES participant (id),
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  focus_child_ids TEXT NOT NULL DEFAULT '[]',
  reading_ids TEXT NOT NULL DEFAULT '[]',
  meeting_id TEXT REFERENCES meeting (id),
  areas TEXT NOT NULL DEFAULT '[]',
  standards TEXT NOT NULL DEFAULT '[]',
  guskey_level INTEGER,
  strength TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);
CREATE INDEX journal_entry_work_group ON journal_entry (work_group_id);
CREATE INDEX journal_entry_participant ON journal_entry (participant_id);

CREATE TABLE attachment (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  mime_type TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);

CREATE TABLE observation (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  focus_child_id TEXT NOT NULL REFERENCES focus_child (id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  measure_value REAL,
  measure_scale TEXT NOT NULL DEFAULT '',
  attachment_id TEXT REFERENCES attachment (id),
  areas TEXT NOT NULL DEFAULT '[]',
  standards TEXT NOT NULL DEFAULT '[]',
  guskey_level INTEGER,
  strength TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT,
  CHECK (kind <> 'measure' OR (measure_value IS NOT NULL AND measure_scale <> ''))
);
CREATE INDEX observation_work_group ON observation (work_group_id);
CREATE INDEX observation_focus_child ON observation (focus_child_id);

CREATE TABLE action_research_cycle (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  participant_id TEXT NOT NULL REFERENCES participant (id),
  number INTEGER NOT NULL,
  plan TEXT NOT NULL DEFAULT '',
  act TEXT NOT NULL DEFAULT '',
  observe TEXT NOT NULL DEFAULT '',
  reflect TEXT NOT NULL DEFAULT '',
  start_date TEXT,
  end_date TEXT,
  focus_child_ids TEXT NOT NULL DEFAULT '[]',
  areas TEXT NOT NULL DEFAULT '[]',
  standards TEXT NOT NULL DEFAULT '[]',
  guskey_level INTEGER,
  strength TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);
CREATE INDEX action_research_cycle_work_group ON action_research_cycle (work_group_id);

CREATE TABLE impact_claim (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  level TEXT NOT NULL,
  subject_id TEXT,
  statement TEXT NOT NULL,
  strength TEXT NOT NULL,
  area TEXT NOT NULL,
  standard TEXT,
  evidence TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT
);
CREATE INDEX impact_claim_work_group ON impact_claim (work_group_id);

-- Full-text search over every free-text field, kept up to date by the services.
CREATE VIRTUAL TABLE search_index USING fts5 (
  kind UNINDEXED,
  id UNINDEXED,
  work_group_id UNINDEXED,
  title,
  body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);
