-- What Targeted Support in Maths records that a Work Group does not (NCETM types of PD: a bespoke
-- offer over an agreed number of days, the school's leaders and their support partner exploring,
-- planning, delivering and evaluating a development focus): the support days, and the school's
-- action plan with the days agreed.
CREATE TABLE support_day (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  date TEXT NOT NULL,
  school_id TEXT NOT NULL REFERENCES school (id),
  stage TEXT NOT NULL,
  attendee_ids TEXT NOT NULL DEFAULT '[]',
  notes TEXT NOT NULL DEFAULT '',
  next_steps TEXT NOT NULL DEFAULT '',
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
CREATE INDEX support_day_work_group ON support_day (work_group_id);

CREATE TABLE action_plan (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  school_id TEXT NOT NULL REFERENCES school (id),
  development_focus TEXT NOT NULL,
  success_criteria TEXT NOT NULL DEFAULT '',
  actions TEXT NOT NULL DEFAULT '',
  agreed_days INTEGER NOT NULL,
  review TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT,
  erased_at TEXT
);
CREATE INDEX action_plan_work_group ON action_plan (work_group_id);

-- The evaluation reads both, so a change to either moves its Work Group's version (as 006 does for the rest).
CREATE TRIGGER work_group_version_support_day_insert AFTER INSERT ON support_day BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER work_group_version_support_day_update AFTER UPDATE ON support_day BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER work_group_version_support_day_delete AFTER DELETE ON support_day BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER work_group_version_action_plan_insert AFTER INSERT ON action_plan BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER work_group_version_action_plan_update AFTER UPDATE ON action_plan BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER work_group_version_action_plan_delete AFTER DELETE ON action_plan BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
