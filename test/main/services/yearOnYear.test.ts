import { describe, expect, it } from 'vitest';
import { recordSmallYear, recordStartEndSurvey } from '../../support/year';
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

  it('carries the questionnaires, each participant’s answers at last year’s end becoming their start', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const survey = recordStartEndSurvey(call, year);
    const next = call('workGroup.rollover', {
      id: year.workGroup.id,
      code: 'TRG-2026-01',
      projectId: PRIMARY_SUSTAINING,
    });

    const questionnaires = call('questionnaire.list', { workGroupId: next.id });
    expect(questionnaires.map((q) => [q.title, q.timing])).toEqual([
      ['After each meeting', 'after_meeting'],
      ['Confidence in teaching fractions', 'start_end'],
    ]);
    const confidence = questionnaires.find((q) => q.title === 'Confidence in teaching fractions')!;
    expect(confidence.questions).toEqual(survey.questionnaire.questions);
    const [teacher] = call('participant.list', { workGroupId: next.id }).filter((p) => p.name === 'Ms Sample Teacher');
    // Only last year's end answers go forward (the colleague answered at the start only), as this year's start.
    expect(call('surveyResponse.list', { workGroupId: next.id })).toMatchObject([
      {
        participantId: teacher!.id,
        questionnaireId: confidence.id,
        occasion: 'start',
        date: '2026-09-01',
        answers: survey.responses[1]!.answers,
      },
    ]);

    // This year's end is then set beside last year's end.
    call('surveyResponse.create', {
      participantId: teacher!.id,
      questionnaireId: confidence.id,
      occasion: 'end',
      date: '2027-07-09',
      answers: { confident: 9 },
    });
    const figures = call('evaluation.workGroup', { id: next.id, asOf: '2027-07-20' }).surveys;
    expect(figures.find((f) => f.questionnaireId === confidence.id)!.questions[0]!.paired).toEqual({
      n: 1,
      startMean: 8,
      endMean: 9,
    });
    // Last year keeps its own answers.
    expect(call('surveyResponse.list', { workGroupId: year.workGroup.id })).toHaveLength(4);
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
