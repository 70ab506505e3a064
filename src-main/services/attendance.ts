import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';
import { notFound, recordStore } from './records';

/**
 * Marks participants present at a meeting, or not, against the meeting as it is stored now: a tick
 * changes only its own participants, so ticks from another tab or window are never overwritten.
 */
export function attendanceHandlers(store: Store): Handlers<'attendance.'> {
  const records = recordStore(store);
  const ownFields = Object.keys(RECORD_KIND_SPECS.meeting.shape);
  return {
    'attendance.set': ({ meetingId, participantIds, present }) => {
      const meeting = records.find('meeting', meetingId);
      if (!meeting) throw notFound('meeting');
      const before = meeting['attendeeIds'] as string[];
      const attendeeIds = present
        ? [...new Set([...before, ...participantIds])]
        : before.filter((id) => !participantIds.includes(id));
      const fields = Object.fromEntries(ownFields.map((key) => [key, meeting[key]]));
      // The date was accepted when the meeting was recorded, so it is not questioned again here.
      return records.update('meeting', meetingId, { ...fields, attendeeIds, confirmOutsideYear: true }) as never;
    },
  };
}
