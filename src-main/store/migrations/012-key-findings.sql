-- The key findings that open a Work Group's end-of-year report, in the Lead's own words (a JSON list
-- of sentences). Empty until the Lead edits them; until then the report shows the app's draft.
-- A field of the Work Group like its intended outcomes, so it travels in bundles and is erased with it.
ALTER TABLE work_group ADD COLUMN key_findings TEXT NOT NULL DEFAULT '[]';
