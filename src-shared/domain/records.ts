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
