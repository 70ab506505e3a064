-- Questionnaires the Lead designs (scales, yes/no, choice, free text), given at the start and end of
-- the year or after each meeting, and each participant's answers. A set of answers is the
-- participant's own record (like their journal), so a teacher's updates carry it back to the Lead.
-- questions: JSON list of {id, text, type, options}; answers: JSON object of question id -> answer.
CREATE TABLE questionnaire (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  title TEXT NOT NULL,
  timing TEXT NOT NULL,
  questions TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT,
  erased_at TEXT
);
CREATE INDEX questionnaire_work_group ON questionnaire (work_group_id);

CREATE TABLE survey_response (
  id TEXT PRIMARY KEY,
  work_group_id TEXT NOT NULL REFERENCES work_group (id),
  participant_id TEXT NOT NULL REFERENCES participant (id),
  questionnaire_id TEXT NOT NULL REFERENCES questionnaire (id),
  occasion TEXT NOT NULL,
  meeting_id TEXT REFERENCES meeting (id),
  date TEXT NOT NULL,
  answers TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  deleted_with TEXT,
  erased_at TEXT
);
CREATE INDEX survey_response_work_group ON survey_response (work_group_id);
CREATE INDEX survey_response_participant ON survey_response (participant_id);

CREATE TRIGGER work_group_version_questionnaire_insert AFTER INSERT ON questionnaire BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_questionnaire_update AFTER UPDATE ON questionnaire BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_questionnaire_delete AFTER DELETE ON questionnaire BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_survey_response_insert AFTER INSERT ON survey_response BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_survey_response_update AFTER UPDATE ON survey_response BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_survey_response_delete AFTER DELETE ON survey_response BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
