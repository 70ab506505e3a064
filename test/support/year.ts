import type { Input, Method, Output } from '../../src-shared/api/contract';
import { PRIMARY_MASTERY_PROJECT_ID } from './workspace';

type Call = <M extends Method>(method: M, input: Input<M>) => Output<M>;

/** A small, obviously fictional Work Group year with one record of every kind but a research lesson (recordYearOfEveryKind adds one), built through the contract. */
export function recordSmallYear(call: Call, code = 'TRG-2025-01') {
  const workGroup = call('workGroup.create', {
    code,
    name: 'Reasoning about fractions in Key Stage 2',
    academicYear: '2025/26',
    projectId: PRIMARY_MASTERY_PROJECT_ID,
    leadName: 'Ms Example Lead',
  });
  const workGroupId = workGroup.id;
  const school = call('school.create', { name: 'Puddleby Lane Test Primary', phase: 'primary', urn: '' });
  const participation = call('schoolParticipation.create', {
    workGroupId,
    schoolId: school.id,
    seniorLeaderName: 'Mr Test Headteacher',
    intendedImpact: 'Pupils will explain their reasoning with fractions using stem sentences.',
  });
  const participant = call('participant.create', {
    workGroupId,
    schoolId: school.id,
    name: 'Ms Sample Teacher',
    role: 'Year 5 teacher',
    researchQuestion: 'How do bar models help pupils compare fractions?',
  });
  const child = call('focusChild.create', {
    participantId: participant.id,
    code: `${code}-A`.slice(-16),
    yearGroup: 'y5',
    penPortraitStart: 'Reluctant to explain; relies on counting.',
    desiredChange: 'Explains comparisons of fractions using a bar model.',
  });
  const reading = call('reading.create', {
    workGroupId,
    citation: 'Example, A. (2020) Bar models and fractions. Journal of Test Studies.',
  });
  const meeting = call('meeting.create', {
    workGroupId,
    date: '2025-10-08',
    kind: 'work_group_meeting',
    hostSchoolId: school.id,
    notes: 'Launch meeting: shared the umbrella question and planned the first cycle.',
    attendeeIds: [participant.id],
    readingIds: [reading.id],
  });
  // Targeted support's own records (a Work Group may hold them too; its screens do not offer them).
  const supportDay = call('supportDay.create', {
    workGroupId,
    date: '2025-10-22',
    schoolId: school.id,
    stage: 'explore',
    attendeeIds: [participant.id],
    notes: 'Looked at books with the maths lead and agreed where the gaps are.',
  });
  const actionPlan = call('actionPlan.create', {
    workGroupId,
    schoolId: school.id,
    developmentFocus: 'A shared approach to comparing fractions in every class.',
    agreedDays: 6,
  });
  const journalEntry = call('journalEntry.create', {
    participantId: participant.id,
    date: '2025-10-15',
    text: 'Tried the bar model with the quadrilateral of equivalence; pupils began to reason aloud.',
    focusChildIds: [child.id],
    readingIds: [reading.id],
    areas: ['pupil_outcomes', 'practice_development'],
  });
  const observation = call('observation.create', {
    focusChildId: child.id,
    date: '2025-11-05',
    kind: 'measure',
    text: 'Fractions check',
    measureValue: 14,
    measureScale: 'out of 20',
  });
  const cycle = call('actionResearchCycle.create', {
    participantId: participant.id,
    number: 1,
    plan: 'Introduce bar models for comparing fractions.',
    focusChildIds: [child.id],
  });
  const claim = call('impactClaim.create', {
    workGroupId,
    level: 'group',
    statement: 'Pupils explain fraction comparisons more precisely.',
    strength: 'triangulated',
    area: 'pupil_outcomes',
    evidence: [{ kind: 'observation', id: observation.id }],
  });
  const questionnaire = call('questionnaire.create', {
    workGroupId,
    title: 'After each meeting',
    timing: 'after_meeting',
    questions: [
      { id: 'useful', text: 'How useful was the session?', type: 'scale_5', options: [] },
      { id: 'try', text: 'What will you try before the next meeting?', type: 'free_text', options: [] },
    ],
  });
  const surveyResponse = call('surveyResponse.create', {
    participantId: participant.id,
    questionnaireId: questionnaire.id,
    occasion: 'after_meeting',
    meetingId: meeting.id,
    date: meeting.date,
    answers: { useful: 4, try: 'Bar models when comparing fractions with the same numerator.' },
  });
  const theme = call('theme.create', {
    workGroupId,
    name: 'Bar models',
    description: 'Bar models to show the relationships in a problem.',
  });
  const coded = 'the bar model';
  const codedPassage = call('codedPassage.create', {
    workGroupId,
    recordKind: 'journalEntry',
    recordId: journalEntry.id,
    field: 'text',
    startOffset: journalEntry.text.indexOf(coded),
    endOffset: journalEntry.text.indexOf(coded) + coded.length,
    words: coded,
    themeIds: [theme.id],
  });
  return {
    workGroup,
    school,
    participation,
    participant,
    child,
    reading,
    meeting,
    supportDay,
    actionPlan,
    journalEntry,
    observation,
    cycle,
    claim,
    questionnaire,
    surveyResponse,
    theme,
    codedPassage,
  };
}

/** The small year with a research lesson planned around three case pupils (two more focus children of its participant), not yet saved. */
export function recordResearchLesson(call: Call) {
  const year = recordSmallYear(call);
  const children = [
    year.child,
    call('focusChild.create', { participantId: year.participant.id, code: 'Y5-B', yearGroup: 'y5' }),
    call('focusChild.create', { participantId: year.participant.id, code: 'Y5-C', yearGroup: 'y5' }),
  ];
  const meeting = call('meeting.create', {
    workGroupId: year.workGroup.id,
    date: '2026-03-12',
    kind: 'research_lesson',
    attendeeIds: [year.participant.id],
  });
  const observation = call('observation.create', {
    focusChildId: children[0]!.id,
    date: '2026-03-12',
    kind: 'note',
    text: 'Drew a bar model unprompted to compare two fifths and three tenths.',
  });
  const lesson = {
    meetingId: meeting.id,
    aim: 'Pupils compare fractions with different denominators using a bar model.',
    casePupils: children.map((c, i) => ({
      focusChildId: c.id,
      prediction: `Prediction ${i + 1}: will reach for the bar model once prompted.`,
      observed: `Case pupil ${i + 1} worked with a partner on the comparison.`,
      interview: `The bars made it easy, ${i + 1}.`,
    })),
    observationIds: [observation.id],
    discussion: 'Two of the three reached for the bar model without a prompt.',
    changes: 'Bar models are on every table from the start of the next unit.',
  };
  return { ...year, children, meeting, observation, lesson };
}

/** The small year with its research lesson saved: a record of every kind in the registry. */
export function recordYearOfEveryKind(call: Call) {
  const study = recordResearchLesson(call);
  return { ...study, researchLesson: call('researchLesson.create', study.lesson) };
}

/** A questionnaire given at the start and the end of the small year, answered at both by its participant and a colleague (who misses the end). */
export function recordStartEndSurvey(call: Call, year: ReturnType<typeof recordSmallYear>) {
  const colleague = call('participant.create', {
    workGroupId: year.workGroup.id,
    schoolId: year.school.id,
    name: 'Mr Example Colleague',
    role: 'Year 6 teacher',
  });
  const questionnaire = call('questionnaire.create', {
    workGroupId: year.workGroup.id,
    title: 'Confidence in teaching fractions',
    timing: 'start_end',
    questions: [
      { id: 'confident', text: 'How confident are you comparing fractions?', type: 'scale_10', options: [] },
      { id: 'bar', text: 'Do you use bar models?', type: 'yes_no', options: [] },
      { id: 'often', text: 'How often?', type: 'choice', options: ['Weekly', 'Daily'] },
      { id: 'why', text: 'Why?', type: 'free_text', options: [] },
    ],
  });
  const answer = (
    participantId: string,
    occasion: 'start' | 'end',
    date: string,
    answers: Record<string, string | number>,
  ) => call('surveyResponse.create', { participantId, questionnaireId: questionnaire.id, occasion, date, answers });
  const responses = [
    answer(year.participant.id, 'start', '2025-09-20', { confident: 4, bar: 'no', often: 'Weekly', why: 'New to it.' }),
    answer(year.participant.id, 'end', '2026-07-10', { confident: 8, bar: 'yes', often: 'Daily', why: 'It works.' }),
    answer(colleague.id, 'start', '2025-09-21', { confident: 6, bar: 'yes', often: 'Weekly' }),
  ];
  return { colleague, questionnaire, responses };
}
