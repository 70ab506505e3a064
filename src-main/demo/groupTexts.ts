import type { MeetingKind, NcetmArea } from '../../src-shared/domain/enums';

// The Lead's own records: intended outcomes, meeting notes, action-research cycles and impact claims.

export const INTENDED_OUTCOMES: { area: NcetmArea; owner: 'teachers' | 'pupils' | 'school'; statement: string }[] = [
  {
    area: 'pupil_outcomes',
    owner: 'pupils',
    statement: 'Pupils will explain their reasoning about {focus} using precise mathematical language.',
  },
  {
    area: 'professional_learning',
    owner: 'teachers',
    statement: 'Teachers will deepen their knowledge of {focus} and of the representations that expose its structure.',
  },
  {
    area: 'practice_development',
    owner: 'teachers',
    statement: 'Teachers will plan carefully varied sequences and use {rep} routinely in lessons.',
  },
  {
    area: 'school_policy',
    owner: 'school',
    statement: 'Each school will include the approach in its calculation policy or development plan.',
  },
];

/** The first and last Work Group meetings of the year have notes of their own. */
export const LAUNCH_NOTES = [
  'Launch: shared the umbrella question and intended outcomes. Each participant chose up to three focus children and wrote a first pen portrait. Discussed {reading}.',
  'First meeting: agreed the intended outcomes, talked through how to write a pen portrait, and planned the first action-research cycle. Read {reading} together.',
];
export const FINAL_NOTES = [
  'Final meeting: each participant presented the change in one focus child, with evidence. Began to answer the four evaluation questions together.',
  'End-of-year meeting: compared end pen portraits with the start ones, looked at the summer measures and agreed what to share with senior leaders.',
];

export const MEETING_NOTES: Record<MeetingKind, string[]> = {
  work_group_meeting: [
    'Participants shared work samples from their focus children. Common thread: pupils {misc}. Agreed to try {rep} consistently until the next meeting.',
    'Reviewed the first action-research cycles. Several teachers noticed more pupils using the stem sentence “{stem}”.',
  ],
  research_lesson: [
    'Research lesson on {example}. Predictions were made for each case pupil; in the post-lesson discussion we started from what the case pupils learned. Two of three case pupils used the {rep} unprompted.',
    'Research lesson taught by one participant and observed by the group. The key question about {example} revealed that several pupils {misc}. Pupil interviews afterwards were very revealing.',
  ],
  collaborative_planning: [
    'Planned a sequence of small steps for {focus} together, agreeing the representations and the stem sentences to use.',
    'Co-planned the research lesson around {example}; wrote predictions for each case pupil.',
  ],
  in_school_visit: [
    'Lead visited to observe the focus children during a lesson on {focus} and to talk with the senior leader about intended impact.',
    'In-school visit: learning walk with the maths lead, then a coaching conversation about questioning.',
  ],
  leaders_session: [
    'Senior leaders met to review intended impact and to plan how the work continues next year.',
    'Leaders’ session on evaluating impact with Guskey’s levels; each school agreed what evidence it would gather.',
  ],
  programme_session: [
    'Worked through the unit’s key ideas together, then tried the tasks on {example} as learners. Gap task: teach one small-steps sequence on {focus} and bring a work sample.',
    'Shared the gap tasks: several participants found pupils {misc}. Unpicked the {rep} in the materials before the next unit.',
  ],
};

export const CYCLE_PLANS = [
  'Introduce {rep} for {focus} with the whole class, three times a week for four weeks, watching the focus children closely.',
  'Use the stem sentence “{stem}” in every lesson for three weeks and record who uses it unprompted.',
  'Replace the usual practice exercise with a short, carefully varied set built around {example}.',
  'Start each lesson with five minutes of fluency practice linked to {focus}, then check recall after four weeks.',
  'Plan key questions in advance for each lesson and note the focus children’s answers.',
];

export const CYCLE_ACTS = [
  'Taught eight lessons using the plan; kept a short log after each.',
  'Used the approach in most lessons over five weeks; missed a week for assessments.',
  'Taught the sequence with a teaching assistant supporting the focus children in two sessions.',
  'Followed the plan closely for three weeks, then adapted it after the Work Group meeting.',
];

export const CYCLE_OBSERVES = [
  'Collected work samples and pupil voice from the focus children; most now draw the {rep} without being asked.',
  'The arithmetic check showed a small rise; pupil voice showed much more confidence.',
  'Fewer pupils {misc}. One focus child still struggles when the numbers get larger.',
  'Video of two lessons showed that I was answering my own questions less often.',
];

export const CYCLE_REFLECTS = [
  'The representation helped, but only when I connected it explicitly to the written method. Next cycle: make that link every time.',
  'The stem sentences helped the quieter pupils most. Next cycle I will vary them so they do not become a script.',
  'Progress was slower than I hoped, but the focus children are more willing to try. I will keep the same focus for another cycle.',
  'This worked well and I want to share it with my year-group partner next term.',
];

/** Claims about one school or one participant. */
export const SCHOOL_CLAIMS = [
  'Focus pupils in this school explain their reasoning about {focus} more precisely than at the start of the year.',
  'Pupils in the participating class are more confident and more accurate with {focus}.',
];
export const PARTICIPANT_CLAIMS = [
  'This teacher now plans carefully varied sequences and uses {rep} routinely.',
  'Questioning in this teacher’s lessons now asks for reasons, not just answers.',
  'This teacher draws on the Work Group’s reading when planning and evaluating lessons.',
];

export const CLAIMS: Record<NcetmArea, string[]> = {
  pupil_outcomes: [
    'Focus pupils explain their reasoning about {focus} more precisely than at the start of the year.',
    'Fewer pupils in participating classes {misc}.',
    'Pupils across the Work Group are more confident in maths, as their own words show.',
  ],
  professional_learning: [
    'Participants have a deeper understanding of {focus} and of the {rep} that expose its structure.',
    'Teachers now draw on research when they plan and evaluate their teaching.',
  ],
  practice_development: [
    'Participants plan carefully varied sequences and use {rep} routinely.',
    'Questioning in participating classes asks for reasons, not just answers.',
  ],
  school_policy: [
    'Participating schools have built the approach into their calculation policies.',
    'Senior leaders have prioritised time for maths planning in next year’s development plans.',
  ],
};
