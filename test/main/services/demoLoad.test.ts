import { describe, expect, it } from 'vitest';
import { sampleWorkGroup, tempWorkspace } from '../../support/workspace';

describe('demo.load: the demo opened from the first-run screen', () => {
  it('fills an empty workspace with the demo Work Group’s year, which the evaluation can read', () => {
    const { call } = tempWorkspace();
    const loaded = call('demo.load', {});

    const groups = call('workGroup.list', { includeArchived: true });
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ id: loaded.workGroupId, name: loaded.workGroupName, academicYear: '2025/26' });
    expect(loaded).toMatchObject({ schools: 7, participants: 14, focusChildren: 42, meetings: 6 });
    expect(call('participant.list', {})).toHaveLength(14);
    expect(call('focusChild.list', {})).toHaveLength(42);

    const evaluation = call('evaluation.workGroup', { id: loaded.workGroupId });
    expect(evaluation.standards).toHaveLength(5);
    expect(call('search.query', { text: 'reasoning' }).total).toBeGreaterThan(0);
  });

  it('refuses, changing nothing, once the workspace has a Work Group of its own', () => {
    const { call, attempt } = tempWorkspace();
    call('workGroup.create', sampleWorkGroup);
    const schoolsBefore = call('school.list', {});

    const reply = attempt('demo.load', {});
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('conflict');
    expect(reply.error.message).toMatch(/only into an empty workspace.*File → New workspace/);
    expect(call('workGroup.list', { includeArchived: true }).map((g) => g.code)).toEqual([sampleWorkGroup.code]);
    expect(call('school.list', {})).toEqual(schoolsBefore);
  });

  it('refuses a second time, so the demo is never doubled', () => {
    const { call, attempt } = tempWorkspace();
    call('demo.load', {});
    expect(attempt('demo.load', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(call('workGroup.list', { includeArchived: true })).toHaveLength(1);
    expect(call('school.list', {})).toHaveLength(7);
  });
});
