import { describe, expect, it } from 'vitest';
import { recordResearchLesson, recordSmallYear } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';

type Workspace = ReturnType<typeof tempWorkspace>;

const launchOf = ({ call }: Workspace, workGroupId: string) =>
  call('meeting.list', { workGroupId }).find((m) => m.kind === 'work_group_meeting')!.id;

describe('research lessons', () => {
  it('are recorded on a research-lesson meeting with their case pupils, and go to the Trash with it', () => {
    const workspace = tempWorkspace();
    const { call } = workspace;
    const { lesson, meeting, workGroup } = recordResearchLesson(workspace.call);
    const saved = call('researchLesson.create', lesson);
    expect(saved).toMatchObject({ workGroupId: workGroup.id, casePupils: lesson.casePupils });
    expect(call('researchLesson.list', { workGroupId: workGroup.id })).toHaveLength(1);
    expect(call('meeting.delete', { id: meeting.id })).toMatchObject({ deleted: 2 });
    expect(call('researchLesson.list', { workGroupId: workGroup.id })).toHaveLength(0);
  });

  it('refuses a lesson on another kind of meeting, and a second lesson for a meeting', () => {
    const workspace = tempWorkspace();
    const { call, attempt } = workspace;
    const study = recordResearchLesson(workspace.call);
    const { lesson } = study;
    // The small year's launch meeting is a Work Group meeting, not a research lesson.
    const onLaunch = attempt('researchLesson.create', {
      ...lesson,
      meetingId: launchOf(workspace, study.workGroup.id),
    });
    expect(onLaunch).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'meetingId', message: expect.stringMatching(/Research lesson \(lesson study\)/) }] },
    });
    call('researchLesson.create', lesson);
    expect(attempt('researchLesson.create', lesson)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already has its research lesson/) },
    });
  });

  it('keeps each case pupil once and only the group’s own focus children', () => {
    const workspace = tempWorkspace();
    const { call, attempt } = workspace;
    const { lesson, children } = recordResearchLesson(workspace.call);
    const other = recordSmallYear(call, 'TRG-OTHER');
    const twice = attempt('researchLesson.create', {
      ...lesson,
      casePupils: [lesson.casePupils[0], { ...lesson.casePupils[1], focusChildId: children[0]!.id }],
    });
    expect(twice).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/case pupil of a lesson once/) },
    });
    const stranger = attempt('researchLesson.create', {
      ...lesson,
      casePupils: [{ ...lesson.casePupils[0], focusChildId: other.child.id }],
    });
    expect(stranger).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not a focus child of this Work Group/) },
    });
    const four = attempt('researchLesson.create', {
      ...lesson,
      casePupils: [...lesson.casePupils, { ...lesson.casePupils[0], focusChildId: other.child.id }],
    });
    expect(four).toMatchObject({ ok: false });
  });

  it('count in Standard 3 and in Improving Pupil Outcomes, whatever they are tagged with', () => {
    const workspace = tempWorkspace();
    const { call } = workspace;
    const { lesson, workGroup } = recordResearchLesson(workspace.call);
    const saved = call('researchLesson.create', lesson);
    const evaluation = call('evaluation.workGroup', { id: workGroup.id });
    const sessions = evaluation.standards
      .find((s) => s.standard === 'collaboration')!
      .indicators.find((i) => i.id === 'collaborative_sessions')!;
    expect(sessions.detail).toMatch(/1 research lesson \(1 studied through case pupils’ predictions and interviews\)/);
    expect(sessions.evidence).toContainEqual({
      kind: 'researchLesson',
      id: saved.id,
      label: 'Research lesson, 12/03/2026',
    });
    const pupils = evaluation.areas.find((a) => a.area === 'pupil_outcomes')!;
    expect(pupils.evidence.map((e) => e.id)).toContain(saved.id);
  });
});
