import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/store/migrations';
import { expectAtVersion, openAtVersion, seedWorkGroup, WORK_GROUP_ID, workspaceAt } from './support';

/** The version before 019 (the migrations between may land in any order). */
const BEFORE = migrations.filter((m) => m.version < 19).at(-1)!.version;

describe('migration 019: research lessons', () => {
  it('adds the research lessons table, whose rows move their Work Group’s version', () => {
    const path = workspaceAt(BEFORE, seedWorkGroup);
    const v19 = openAtVersion(path, 19);
    try {
      expectAtVersion(v19.db, 19);
      const version = () =>
        v19.db.prepare('SELECT version FROM work_group_version WHERE work_group_id = ?').pluck().get(WORK_GROUP_ID);
      const before = version() as number;
      v19.db
        .prepare(
          `INSERT INTO meeting (id, work_group_id, date, kind, created_at, updated_at)
           VALUES ('00000000-0000-4000-8000-0000000000f1', ?, '2026-03-12', 'research_lesson', 'now', 'now')`,
        )
        .run(WORK_GROUP_ID);
      v19.db
        .prepare(
          `INSERT INTO research_lesson (id, work_group_id, meeting_id, aim, created_at, updated_at)
           VALUES ('00000000-0000-4000-8000-0000000000f2', ?, '00000000-0000-4000-8000-0000000000f1', 'An aim', 'now', 'now')`,
        )
        .run(WORK_GROUP_ID);
      expect(version()).toBe(before + 2);
      expect(v19.db.prepare('SELECT case_pupils, observation_ids FROM research_lesson').get()).toEqual({
        case_pupils: '[]',
        observation_ids: '[]',
      });
    } finally {
      v19.close();
    }
  });
});
