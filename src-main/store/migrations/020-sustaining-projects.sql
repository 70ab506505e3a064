-- The Sustaining projects a Work Group rolls over into for its second or third year (the hubs'
-- catalogue: "Primary Sustaining Work Group", "Secondary Embedding and Sustaining Work Group").
-- Fixed ids, as migration 002's projects, so every workspace has the same ones and bundles match them.
INSERT OR IGNORE INTO project (id, name, pd_activity_type, phase, created_at, updated_at) VALUES
  ('6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e09', 'Primary Teaching for Mastery Sustaining', 'work_group', 'primary', '2026-12-05T00:00:00.000Z', '2026-12-05T00:00:00.000Z'),
  ('6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e10', 'Secondary Teaching for Mastery Embedding and Sustaining', 'work_group', 'secondary', '2026-12-05T00:00:00.000Z', '2026-12-05T00:00:00.000Z');
