-- What is typed in a form and not saved yet, kept the moment it is typed so that a change of tab, a
-- reload or a restart loses no words. One row per form: its key names the kind and the record, or
-- "new" and the record it would belong to. A draft is not a record: it has no version or search
-- entry, bundles do not carry it and no export reads it. Saving or discarding the form removes it,
-- and erasing its record or Work Group erases it too.
CREATE TABLE draft (
  form_key TEXT PRIMARY KEY,
  work_group_id TEXT,
  record_id TEXT,
  fields TEXT NOT NULL,
  saved_at TEXT NOT NULL
);
