-- Research lessons (lesson study): one per research-lesson meeting, with its aim, up to three case
-- pupils (focus children, as a JSON list of {focusChildId, prediction, observed, interview}), the
-- observations made during it, the post-lesson discussion and the changes it led to.
CREATE TABLE research_lesson (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  meeting_id TEXT NOT NULL REFERENCES meeting (id),
  aim TEXT NOT NULL,
  case_pupils TEXT NOT NULL DEFAULT '[]',
  observation_ids TEXT NOT NULL DEFAULT '[]',
  discussion TEXT NOT NULL DEFAULT '',
  changes TEXT NOT NULL DEFAULT '',
  areas TEXT NOT NULL DEFAULT '[]',
  standards TEXT NOT NULL DEFAULT '[]',
  guskey_level INTEGER,
  strength TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT,
  erased_at TEXT
);
CREATE INDEX research_lesson_work_group ON research_lesson (work_group_id);
CREATE INDEX research_lesson_meeting ON research_lesson (meeting_id);

-- The hub roll-up keeps a group's figures until its version moves (migration 006).
CREATE TRIGGER work_group_version_research_lesson_insert AFTER INSERT ON research_lesson BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_research_lesson_update AFTER UPDATE ON research_lesson BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_research_lesson_delete AFTER DELETE ON research_lesson BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
