import { describe, expect, it } from 'vitest';
import type { WorkGroup } from '../../../src-shared/domain/workGroup';
import { recordSmallYear } from '../../support/year';
import { PRIMARY_MASTERY_PROJECT_ID, tempWorkspace } from '../../support/workspace';

/** A Work Group's own fields, as the About form sends them back with its id. */
function aboutForm(group: WorkGroup) {
  const { status: _s, projectName: _p, pdActivityType: _t, createdAt: _c, updatedAt: _u, ...fields } = group;
  void [_s, _p, _t, _c, _u];
  const { previousWorkGroupId: _pr, rolledOverToId: _r, ...own } = fields;
  void [_pr, _r];
  return own;
}

function workspaceWithYear() {
  const workspace = tempWorkspace();
  const year = recordSmallYear(workspace.call);
  const kept = (kind: string, id: string) =>
    (
      workspace.store.db
        .prepare('SELECT count(*) AS n FROM record_version WHERE kind = ? AND record_id = ?')
        .get(kind, id) as {
        n: number;
      }
    ).n;
  return { ...workspace, year, kept };
}

const FIRST_QUESTION = 'How do stem sentences help pupils explain comparisons of fractions?';
const SECOND_QUESTION = 'What happens to pupils’ reasoning when every lesson starts from a bar model?';

describe('the earlier versions of a Work Group’s own fields', () => {
  it('keeps each save of the About form, a rename and the key findings, and puts an earlier one back as a new change', () => {
    const { call, attempt, year, kept } = workspaceWithYear();
    const id = year.workGroup.id;
    expect(call('history.list', { kind: 'workGroup', id })).toMatchObject([
      { version: 1, summary: 'Created.', current: true, fromBundle: false },
    ]);
    expect(kept('workGroup', id)).toBe(0);

    const first = call('workGroup.update', { ...aboutForm(year.workGroup), umbrellaQuestion: FIRST_QUESTION });
    const second = call('workGroup.update', {
      ...aboutForm(first),
      umbrellaQuestion: SECOND_QUESTION,
      leadName: 'Dr Example Lead',
    });
    // Saving the same words again is no new version.
    call('workGroup.update', aboutForm(second));
    call('workGroup.rename', { id, name: 'Reasoning with bar models' });
    call('keyFindings.set', { workGroupId: id, findings: ['Pupils explained comparisons aloud.'] });
    // Archiving changes none of its own fields: no version.
    call('workGroup.archive', { id, archived: true });
    call('workGroup.archive', { id, archived: false });

    const versions = call('history.list', { kind: 'workGroup', id });
    expect(versions.map((v) => [v.version, v.current, v.summary])).toEqual([
      [5, true, 'Key findings changed from None to Pupils explained comparisons aloud.'],
      [4, false, 'Name changed from Reasoning about fractions in Key Stage 2 to Reasoning with bar models.'],
      [3, false, 'Lead name changed from Ms Example Lead to Dr Example Lead; Umbrella question changed.'],
      [2, false, 'Umbrella question changed.'],
      [1, false, 'Created.'],
    ]);
    expect(versions[3]!.changes).toEqual([
      { field: 'umbrellaQuestion', label: 'Umbrella question', from: '–', to: FIRST_QUESTION },
    ]);
    expect(kept('workGroup', id)).toBe(5);

    // The first question put back: the rest stays as it is now, the words are the old ones.
    const restored = call('history.restore', { kind: 'workGroup', id, version: 2, ifLatest: 5 });
    expect(restored).toEqual({ kind: 'workGroup', id, workGroupId: id, version: 6 });
    const now = call('workGroup.get', { id });
    expect(now).toMatchObject({
      umbrellaQuestion: FIRST_QUESTION,
      leadName: 'Ms Example Lead',
      name: 'Reasoning about fractions in Key Stage 2',
      keyFindings: [],
      status: 'active',
    });
    expect(now.updatedAt > second.updatedAt).toBe(true);
    expect(call('history.list', { kind: 'workGroup', id })[0]).toMatchObject({
      version: 6,
      current: true,
      restoredFrom: 2,
      summary: expect.stringMatching(/^Version 2 put back: /),
    });

    // An undo overtaken by another save puts nothing back; the version it holds is not put back again.
    expect(attempt('history.restore', { kind: 'workGroup', id, version: 5, ifLatest: 5 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/This Work Group has been changed since/) },
    });
    expect(attempt('history.restore', { kind: 'workGroup', id, version: 6 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('keeps the Work Group’s rules when a version is put back: a code now used by another group is refused in words', () => {
    const { call, attempt, year } = workspaceWithYear();
    const id = year.workGroup.id;
    call('workGroup.update', { ...aboutForm(year.workGroup), code: 'TRG-2025-09' });
    call('workGroup.create', {
      code: 'TRG-2025-01',
      name: 'Another group that took the old code',
      academicYear: '2025/26',
      projectId: PRIMARY_MASTERY_PROJECT_ID,
      leadName: 'Mr Other Lead',
    });
    expect(attempt('history.restore', { kind: 'workGroup', id, version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'The code TRG-2025-01 is already used by another Work Group.' },
    });
    expect(call('history.list', { kind: 'workGroup', id })).toHaveLength(2);
  });
});

describe('the earlier versions of the Lead’s judgements', () => {
  it('keeps each save of a judgement and puts an earlier narrative back, leaving out evidence gone since', () => {
    const { call, year, kept } = workspaceWithYear();
    const workGroupId = year.workGroup.id;
    const subject = 'area:pupil_outcomes' as const;
    const created = call('judgement.set', {
      workGroupId,
      subject,
      rating: 'amber',
      narrative: 'Pupils begin to explain comparisons with a bar model.',
      evidence: [{ kind: 'journalEntry', id: year.journalEntry.id }],
    });
    expect(call('history.list', { kind: 'judgement', id: created.id })).toMatchObject([
      { version: 1, summary: 'Created.', current: true },
    ]);
    call('judgement.set', {
      workGroupId,
      subject,
      rating: 'green',
      narrative: 'Most pupils now explain comparisons aloud, unprompted.',
      evidence: [],
    });
    const versions = call('history.list', { kind: 'judgement', id: created.id });
    expect(versions.map((v) => v.summary)).toEqual([
      'Rating changed from Amber to Green; Narrative changed; Evidence changed.',
      'Created.',
    ]);
    expect(versions[0]!.changes.find((c) => c.field === 'evidence')).toMatchObject({ to: 'None' });
    expect(kept('judgement', created.id)).toBe(2);

    // The journal entry chosen as evidence then is in the Trash now: the narrative comes back without it.
    call('journalEntry.delete', { id: year.journalEntry.id });
    const restored = call('history.restore', { kind: 'judgement', id: created.id, version: 1, ifLatest: 2 });
    expect(restored).toEqual({ kind: 'judgement', id: created.id, workGroupId, version: 3, evidenceLeftOut: 1 });
    const [judgement] = call('evaluation.workGroup', { id: workGroupId }).judgements;
    expect(judgement).toMatchObject({
      id: created.id,
      rating: 'amber',
      narrative: 'Pupils begin to explain comparisons with a bar model.',
      evidence: [],
    });
  });

  it('forgets a Work Group’s and its judgements’ earlier versions when the group is erased for good', () => {
    const { call, year, kept } = workspaceWithYear();
    const id = year.workGroup.id;
    call('workGroup.update', {
      ...aboutForm(year.workGroup),
      umbrellaQuestion: 'Quokkaridge: a question never to survive.',
    });
    const set = (narrative: string) =>
      call('judgement.set', {
        workGroupId: id,
        subject: 'standard:sustained',
        rating: 'green',
        narrative,
        evidence: [],
      });
    const judgement = set('Quokkaridge wrote this first.');
    set('Then this.');
    expect([kept('workGroup', id), kept('judgement', judgement.id)]).toEqual([2, 2]);
    call('workGroup.delete', { id });
    call('trash.erase', { ids: [id] });
    expect([kept('workGroup', id), kept('judgement', judgement.id)]).toEqual([0, 0]);
  });
});
