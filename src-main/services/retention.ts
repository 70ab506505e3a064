import { basename } from 'node:path';
import type { RetentionItem } from '../../src-shared/api/retention';
import { DomainError } from '../../src-shared/api/errors';
import { academicYearOf } from '../../src-shared/calendar/academicYear';
import { writeBackup } from '../store/backup';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';
import { eraseBatches, forgetErasedWords } from './erasure';
import { recordStore } from './records';
import { readSettings } from './settings';

// Focus children's data is kept for the workspace's number of years after the end of its Work Group's
// academic year (31 August). What is older is listed, and goes to the Trash (or is erased for good)
// when the Lead says so.

interface DueRow {
  id: string;
  code: string;
  year_group: string;
  retain_until: string | null;
  work_group_id: string;
  work_group_code: string;
  academic_year: string;
  observations: number;
}

export function retentionHandlers(store: Store): Handlers<'retention.'> {
  const records = recordStore(store);

  const due = () => {
    const years = readSettings(store).focusChildRetentionYears;
    // A year is due once its last day plus `years` years has passed: 2021/22 with 3 years, after 31/08/2025.
    const thisYearStart = Number(academicYearOf(new Date(store.now())).slice(0, 4));
    const items = store
      .statement<{ lastDueStart: number }, DueRow>(
        `SELECT fc.id, fc.code, fc.year_group, fc.retain_until, wg.id AS work_group_id, wg.code AS work_group_code,
                wg.academic_year,
                (SELECT count(*) FROM observation o WHERE o.focus_child_id = fc.id AND o.deleted_at IS NULL) AS observations
         FROM focus_child fc JOIN work_group wg ON wg.id = fc.work_group_id
         WHERE fc.deleted_at IS NULL AND wg.deleted_at IS NULL
           AND CAST(substr(wg.academic_year, 1, 4) AS INTEGER) <= @lastDueStart
         ORDER BY wg.academic_year, wg.code, fc.code`,
      )
      .all({ lastDueStart: thisYearStart - years - 1 })
      .map((row): RetentionItem => ({
        id: row.id,
        code: row.code,
        yearGroup: row.year_group,
        workGroupId: row.work_group_id,
        workGroupCode: row.work_group_code,
        academicYear: row.academic_year,
        observations: row.observations,
        keepUntil: `${Number(row.academic_year.slice(0, 4)) + 1 + years}-08-31`,
        ...(row.retain_until ? { retainUntil: row.retain_until } : {}),
      }));
    return { years, items };
  };

  return {
    'retention.list': () => due(),

    'retention.delete': ({ focusChildIds, eraseNow }) => {
      const chosen = [...new Set(focusChildIds)];
      const dueIds = new Set(due().items.map((item) => item.id));
      const notDue = chosen.filter((id) => !dueIds.has(id)).length;
      if (notDue > 0) {
        throw new DomainError(
          'conflict',
          `${notDue === 1 ? 'One of the chosen focus children is' : `${notDue} of the chosen focus children are`} not due for deletion, or already in the Trash. Nothing was deleted: refresh the list and try again.`,
          [{ field: 'focusChildIds', message: 'Choose focus children from the list of those due for deletion.' }],
        );
      }
      if (eraseNow) {
        const erased = store.transaction(() => {
          chosen.forEach((id) => records.softDelete('focusChild', id));
          return eraseBatches(store, chosen);
        });
        forgetErasedWords(store);
        return { deleted: chosen.length, records: erased, erased: true };
      }
      const backup = writeBackup(store.db, store.path, 'before-retention');
      const moved = store.transaction(() => chosen.reduce((n, id) => n + records.softDelete('focusChild', id), 0));
      return { deleted: chosen.length, records: moved, erased: false, backup: basename(backup) };
    },
  };
}
