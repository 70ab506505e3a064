-- Each record's row in the full-text index, found by the record's id through a real index, so
-- re-indexing one record no longer scans the whole search index (it did, and grew with the square
-- of the workspace).
CREATE TABLE search_entry (
  id TEXT PRIMARY KEY,
  entry INTEGER NOT NULL
);

INSERT INTO search_entry (id, entry) SELECT id, rowid FROM search_index;
