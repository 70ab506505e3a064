import { DomainError } from '../../src-shared/api/errors';
import type { CasePupil } from '../../src-shared/domain/records';
import type { KindRules } from './kindRules';

/**
 * A research lesson belongs to a research-lesson meeting (one lesson each), and its case pupils are
 * different focus children of the same Work Group.
 */
export const researchLessonRules: KindRules = {
  checkFields(fields) {
    const ids = ((fields['casePupils'] as CasePupil[] | undefined) ?? []).map((p) => p.focusChildId);
    if (new Set(ids).size < ids.length) {
      throw new DomainError('invalid_input', 'A focus child is a case pupil of a lesson once.', [
        { field: 'casePupils', message: 'Each case pupil is a different focus child: remove the one chosen twice.' },
      ]);
    }
  },
  check(store, fields, { id, workGroupId }) {
    const meetingId = String(fields['meetingId']);
    const meeting = store
      .statement<[string], { kind: string }>('SELECT kind FROM meeting WHERE id = ? AND deleted_at IS NULL')
      .get(meetingId);
    if (meeting?.kind !== 'research_lesson') {
      throw new DomainError('invalid_input', 'A research lesson is recorded on a research-lesson meeting.', [
        {
          field: 'meetingId',
          message:
            'Choose a meeting whose kind is “Research lesson (lesson study)”, or change the meeting’s kind first.',
        },
      ]);
    }
    const other = store
      .statement<[string, string], { id: string }>(
        'SELECT id FROM research_lesson WHERE meeting_id = ? AND deleted_at IS NULL AND id <> ?',
      )
      .get(meetingId, id ?? '');
    if (other) {
      throw new DomainError('conflict', 'This meeting already has its research lesson recorded.', [
        { field: 'meetingId', message: 'Edit the research lesson already recorded for this meeting instead.' },
      ]);
    }
    const child = store.statement<[string], { work_group_id: string }>(
      'SELECT work_group_id FROM focus_child WHERE id = ? AND deleted_at IS NULL',
    );
    for (const pupil of (fields['casePupils'] as CasePupil[] | undefined) ?? []) {
      if (child.get(pupil.focusChildId)?.work_group_id !== workGroupId) {
        throw new DomainError('not_found', 'A case pupil is not a focus child of this Work Group.', [
          { field: 'casePupils', message: 'Choose each case pupil from this Work Group’s focus children.' },
        ]);
      }
    }
  },
};
