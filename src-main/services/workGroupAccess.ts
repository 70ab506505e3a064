import { DomainError } from '../../src-shared/api/errors';
import type { Store } from '../store/store';

export interface WorkGroupAccess {
  /** The Work Group's academic year, once it is known to exist and to accept changes. */
  writable(workGroupId: string): { academicYear: string };
}

export function workGroupAccess(store: Store): WorkGroupAccess {
  const find = store.db.prepare<
    [string],
    { academic_year: string; rolled_over_to_id: string | null; deleted_at: string | null }
  >('SELECT academic_year, rolled_over_to_id, deleted_at FROM work_group WHERE id = ?');
  return {
    writable(workGroupId) {
      const row = find.get(workGroupId);
      if (!row || row.deleted_at) {
        throw new DomainError('not_found', 'That Work Group no longer exists (it may be in the Trash).', [
          { field: 'workGroupId', message: 'Choose a Work Group that exists.' },
        ]);
      }
      if (row.rolled_over_to_id) {
        throw new DomainError(
          'conflict',
          `The ${row.academic_year} year of this Work Group has been carried into the next year and is kept read-only for comparison. Make changes in the new year instead.`,
        );
      }
      return { academicYear: row.academic_year };
    },
  };
}
