-- Erasing for good: a record taken out of the Trash for good keeps its row (its id, dates and codes)
-- so that the erasure travels to other computers in bundles like any other change, but its words
-- are gone. erased_at says when; an erased row is never restored and never taken back from a bundle.
ALTER TABLE work_group ADD COLUMN erased_at TEXT;
ALTER TABLE attachment ADD COLUMN erased_at TEXT;
ALTER TABLE project ADD COLUMN erased_at TEXT;
ALTER TABLE school ADD COLUMN erased_at TEXT;
ALTER TABLE school_participation ADD COLUMN erased_at TEXT;
ALTER TABLE participant ADD COLUMN erased_at TEXT;
ALTER TABLE focus_child ADD COLUMN erased_at TEXT;
ALTER TABLE meeting ADD COLUMN erased_at TEXT;
ALTER TABLE reading ADD COLUMN erased_at TEXT;
ALTER TABLE journal_entry ADD COLUMN erased_at TEXT;
ALTER TABLE observation ADD COLUMN erased_at TEXT;
ALTER TABLE action_research_cycle ADD COLUMN erased_at TEXT;
ALTER TABLE impact_claim ADD COLUMN erased_at TEXT;
-- The Lead's judgements go with an erased Work Group.
ALTER TABLE judgement ADD COLUMN erased_at TEXT;
