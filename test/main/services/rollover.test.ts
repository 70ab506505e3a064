import { describe, expect, it } from 'vitest';
import { recordSmallYear } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';

describe('rolling a Work Group into its next year', () => {
  it('carries schools, participants and focus children forward and keeps the earlier year read-only', () => {
    const { call, attempt } = tempWorkspace();
    const year = recordSmallYear(call);
    const next = call('workGroup.rollover', { id: year.workGroup.id, code: 'TRG-2026-01', carryFocusChildren: true });

    expect(next).toMatchObject({
      academicYear: '2026/27',
      code: 'TRG-2026-01',
      previousWorkGroupId: year.workGroup.id,
    });
    expect(call('workGroup.get', { id: year.workGroup.id }).rolledOverToId).toBe(next.id);
    expect(call('participant.list', { workGroupId: next.id })).toMatchObject([{ name: 'Ms Sample Teacher' }]);
    expect(call('schoolParticipation.list', { workGroupId: next.id })).toMatchObject([{ schoolId: year.school.id }]);
    const [child] = call('focusChild.list', { workGroupId: next.id });
    expect(child).toMatchObject({ code: year.child.code, carriedFromId: year.child.id });
    expect(call('journalEntry.list', { workGroupId: next.id })).toEqual([]);

    const lateEdit = attempt('journalEntry.create', {
      participantId: year.participant.id,
      date: '2026-01-10',
      text: 'Too late for last year.',
    });
    expect(lateEdit).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/read-only/) },
    });
    expect(call('journalEntry.list', { workGroupId: year.workGroup.id })).toHaveLength(1);
  });

  it('leaves focus children behind unless asked', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const next = call('workGroup.rollover', { id: year.workGroup.id, code: 'TRG-2026-01' });
    expect(call('focusChild.list', { workGroupId: next.id })).toEqual([]);
  });
});
