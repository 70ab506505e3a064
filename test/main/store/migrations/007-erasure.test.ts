import { describe, expect, it } from 'vitest';
import { expectAtVersion, openAtVersion, seedWorkGroup, WORK_GROUP_ID, workspaceAt } from './support';

/** Every table whose rows can be erased for good from version 7 on. */
const ERASABLE = [
  'work_group',
  'attachment',
  'project',
  'school',
  'school_participation',
  'participant',
  'focus_child',
  'meeting',
  'reading',
  'journal_entry',
  'observation',
  'action_research_cycle',
  'impact_claim',
  'judgement',
];

describe('migration 007: erasure', () => {
  it('lets every record be marked erased, with the records already there kept and not erased', () => {
    const path = workspaceAt(6, (db) => {
      seedWorkGroup(db);
      db.prepare(
        `INSERT INTO judgement (id, work_group_id, subject, rating, narrative, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-000000000040', ?, 'standard:sustained', 'green', 'Six meetings.', '2026-07-01', '2026-07-01')`,
      ).run(WORK_GROUP_ID);
    });
    const before = (() => {
      const v6 = openAtVersion(path, 6);
      const counts = ERASABLE.map((table) => v6.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
      v6.close();
      return counts;
    })();

    const v7 = openAtVersion(path, 7);
    expectAtVersion(v7.db, 7);
    for (const [i, table] of ERASABLE.entries()) {
      const columns = v7.db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all();
      expect(columns, table).toContain('erased_at');
      expect(v7.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(before[i]);
      expect(v7.db.prepare(`SELECT count(*) FROM ${table} WHERE erased_at IS NOT NULL`).pluck().get(), table).toBe(0);
    }
    expect(v7.db.prepare('SELECT narrative FROM judgement').pluck().get()).toBe('Six meetings.');
    v7.close();
  });
});
