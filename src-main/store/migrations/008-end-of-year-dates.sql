-- The date each end-of-year item was recorded, so that an evaluation "as of" an earlier date leaves
-- it out. Items recorded before this migration take the date their row was last changed.
ALTER TABLE focus_child ADD COLUMN change_recorded_on TEXT;
ALTER TABLE focus_child ADD COLUMN pen_portrait_end_recorded_on TEXT;
ALTER TABLE participant ADD COLUMN end_ratings_recorded_on TEXT;
ALTER TABLE school_participation ADD COLUMN end_evaluation_recorded_on TEXT;

UPDATE focus_child SET change_recorded_on = substr(updated_at, 1, 10)
WHERE change_judgement IS NOT NULL OR change_note <> '';
UPDATE focus_child SET pen_portrait_end_recorded_on = substr(updated_at, 1, 10) WHERE pen_portrait_end <> '';
UPDATE participant SET end_ratings_recorded_on = substr(updated_at, 1, 10) WHERE end_ratings NOT IN ('', '{}');
UPDATE school_participation SET end_evaluation_recorded_on = substr(updated_at, 1, 10) WHERE end_evaluation <> '';
