import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/store/migrations';
import { createHandlers } from '../../../../src-main/services/handlers';
import { caller } from '../../../support/workspace';
import { expectAtVersion, openAtVersion, PARTICIPANT_ID, seedWorkGroup, WORK_GROUP_ID, workspaceAt } from './support';

/** The version before 022 (the migrations between may land in any order). */
const BEFORE = migrations.filter((m) => m.version < 22).at(-1)!.version;

describe('migration 022: programme sessions and cohorts', () => {
  it('gives meetings a unit of the materials and participants a cohort and where they come from, empty for what was there', () => {
    const path = workspaceAt(BEFORE, (db) => {
      seedWorkGroup(db);
      db.prepare(
        `INSERT INTO meeting (id, work_group_id, date, kind, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-0000000000f1', ?, '2025-10-12', 'work_group_meeting', 'now', 'now')`,
      ).run(WORK_GROUP_ID);
    });
    const store = openAtVersion(path, 22);
    try {
      expectAtVersion(store.db, 22);
      const call = caller(createHandlers(store));
      expect(call('participant.list', {}).find((p) => p.id === PARTICIPANT_ID)).toMatchObject({
        cohort: '',
        comesFrom: '',
      });
      expect(call('meeting.list', { workGroupId: WORK_GROUP_ID })).toMatchObject([{ materialsUnit: '' }]);
    } finally {
      store.close();
    }
  });
});
