-- Each Work Group's hub figures (what the hub roll-up reads of its evaluation, as JSON), kept so that
-- a roll-up straight after opening a workspace reads them rather than working every group out again.
-- A row is read only for the version of its group (migration 006), the "as of" date and the engine
-- (a fingerprint of the code that works figures out) it was made with; otherwise the figures are
-- worked out afresh and the row replaced. Derived data: no triggers move a version for it, bundles
-- do not carry it, and erasing anything empties it (the figures hold names and survey statements).
CREATE TABLE hub_figures (
  work_group_id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  as_of TEXT NOT NULL,
  engine TEXT NOT NULL,
  facts TEXT NOT NULL
);
