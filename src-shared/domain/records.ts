import { z } from 'zod';
import {
  CLAIM_LEVEL,
  DFE_STANDARD,
  EVIDENCE_STRENGTH,
  IMPLEMENTATION_STAGE,
  LEADER_ENGAGEMENT_KIND,
  MEETING_KIND,
  NCETM_AREA,
  OBSERVATION_KIND,
  PD_ACTIVITY_TYPE,
  PHASE,
  QUESTION_TYPE,
  SURVEY_OCCASION,
  SURVEY_TIMING,
  YEAR_GROUP,
} from './enums';
import { choice, idOf, isoDate, listOf, optionalText, rating, requiredText } from './fields';
import { outsideScale } from './measureScale';

// The fields of every record a Work Group's year is made of. Ids, timestamps and soft-delete
// columns are added by the store; these are what a person types or picks.

/** How a piece of evidence is tagged: the NCETM areas and DfE standards it speaks to, and how strong it is. */
export const evidenceTags = {
  areas: listOf(choice(NCETM_AREA.values, 'Choose NCETM outcome areas from the list.'), 4),
  standards: listOf(choice(DFE_STANDARD.values, 'Choose DfE standards from the list.'), 5),
  guskeyLevel: z.int().min(1).max(5, 'Guskey levels run from 1 to 5.').optional(),
  strength: choice(EVIDENCE_STRENGTH.values, 'Choose anecdotal, triangulated or measured.').optional(),
};

export const projectFields = z.object({
  name: requiredText('Project name'),
  pdActivityType: choice(PD_ACTIVITY_TYPE.values, 'Choose the PD activity type.'),
  phase: choice(PHASE.values, 'Choose the phase.'),
});

export const schoolFields = z.object({
  name: requiredText('School name'),
  urn: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, 'A URN is six digits (leave it blank if you do not know it).')
    .default(''),
  phase: choice(PHASE.values, 'Choose the phase.'),
});

export const leaderEngagement = z.strictObject({
  date: isoDate('The date of the engagement'),
  kind: choice(LEADER_ENGAGEMENT_KIND.values, 'Choose how the leader was engaged.'),
  note: optionalText('Note', 1000),
});

/** A school's part in a Work Group, and its senior leader's intended impact and evaluation. */
export const schoolParticipationFields = z.object({
  workGroupId: idOf('a Work Group'),
  schoolId: idOf('a school'),
  seniorLeaderName: optionalText("Senior leader's name", 200),
  seniorLeaderRole: optionalText("Senior leader's role", 200),
  intendedImpact: optionalText('Intended impact'),
  endEvaluation: optionalText("Leader's end-of-year evaluation"),
  endEvaluationRecordedOn: isoDate('The date the evaluation was recorded').optional(),
  continuationPlan: optionalText('How the work continues next year'),
  namedInDevelopmentPlan: z
    .boolean({ error: 'Say whether the school development plan names the Work Group.' })
    .default(false),
  leaderEngagements: listOf(leaderEngagement, 100),
  ...evidenceTags,
});

export const participantFields = z.object({
  workGroupId: idOf('a Work Group'),
  schoolId: idOf('the participant’s school'),
  name: requiredText('Name'),
  role: optionalText('Role', 200),
  researchQuestion: optionalText('Personal research question', 1000),
  startRatings: z.record(z.string().max(40), rating).default({}),
  endRatings: z.record(z.string().max(40), rating).default({}),
  endRatingsRecordedOn: isoDate('The date the end ratings were recorded').optional(),
  /** A programme's intake the participant joined in ("Cohort 2, spring 2026"); '' in a Work Group. */
  cohort: optionalText('Cohort', 100),
  /** Where a programme's participant comes from: their local authority, trust or route in. */
  comesFrom: optionalText('Where they come from', 300),
});

export const focusChildCode = z
  .string({ error: 'Code is required.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,15}$/, 'A focus child’s code is 2 to 16 letters, digits or hyphens, for example Y4-A.');

export const focusChildFields = z.object({
  participantId: idOf('the participant who follows this child'),
  code: focusChildCode,
  yearGroup: choice(YEAR_GROUP.values, 'Choose the year group.'),
  penPortraitStart: optionalText('Pen portrait at the start'),
  penPortraitEnd: optionalText('Pen portrait at the end'),
  penPortraitEndRecordedOn: isoDate('The date the end pen portrait was written').optional(),
  desiredChange: optionalText('Desired change'),
  changeJudgement: z.int().min(1).max(5, 'The judgement of change runs from 1 to 5.').optional(),
  changeNote: optionalText('Note on the change'),
  changeRecordedOn: isoDate('The date the change was judged').optional(),
  consentRecorded: z.boolean().default(false),
  retainUntil: isoDate('Retain until').optional(),
  carriedFromId: idOf('the focus child carried forward').optional(),
});

export const meetingFields = z.object({
  workGroupId: idOf('a Work Group'),
  date: isoDate('Date'),
  kind: choice(MEETING_KIND.values, 'Choose the kind of meeting.'),
  hostSchoolId: idOf('the host school').optional(),
  notes: optionalText('Notes'),
  attendeeIds: listOf(idOf('a participant'), 100),
  readingIds: listOf(idOf('a reading'), 100),
  /** A programme session's unit of the NCETM materials (e.g. "Spine 1.12: Comparing numbers"). */
  materialsUnit: optionalText('Unit of the NCETM materials', 300),
  ...evidenceTags,
});

/** A day a targeted-support partner spends with the school's leaders: what stage of the work it served and what came of it. */
export const supportDayFields = z.object({
  workGroupId: idOf('a Work Group'),
  date: isoDate('Date'),
  schoolId: idOf('the school supported'),
  stage: choice(IMPLEMENTATION_STAGE.values, 'Choose the stage of the work: explore, prepare, deliver or sustain.'),
  attendeeIds: listOf(idOf('a leader taking part'), 20),
  notes: optionalText('What was done'),
  nextSteps: optionalText('Agreed next steps'),
  ...evidenceTags,
});

/** A supported school's action plan: its development focus, the days agreed, and how it is reviewed. */
export const actionPlanFields = z.object({
  workGroupId: idOf('a Work Group'),
  schoolId: idOf('the school'),
  developmentFocus: requiredText('The development focus', 1000),
  successCriteria: optionalText('What success will look like'),
  actions: optionalText('Actions, who and when'),
  agreedDays: z
    .int('The days agreed must be a whole number.')
    .min(1, 'Agree at least one support day.')
    .max(60, 'Agree at most 60 support days.'),
  review: optionalText('Review at the end of the support'),
});

export const readingFields = z.object({
  workGroupId: idOf('a Work Group'),
  citation: requiredText('Citation', 1000),
  link: optionalText('Link or DOI', 500),
  summary: optionalText('Summary'),
});

export const journalEntryFields = z.object({
  participantId: idOf('the participant'),
  date: isoDate('Date'),
  text: requiredText('The entry', 20_000),
  focusChildIds: listOf(idOf('a focus child'), 3),
  readingIds: listOf(idOf('a reading'), 50),
  meetingId: idOf('the meeting this reflects on').optional(),
  ...evidenceTags,
});

export const observationFields = z.object({
  focusChildId: idOf('the focus child'),
  date: isoDate('Date'),
  kind: choice(OBSERVATION_KIND.values, 'Choose the kind of observation.'),
  text: requiredText('What was observed', 20_000),
  measureValue: z.number({ error: 'The value must be a number.' }).optional(),
  measureScale: optionalText('Scale', 200),
  attachmentId: idOf('an image').optional(),
  ...evidenceTags,
});

/** A measure is only meaningful with its value and the scale it is on. */
export function checkMeasure(
  o: { kind?: string; measureValue?: number | undefined; measureScale?: string },
  ctx: z.RefinementCtx,
): void {
  if (o.kind !== 'measure') return;
  if (o.measureValue === undefined) {
    ctx.addIssue({ code: 'custom', path: ['measureValue'], message: 'A measure needs a value.' });
  }
  if (!o.measureScale) {
    ctx.addIssue({
      code: 'custom',
      path: ['measureScale'],
      message: 'A measure needs its scale, for example "out of 20".',
    });
  }
  const outside =
    o.measureValue !== undefined && o.measureScale ? outsideScale(o.measureValue, o.measureScale) : undefined;
  if (outside) ctx.addIssue({ code: 'custom', path: ['measureValue'], message: outside });
}

export const actionResearchCycleFields = z.object({
  participantId: idOf('the participant'),
  number: z.int('The cycle number must be a whole number.').min(1).max(20),
  plan: optionalText('Plan'),
  act: optionalText('Act'),
  observe: optionalText('Observe'),
  reflect: optionalText('Reflect'),
  startDate: isoDate('Start date').optional(),
  endDate: isoDate('End date').optional(),
  focusChildIds: listOf(idOf('a focus child'), 3),
  ...evidenceTags,
});

/** One case pupil of a research lesson: what was predicted for them, what they did, and what they said afterwards. */
export const casePupil = z.strictObject({
  focusChildId: idOf('the focus child who is a case pupil'),
  prediction: optionalText('Prediction', 2000),
  observed: optionalText('What they did in the lesson', 4000),
  interview: optionalText('What they said afterwards', 4000),
});
export type CasePupil = z.output<typeof casePupil>;

/** Lesson study follows a few pupils closely: three at most. */
export const MAX_CASE_PUPILS = 3;

/**
 * A research lesson (lesson study) taught at a meeting: its aim, up to three case pupils chosen from
 * the focus children, the observations made during it, and the discussion and changes that followed.
 */
export const researchLessonFields = z.object({
  meetingId: idOf('the research lesson meeting'),
  aim: requiredText('The aim of the lesson', 2000),
  casePupils: listOf(casePupil, MAX_CASE_PUPILS),
  observationIds: listOf(idOf('an observation'), 50),
  discussion: optionalText('Post-lesson discussion'),
  changes: optionalText('Changes it led to'),
  ...evidenceTags,
});

/** One question of a questionnaire; its id stays the same when its words are edited, so answers keep to it. */
export const surveyQuestion = z.strictObject({
  id: z.string().trim().min(1).max(40),
  text: requiredText('The question', 500),
  type: choice(QUESTION_TYPE.values, 'Choose the kind of question.'),
  options: listOf(requiredText('A choice', 200), 20),
});

/** A questionnaire the Lead designs (or the built-in post-meeting reflection), given at the start and end or after meetings. */
export const questionnaireFields = z.object({
  workGroupId: idOf('a Work Group'),
  title: requiredText('Title'),
  timing: choice(SURVEY_TIMING.values, 'Choose when the questionnaire is given.'),
  questions: listOf(surveyQuestion, 40),
});

/** A choice question needs its choices, and no two questions share an id. */
export function checkQuestions(
  q: { questions?: { id: string; type: string; options: string[] }[] },
  ctx: z.RefinementCtx,
) {
  const seen = new Set<string>();
  (q.questions ?? []).forEach((question, i) => {
    if (question.type === 'choice' && question.options.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['questions', i, 'options'],
        message: 'A choice question needs at least two choices, one a line.',
      });
    if (seen.has(question.id))
      ctx.addIssue({ code: 'custom', path: ['questions', i], message: 'Two questions have the same identity.' });
    seen.add(question.id);
  });
}

/** An answer: a number on a scale, or words (yes, no, a choice, free text). */
export const surveyAnswer = z.union([
  z.number(),
  z.string().trim().max(5000, 'An answer must be 5,000 characters or fewer.'),
]);

/** One participant's answers to a questionnaire on one occasion: the participant's own record, so it travels with theirs. */
export const surveyResponseFields = z.object({
  participantId: idOf('the participant who answered'),
  questionnaireId: idOf('the questionnaire'),
  occasion: choice(SURVEY_OCCASION.values, 'Choose when the answers were given: start, end or after a meeting.'),
  meetingId: idOf('the meeting the answers are about').optional(),
  date: isoDate('Date'),
  answers: z.record(z.string().max(40), surveyAnswer).default({}),
});

/** Answers after a meeting name the meeting; answers at the start or end do not. */
export function checkOccasion(r: { occasion?: string; meetingId?: string | undefined }, ctx: z.RefinementCtx) {
  if (r.occasion === 'after_meeting' && !r.meetingId)
    ctx.addIssue({ code: 'custom', path: ['meetingId'], message: 'Choose the meeting these answers are about.' });
  if (r.occasion !== 'after_meeting' && r.meetingId)
    ctx.addIssue({
      code: 'custom',
      path: ['meetingId'],
      message: 'Only answers after a meeting name a meeting: leave the meeting empty.',
    });
}

export const EVIDENCE_KINDS = [
  'journalEntry',
  'observation',
  'meeting',
  'schoolParticipation',
  'actionResearchCycle',
] as const;
export const evidenceLink = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS, { error: 'Choose a kind of evidence.' }),
  id: idOf('a piece of evidence'),
});

export const impactClaimFields = z.object({
  workGroupId: idOf('a Work Group'),
  level: choice(CLAIM_LEVEL.values, 'Choose the level: Work Group, school or participant.'),
  subjectId: idOf('the school or participant').optional(),
  statement: requiredText('The claim', 2000),
  strength: choice(EVIDENCE_STRENGTH.values, 'Choose anecdotal, triangulated or measured.'),
  area: choice(NCETM_AREA.values, 'Choose the NCETM outcome area.'),
  standard: choice(DFE_STANDARD.values, 'Choose the DfE standard.').optional(),
  evidence: listOf(evidenceLink, 100),
});
