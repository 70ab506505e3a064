import type { WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';

// A hand-built Work Group year (2025/26) that meets every target, for tests to take apart.

let counter = 0;
export const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export function fullYear(): WorkGroupSnapshot {
  const schoolA = uuid();
  const schoolB = uuid();
  const pA = uuid();
  const pB = uuid();
  const [c1, c2, c3, c4] = [uuid(), uuid(), uuid(), uuid()] as [string, string, string, string];
  const [r1, r2] = [uuid(), uuid()] as [string, string];
  const [m1, m2, m3, m4] = [uuid(), uuid(), uuid(), uuid()] as [string, string, string, string];
  const child = (id: string, participantId: string, code: string, changeJudgement: number) => ({
    id,
    participantId,
    code,
    yearGroup: 'y4' as const,
    penPortraitStart: 'Reluctant to explain reasoning aloud.',
    penPortraitEnd: 'Explains reasoning with a stem sentence.',
    desiredChange: 'Will explain reasoning using a representation.',
    changeJudgement,
    changeNote: '',
    consentRecorded: true,
    retainUntil: '2027-08-31',
  });
  const meeting = (
    id: string,
    date: string,
    kind: WorkGroupSnapshot['meetings'][number]['kind'],
    readingIds: string[],
  ) => ({
    id,
    workGroupId: 'wg',
    date,
    kind,
    notes: '',
    attendeeIds: [pA, pB],
    readingIds,
    materialsUnit: '',
    areas: ['professional_learning' as const],
    standards: ['collaboration' as const],
  });
  const journal = (
    participantId: string,
    date: string,
    extra: Partial<WorkGroupSnapshot['journalEntries'][number]> = {},
  ) => ({
    id: uuid(),
    participantId,
    date,
    text: 'We tried a bar model today. The children talked more about the whole.',
    focusChildIds: [],
    readingIds: [],
    areas: ['practice_development' as const],
    standards: ['pupil_outcomes' as const],
    ...extra,
  });
  const observation = (focusChildId: string, date: string, kind: 'note' | 'pupil_voice' = 'note') => ({
    id: uuid(),
    focusChildId,
    date,
    kind,
    text:
      kind === 'pupil_voice'
        ? '“I can see the half because the bar is split in two.”'
        : 'Used the bar model unprompted.',
    measureScale: '',
    areas: ['pupil_outcomes' as const],
    standards: ['pupil_outcomes' as const],
    strength: 'anecdotal' as const,
  });
  const participation = (schoolId: string) => ({
    id: uuid(),
    workGroupId: 'wg',
    schoolId,
    seniorLeaderName: 'Head',
    seniorLeaderRole: 'Headteacher',
    intendedImpact: 'Teachers will plan with representations.',
    endEvaluation: 'Teachers now plan with representations.',
    continuationPlan: 'Two more teachers join next year.',
    namedInDevelopmentPlan: true,
    leaderEngagements: [{ date: '2025-11-20', kind: 'invited_meeting' as const, note: '' }],
    areas: ['school_policy' as const],
    standards: ['leadership' as const],
  });
  const observations = [c1, c2, c3, c4].flatMap((c) => [
    observation(c, '2025-10-20', 'pupil_voice'),
    observation(c, '2026-03-01'),
    observation(c, '2026-06-20'),
  ]);
  return {
    workGroup: {
      id: uuid(),
      code: 'TRG-TEST',
      name: 'Fractions',
      academicYear: '2025/26',
      projectId: uuid(),
      pdActivityType: 'work_group',
      projectName: 'Primary Teaching for Mastery Development',
      phase: 'primary',
      leadName: 'A Lead',
      umbrellaQuestion: 'How do representations help pupils reason?',
      status: 'active',
      rolledOver: false,
      intendedOutcomes: [
        { area: 'pupil_outcomes', owner: 'pupils', statement: 'Pupils will explain their reasoning.' },
        { area: 'professional_learning', owner: 'teachers', statement: 'Teachers will know the research.' },
        { area: 'practice_development', owner: 'teachers', statement: 'Teachers will plan with representations.' },
        { area: 'school_policy', owner: 'school', statement: 'The school will adopt a calculation policy.' },
      ],
      surveyItems: [
        { id: 'subject-knowledge', statement: 'I am confident in my subject knowledge.' },
        { id: 'research', statement: 'I draw on research evidence.' },
      ],
    },
    schools: [
      { id: schoolA, name: 'Alder Primary' },
      { id: schoolB, name: 'Birch Primary' },
    ],
    schoolParticipations: [participation(schoolA), participation(schoolB)],
    themes: [],
    codedPassages: [],
    participants: [
      {
        id: pA,
        workGroupId: 'wg',
        schoolId: schoolA,
        name: 'Teacher One',
        role: '',
        researchQuestion: '',
        cohort: '',
        comesFrom: '',
        startRatings: { 'subject-knowledge': 2, research: 2 },
        endRatings: { 'subject-knowledge': 4, research: 3 },
      },
      {
        id: pB,
        workGroupId: 'wg',
        schoolId: schoolB,
        name: 'Teacher Two',
        role: '',
        researchQuestion: '',
        cohort: '',
        comesFrom: '',
        startRatings: { 'subject-knowledge': 3, research: 1 },
        endRatings: { 'subject-knowledge': 4, research: 4 },
      },
    ],
    focusChildren: [
      child(c1, pA, 'FC-01', 3),
      child(c2, pA, 'FC-02', 4),
      child(c3, pB, 'FC-03', 4),
      child(c4, pB, 'FC-04', 2),
    ],
    meetings: [
      meeting(m1, '2025-10-01', 'work_group_meeting', [r1]),
      meeting(m2, '2025-11-20', 'collaborative_planning', [r2]),
      meeting(m3, '2026-02-10', 'research_lesson', []),
      meeting(m4, '2026-05-12', 'work_group_meeting', []),
    ],
    readings: [
      { id: r1, workGroupId: 'wg', citation: 'Reading one', link: '', summary: '' },
      { id: r2, workGroupId: 'wg', citation: 'Reading two', link: '', summary: '' },
    ],
    journalEntries: [pA, pB].flatMap((p) => [
      journal(p, '2025-10-15', { readingIds: [r1], areas: ['professional_learning'] }),
      journal(p, '2025-11-21', { meetingId: m2 }),
      journal(p, '2026-02-11', { meetingId: m3 }),
    ]),
    observations,
    actionResearchCycles: [
      {
        id: uuid(),
        participantId: pA,
        number: 1,
        plan: 'Plan',
        act: '',
        observe: '',
        reflect: '',
        startDate: '2026-03-02',
        endDate: '2026-04-30',
        focusChildIds: [],
        areas: ['practice_development'],
        standards: ['sustained'],
      },
    ],
    supportDays: [],
    actionPlans: [],
    impactClaims: [
      {
        id: uuid(),
        workGroupId: 'wg',
        level: 'group',
        statement: 'Pupils explain their reasoning more often.',
        strength: 'triangulated',
        area: 'pupil_outcomes',
        evidence: [{ kind: 'observation', id: observations[0]!.id }],
      },
    ],
    researchLessons: [],
    questionnaires: [],
    surveyResponses: [],
  };
}

/** The snapshot with some lists replaced. */
export const withChanges = (changes: Partial<WorkGroupSnapshot>, base = fullYear()): WorkGroupSnapshot => ({
  ...base,
  ...changes,
});
