-- The first slice: Work Groups, with the columns every table carries (UUID, timestamps, soft delete).
CREATE TABLE work_group (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  academic_year TEXT NOT NULL,
  project TEXT NOT NULL,
  pd_activity_type TEXT NOT NULL CHECK (pd_activity_type IN ('work_group', 'programme', 'community', 'targeted_support')),
  lead_name TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);

CREATE UNIQUE INDEX work_group_code ON work_group (code) WHERE deleted_at IS NULL;
