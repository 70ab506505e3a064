import { describe, expect, it } from 'vitest';
import { recordSmallYear } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';

describe('recording a year', () => {
  it('creates, lists, updates, deletes and restores every kind of record', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;

    expect(call('participant.list', { workGroupId })).toMatchObject([{ name: 'Ms Sample Teacher' }]);
    expect(call('journalEntry.list', { workGroupId })[0]).toMatchObject({
      focusChildIds: [year.child.id],
      areas: ['pupil_outcomes', 'practice_development'],
      workGroupId,
    });
    expect(call('observation.list', { workGroupId })[0]).toMatchObject({ measureValue: 14, measureScale: 'out of 20' });

    const { workGroupId: _w, createdAt: _c, updatedAt: _u, ...child } = year.child;
    void [_w, _c, _u];
    const updated = call('focusChild.update', {
      ...child,
      penPortraitEnd: 'Now explains comparisons confidently.',
      changeJudgement: 4,
    });
    expect(updated).toMatchObject({ penPortraitEnd: 'Now explains comparisons confidently.', changeJudgement: 4 });

    expect(call('reading.delete', { id: year.reading.id })).toEqual({ deleted: 1 });
    expect(call('reading.list', { workGroupId })).toEqual([]);
    expect(call('reading.restore', { id: year.reading.id })).toMatchObject({ citation: year.reading.citation });
  });

  it('takes everything that hangs off a participant to the Trash, and brings it all back', () => {
    const { call, attempt } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;

    expect(call('participant.delete', { id: year.participant.id })).toEqual({ deleted: 5 });
    expect(call('focusChild.list', { workGroupId })).toEqual([]);
    expect(call('observation.list', { workGroupId })).toEqual([]);
    expect(call('search.query', { text: 'quadrilateral' })).toEqual([]);
    expect(call('trash.list', {})).toMatchObject([{ kind: 'participant', label: 'Ms Sample Teacher', alsoDeleted: 4 }]);

    expect(attempt('focusChild.restore', { id: year.child.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    call('participant.restore', { id: year.participant.id });
    expect(call('focusChild.list', { workGroupId })).toHaveLength(1);
    expect(call('observation.list', { workGroupId })).toHaveLength(1);
    expect(call('journalEntry.list', { workGroupId })).toHaveLength(1);
    expect(call('trash.list', {})).toEqual([]);
    expect(call('search.query', { text: 'quadrilateral' })).toMatchObject([{ kind: 'journalEntry' }]);
  });

  it('finds free text across the workspace, as prefixes, and only in the chosen Work Group when asked', () => {
    const { call } = tempWorkspace();
    const first = recordSmallYear(call, 'TRG-A');
    recordSmallYear(call, 'TRG-B');
    expect(call('search.query', { text: 'bar mod' }).length).toBeGreaterThanOrEqual(4);
    const inFirst = call('search.query', { text: 'quadrilateral', workGroupId: first.workGroup.id });
    expect(inFirst).toEqual([
      expect.objectContaining({
        kind: 'journalEntry',
        id: first.journalEntry.id,
        snippet: expect.stringContaining('['),
      }),
    ]);
    expect(call('search.query', { text: '"*) OR (' })).toEqual([]);
  });
});
