import { describe, expect, it } from 'vitest';
import { recordSmallYear } from '../../support/year';
import { openWorkspace, tempWorkspace } from '../../support/workspace';

describe('attendance', () => {
  it('marks a whole meeting present in one call, and a tick changes only its own participant', () => {
    const { call, attempt, path } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;
    const second = call('participant.create', { workGroupId, schoolId: year.school.id, name: 'Mr Second Sample' });
    const third = call('participant.create', { workGroupId, schoolId: year.school.id, name: 'Dr Third Sample' });
    const meeting = call('meeting.create', { workGroupId, date: '2025-11-12', kind: 'work_group_meeting' });
    const everyone = [year.participant.id, second.id, third.id];

    expect(call('attendance.set', { meetingId: meeting.id, participantIds: everyone, present: true })).toMatchObject({
      id: meeting.id,
      attendeeIds: everyone,
    });

    // Another window changes the notes, then the grid here unticks one participant: both changes stay.
    const other = openWorkspace(path);
    other.call('meeting.update', {
      id: meeting.id,
      workGroupId,
      date: meeting.date,
      kind: meeting.kind,
      notes: 'Typed in another window.',
      attendeeIds: everyone,
    });
    call('attendance.set', { meetingId: meeting.id, participantIds: [second.id], present: false });
    const saved = call('meeting.list', { workGroupId }).find((m) => m.id === meeting.id)!;
    expect(saved.notes).toBe('Typed in another window.');
    expect(saved.attendeeIds).toEqual([year.participant.id, third.id]);

    expect(attempt('attendance.set', { meetingId: meeting.id, participantIds: [], present: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    call('meeting.delete', { id: meeting.id });
    expect(
      attempt('attendance.set', { meetingId: meeting.id, participantIds: [third.id], present: true }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a participant of another Work Group and changes nothing', () => {
    const { call, attempt } = tempWorkspace();
    const year = recordSmallYear(call);
    const elsewhere = recordSmallYear(call, 'TRG-2025-02');
    expect(
      attempt('attendance.set', {
        meetingId: year.meeting.id,
        participantIds: [elsewhere.participant.id],
        present: true,
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call('meeting.list', { workGroupId: year.workGroup.id })[0]!.attendeeIds).toEqual([year.participant.id]);
  });
});
