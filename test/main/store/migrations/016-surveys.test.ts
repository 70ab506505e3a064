import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/services/handlers';
import { migrations } from '../../../../src-main/store/migrations';
import { caller } from '../../../support/workspace';
import { expectAtVersion, openAtVersion, PARTICIPANT_ID, seedWorkGroup, WORK_GROUP_ID, workspaceAt } from './support';

/** The version before 016 (013 to 015 may land in any order). */
const BEFORE = migrations.filter((m) => m.version < 16).at(-1)!.version;

describe('migration 016: questionnaires and their answers', () => {
  it('adds the tables, keeps the year as it was, and each answer moves its Work Group’s version', () => {
    const path = workspaceAt(BEFORE, seedWorkGroup);
    const store = openAtVersion(path, 16);
    try {
      expectAtVersion(store.db, 16);
      const count = (table: string) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
      expect([count('questionnaire'), count('survey_response'), count('participant')]).toEqual([0, 0, 1]);
      const version = () =>
        store.db
          .prepare('SELECT version FROM work_group_version WHERE work_group_id = ?')
          .pluck()
          .get(WORK_GROUP_ID) as number;
      const call = caller(createHandlers(store));
      const questionnaire = call('questionnaire.create', {
        workGroupId: WORK_GROUP_ID,
        title: 'Confidence',
        timing: 'start_end',
        questions: [{ id: 'q1', text: 'How confident are you?', type: 'scale_10', options: [] }],
      });
      const before = version();
      call('surveyResponse.create', {
        participantId: PARTICIPANT_ID,
        questionnaireId: questionnaire.id,
        occasion: 'start',
        date: '2025-09-20',
        answers: { q1: 7 },
      });
      expect(version()).toBe(before + 1);
      expect(store.db.prepare('SELECT work_group_id, answers FROM survey_response').get()).toEqual({
        work_group_id: WORK_GROUP_ID,
        answers: '{"q1":7}',
      });
    } finally {
      store.close();
    }
  });
});
