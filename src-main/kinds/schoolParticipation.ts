import { DomainError } from '../../src-shared/api/errors';
import type { KindRules } from './kindRules';

/** A school takes part in a Work Group once. */
export const schoolParticipationRules: KindRules = {
  check(store, fields, { id }) {
    const existing = store
      .statement<[string, string, string], { id: string }>(
        'SELECT id FROM school_participation WHERE work_group_id = ? AND school_id = ? AND deleted_at IS NULL AND id <> ?',
      )
      .get(String(fields['workGroupId']), String(fields['schoolId']), id ?? '');
    if (existing) {
      throw new DomainError('conflict', 'This school is already part of the Work Group.', [
        { field: 'schoolId', message: 'Already in this Work Group. Edit its entry instead.' },
      ]);
    }
  },
};
