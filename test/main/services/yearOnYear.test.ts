import { describe, expect, it } from 'vitest';
import { recordSmallYear } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';

/** Migration 020's Sustaining project for primary schools. */
const PRIMARY_SUSTAINING = '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e09';

describe('year on year', () => {
  it('rolls a group into a Sustaining project by choice, with last year’s end ratings as the new baseline', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const ended = { 'subject-knowledge': 4, research: 3 };
    const { createdAt: _c, updatedAt: _u, ...participant } = year.participant;
    void [_c, _u];
    call('participant.update', { ...participant, workGroupId: year.workGroup.id, endRatings: ended });
    const next = call('workGroup.rollover', {
      id: year.workGroup.id,
      code: 'TRG-2026-01',
      projectId: PRIMARY_SUSTAINING,
    });
    expect(next).toMatchObject({ projectName: 'Primary Teaching for Mastery Sustaining', academicYear: '2026/27' });
    expect(call('participant.list', { workGroupId: next.id })).toMatchObject([{ startRatings: ended, endRatings: {} }]);
    // Without a choice the group stays in its project.
    const same = recordSmallYear(call, 'TRG-B');
    const sameNext = call('workGroup.rollover', { id: same.workGroup.id, code: 'TRG-B-2' });
    expect(sameNext.projectId).toBe(same.workGroup.projectId);
  });

  it('compares the two years side by side, and has nothing to compare in a first year', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    expect(call('evaluation.yearOnYear', { id: year.workGroup.id })).toBeNull();
    const next = call('workGroup.rollover', {
      id: year.workGroup.id,
      code: 'TRG-2026-01',
      projectId: PRIMARY_SUSTAINING,
    });
    call('meeting.create', { workGroupId: next.id, date: '2026-10-07', kind: 'work_group_meeting' });
    call('meeting.create', { workGroupId: next.id, date: '2026-11-11', kind: 'work_group_meeting' });
    const comparison = call('evaluation.yearOnYear', { id: next.id })!;
    expect(comparison.years.map((y) => y.academicYear)).toEqual(['2025/26', '2026/27']);
    const row = (label: string) => comparison.rows.find((r) => r.label === label);
    expect(row('Project')).toMatchObject({
      label: 'Project',
      previous: 'Primary Teaching for Mastery Development',
      current: 'Primary Teaching for Mastery Sustaining',
    });
    expect(row('Whole-group meetings')).toMatchObject({ label: 'Whole-group meetings', previous: '1', current: '2' });
    expect(row('Participants')).toMatchObject({ previous: '1', current: '1' });
    const previous = call('evaluation.workGroup', { id: year.workGroup.id });
    expect(row(previous.standards[0]!.label)).toMatchObject({
      previous: expect.stringMatching(/Met|Partly met|Not yet/),
    });
  });
});
