// The domain's fixed vocabularies, each with the words the interface and the documents use.
const labelled = <const T extends string>(labels: Record<T, string>) => ({
  values: Object.keys(labels) as [T, ...T[]],
  labels,
});

export const PD_ACTIVITY_TYPE = labelled({
  work_group: 'Work Group',
  programme: 'Programme',
  community: 'Community',
  targeted_support: 'Targeted Support in Maths',
});
export const PD_ACTIVITY_TYPES = PD_ACTIVITY_TYPE.values;
export const PD_ACTIVITY_TYPE_LABELS = PD_ACTIVITY_TYPE.labels;
export type PdActivityType = (typeof PD_ACTIVITY_TYPES)[number];

export const WORK_GROUP_STATUSES = ['active', 'archived'] as const;
export type WorkGroupStatus = (typeof WORK_GROUP_STATUSES)[number];

export const PHASE = labelled({
  early_years: 'Early years',
  primary: 'Primary',
  secondary: 'Secondary',
  all_through: 'All-through',
  special: 'Special',
  post_16: 'Post-16',
  cross_phase: 'Cross-phase',
});
export type Phase = (typeof PHASE.values)[number];

export const NCETM_AREA = labelled({
  pupil_outcomes: 'Improving Pupil Outcomes',
  professional_learning: 'Professional Learning',
  practice_development: 'Practice Development',
  school_policy: 'School Policy and Approaches',
});
export type NcetmArea = (typeof NCETM_AREA.values)[number];

export const DFE_STANDARD = labelled({
  pupil_outcomes: '1. Focus on improving and evaluating pupil outcomes',
  evidence: '2. Underpinned by robust evidence and expertise',
  collaboration: '3. Includes collaboration and expert challenge',
  sustained: '4. Sustained over time',
  leadership: '5. Prioritised by school leadership',
});
export type DfeStandard = (typeof DFE_STANDARD.values)[number];
/** Each standard in a few words, for column headings where the whole name will not fit. */
export const DFE_STANDARD_SHORT: Record<DfeStandard, string> = {
  pupil_outcomes: '1. Pupil outcomes',
  evidence: '2. Evidence and expertise',
  collaboration: '3. Collaboration and challenge',
  sustained: '4. Sustained over time',
  leadership: '5. School leadership',
};

export const OUTCOME_OWNER = labelled({ teachers: 'Teachers', pupils: 'Pupils', school: 'The school' });

export const YEAR_GROUP = labelled({
  nursery: 'Nursery',
  reception: 'Reception',
  y1: 'Year 1',
  y2: 'Year 2',
  y3: 'Year 3',
  y4: 'Year 4',
  y5: 'Year 5',
  y6: 'Year 6',
  y7: 'Year 7',
  y8: 'Year 8',
  y9: 'Year 9',
  y10: 'Year 10',
  y11: 'Year 11',
  y12: 'Year 12',
  y13: 'Year 13',
});
export type YearGroup = (typeof YEAR_GROUP.values)[number];

export const MEETING_KIND = labelled({
  work_group_meeting: 'Work Group meeting',
  research_lesson: 'Research lesson (lesson study)',
  collaborative_planning: 'Collaborative planning',
  in_school_visit: 'In-school visit',
  leaders_session: "Leaders' session",
  programme_session: 'Programme session',
});
export type MeetingKind = (typeof MEETING_KIND.values)[number];

/** The EEF implementation process that Targeted Support in Maths is underpinned by (NCETM types of PD). */
export const IMPLEMENTATION_STAGE = labelled({
  explore: 'Explore',
  prepare: 'Prepare',
  deliver: 'Deliver',
  sustain: 'Sustain',
});

export const OBSERVATION_KIND = labelled({
  note: 'Note',
  pupil_voice: 'Pupil voice',
  work_sample: 'Work sample',
  measure: 'Measure',
});
export type ObservationKind = (typeof OBSERVATION_KIND.values)[number];

/** The end-of-year judgement of a focus child's change, on a five-point scale. */
export const CHANGE_JUDGEMENT = labelled({
  '1': '1 – No noticeable change',
  '2': '2 – A little change',
  '3': '3 – Some change',
  '4': '4 – Considerable change',
  '5': '5 – Substantial change',
});

export const EVIDENCE_STRENGTH = labelled({
  anecdotal: 'Anecdotal',
  triangulated: 'Triangulated',
  measured: 'Measured',
});
export type EvidenceStrength = (typeof EVIDENCE_STRENGTH.values)[number];

/** Guskey's (2002) five levels of professional development evaluation. */
export const GUSKEY_LEVEL = labelled({
  '1': '1 – Participants’ reactions',
  '2': '2 – Participants’ learning',
  '3': '3 – Organisational support and change',
  '4': '4 – Use of new knowledge and skills',
  '5': '5 – Pupil learning outcomes',
});

/** The kinds of question a Lead's questionnaire can ask. */
export const QUESTION_TYPE = labelled({
  scale_5: 'A scale from 1 to 5',
  scale_10: 'A scale from 1 to 10',
  yes_no: 'Yes or no',
  choice: 'One choice from a list',
  free_text: 'Free text',
});
export type QuestionType = (typeof QUESTION_TYPE.values)[number];

/** When a questionnaire is given. */
export const SURVEY_TIMING = labelled({
  start_end: 'At the start and the end of the year',
  after_meeting: 'After each meeting',
});

/** When one participant's answers were given. */
export const SURVEY_OCCASION = labelled({
  start: 'Start of the year',
  end: 'End of the year',
  after_meeting: 'After a meeting',
});
export type SurveyOccasion = (typeof SURVEY_OCCASION.values)[number];

export const CLAIM_LEVEL = labelled({ group: 'Work Group', school: 'School', participant: 'Participant' });
export type ClaimLevel = (typeof CLAIM_LEVEL.values)[number];

export const LEADER_ENGAGEMENT_KIND = labelled({
  invited_meeting: 'Invited to a meeting',
  webinar: 'Webinar',
  call: 'Call',
  visit: 'Visit',
  hosted_meeting: 'Hosted a meeting',
});
