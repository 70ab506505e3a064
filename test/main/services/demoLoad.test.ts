import { describe, expect, it } from 'vitest';
import { sampleWorkGroup, tempWorkspace } from '../../support/workspace';

describe('demo.load: the demo opened from the first-run screen', () => {
  it('fills an empty workspace with the demo Work Group’s year, which the evaluation can read', () => {
    const { call } = tempWorkspace();
    const loaded = call('demo.load', {});

    // The model Work Group opens; beside it, a group in its second year and last year's group before it.
    const groups = call('workGroup.list', { includeArchived: true });
    expect(groups.map((g) => g.code)).toEqual(['TRG-2025-01', 'TRG-2025-02', 'TRG-2024-02']);
    expect(groups[0]).toMatchObject({ id: loaded.workGroupId, name: loaded.workGroupName, academicYear: '2025/26' });
    expect(call('participant.list', { workGroupId: loaded.workGroupId })).toHaveLength(14);
    expect(call('focusChild.list', { workGroupId: loaded.workGroupId })).toHaveLength(42);
    expect(loaded).toMatchObject({
      participants: call('participant.list', {}).length,
      focusChildren: call('focusChild.list', {}).length,
      schools: call('school.list', {}).length,
    });

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
    const loaded = call('demo.load', {});
    expect(attempt('demo.load', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(call('workGroup.list', { includeArchived: true })).toHaveLength(3);
    expect(call('school.list', {})).toHaveLength(loaded.schools);
  });
});
