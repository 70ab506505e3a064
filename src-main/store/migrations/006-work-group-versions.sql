-- A version number per Work Group that moves whenever anything the evaluation reads of it changes:
-- its own row, its project, or any of its records (added, edited, deleted, restored, merged from a
-- bundle or imported). The hub roll-up keeps each group's figures until its version moves, so one
-- edit re-evaluates one Work Group rather than all of them.
CREATE TABLE work_group_version (
  work_group_id TEXT PRIMARY KEY,
  version INTEGER NOT NULL
);

CREATE TRIGGER work_group_version_group_insert AFTER INSERT ON work_group BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER work_group_version_group_update AFTER UPDATE ON work_group BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
CREATE TRIGGER work_group_version_project_update AFTER UPDATE ON project BEGIN
  INSERT INTO work_group_version (work_group_id, version)
  SELECT id, 1 FROM work_group WHERE project_id = NEW.id
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_school_participation_insert AFTER INSERT ON school_participation BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_school_participation_update AFTER UPDATE ON school_participation BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_school_participation_delete AFTER DELETE ON school_participation BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_participant_insert AFTER INSERT ON participant BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_participant_update AFTER UPDATE ON participant BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_participant_delete AFTER DELETE ON participant BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_focus_child_insert AFTER INSERT ON focus_child BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_focus_child_update AFTER UPDATE ON focus_child BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_focus_child_delete AFTER DELETE ON focus_child BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_meeting_insert AFTER INSERT ON meeting BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_meeting_update AFTER UPDATE ON meeting BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_meeting_delete AFTER DELETE ON meeting BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_reading_insert AFTER INSERT ON reading BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_reading_update AFTER UPDATE ON reading BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_reading_delete AFTER DELETE ON reading BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_journal_entry_insert AFTER INSERT ON journal_entry BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_journal_entry_update AFTER UPDATE ON journal_entry BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_journal_entry_delete AFTER DELETE ON journal_entry BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_observation_insert AFTER INSERT ON observation BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_observation_update AFTER UPDATE ON observation BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_observation_delete AFTER DELETE ON observation BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_action_research_cycle_insert AFTER INSERT ON action_research_cycle BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_action_research_cycle_update AFTER UPDATE ON action_research_cycle BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_action_research_cycle_delete AFTER DELETE ON action_research_cycle BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_impact_claim_insert AFTER INSERT ON impact_claim BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_impact_claim_update AFTER UPDATE ON impact_claim BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (NEW.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;

CREATE TRIGGER work_group_version_impact_claim_delete AFTER DELETE ON impact_claim BEGIN
  INSERT INTO work_group_version (work_group_id, version) VALUES (OLD.work_group_id, 1)
  ON CONFLICT (work_group_id) DO UPDATE SET version = version + 1;
END;
