import { z } from 'zod';
import { GROUP_KINDS, type GroupKind } from '../domain/recordKinds';
import {
  DFE_STANDARD,
  EVIDENCE_STRENGTH,
  NCETM_AREA,
  PD_ACTIVITY_TYPES,
  PHASE,
  QUESTION_TYPE,
  SURVEY_TIMING,
  type DfeStandard,
  type EvidenceStrength,
  type NcetmArea,
} from '../domain/enums';
import { entityId, idOf, listOf, optionalText } from '../domain/fields';
import { academicYear, intendedOutcome } from '../domain/workGroup';

// The shapes of what the evaluation engine returns and of the Lead's own judgements. The engine's
// types are inferred from these, so the screen, the exports and the contract share one definition.

/** "Not expected": outside the rules of the group's kind of PD (kindRules.ts), never counted for or against it. */
export const INDICATOR_STATUSES = ['met', 'partly', 'not_yet', 'not_expected'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];
export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = {
  met: 'Met',
  partly: 'Partly met',
  not_yet: 'Not yet',
  not_expected: 'Not expected',
};

export const INDICATOR_UNITS = ['count', 'share', 'mean'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const GAP_SEVERITIES = ['high', 'medium', 'low'] as const;
export type GapSeverity = (typeof GAP_SEVERITIES)[number];

/** Kinds of record an indicator, a gap or a judgement can point to: any of a Work Group's own. */
export const EVIDENCE_ITEM_KINDS = GROUP_KINDS;
export type EvidenceItemKind = GroupKind;

export const evidenceRef = z.strictObject({
  kind: z.enum(EVIDENCE_ITEM_KINDS, { error: 'Choose a kind of evidence.' }),
  id: idOf('a piece of evidence'),
});
export type EvidenceRef = z.infer<typeof evidenceRef>;

export const evidenceItem = z.object({ kind: z.enum(EVIDENCE_ITEM_KINDS), id: entityId, label: z.string() });
export type EvidenceItem = z.infer<typeof evidenceItem>;

const standardId = z.enum(DFE_STANDARD.values);
const areaId = z.enum(NCETM_AREA.values);
const status = z.enum(INDICATOR_STATUSES);

export const indicator = z.object({
  id: z.string(),
  standard: standardId,
  label: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  /** null when there is nothing yet to measure (e.g. a share of no focus children). */
  value: z.number().nullable(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  target: z.number(),
  partlyFrom: z.number(),
  status,
  /** Whether any of the target is expected by the "as of" date. */
  due: z.boolean(),
  expectedByNow: z.number(),
  detail: z.string(),
  reason: z.string(),
  /** Counts focus children: suppressed when small in hub-level figures. */
  pupils: z.boolean(),
  evidence: z.array(evidenceItem),
  /** Why the group's kind of PD is not expected to show this (status "not_expected"). */
  whyNotExpected: z.string().optional(),
});
export type Indicator = z.infer<typeof indicator>;

export const standardBlock = z.object({
  standard: standardId,
  label: z.string(),
  status,
  indicators: z.array(indicator),
  /** Every record the indicators cite, once, the most cited first. */
  evidence: z.array(evidenceItem),
});
export type StandardBlock = z.infer<typeof standardBlock>;

export const termCounts = z.object({
  autumn: z.int(),
  spring: z.int(),
  summer: z.int(),
  undated: z.int(),
  total: z.int(),
});
export type TermCounts = z.infer<typeof termCounts>;

export const claimSummary = z.object({
  id: entityId,
  statement: z.string(),
  level: z.string(),
  strength: z.enum(EVIDENCE_STRENGTH.values),
  evidence: z.array(evidenceItem),
  /** Links to evidence that is no longer in the workspace. */
  missingEvidence: z.int(),
});

export const selfRatingItem = z.object({
  id: z.string(),
  statement: z.string(),
  startMean: z.number().nullable(),
  endMean: z.number().nullable(),
  startCount: z.int(),
  endCount: z.int(),
});
export const selfRatings = z.object({
  items: z.array(selfRatingItem),
  overall: z.object({
    startMean: z.number().nullable(),
    endMean: z.number().nullable(),
    /** Participants rated at both the start and the end. */
    paired: z.int(),
    /** Mean of each paired participant's change in their own mean rating. */
    meanChange: z.number().nullable(),
  }),
});
export type SelfRatings = z.infer<typeof selfRatings>;

export const quote = z.object({ text: z.string(), date: z.string(), source: evidenceItem });

/** One of the checks an NCETM area's status is read from (AREA_TARGETS). */
export const areaCheck = z.object({
  id: z.string(),
  label: z.string(),
  value: z.number(),
  target: z.number(),
  partlyFrom: z.number(),
  status,
  detail: z.string(),
  reason: z.string(),
});
export type AreaCheck = z.infer<typeof areaCheck>;

export const areaSummary = z.object({
  area: areaId,
  label: z.string(),
  /** Met, partly met or not yet, from the checks below: the same vocabulary as the standards'. */
  status,
  checks: z.array(areaCheck),
  intendedOutcomes: z.array(intendedOutcome),
  evidenceByTerm: termCounts,
  evidence: z.array(evidenceItem.extend({ date: z.string().optional() })),
  guskeyLevels: z.array(z.object({ level: z.int(), count: z.int() })),
  claimCounts: z.object({ anecdotal: z.int(), triangulated: z.int(), measured: z.int() }),
  claims: z.array(claimSummary),
  /** Participants' confidence survey: shown with Professional Learning, null elsewhere. */
  selfRatings: selfRatings.nullable(),
  quotes: z.array(quote),
});
export type AreaSummary = z.infer<typeof areaSummary>;

/** One of Guskey's five levels of evaluating professional development: its evidence, strength and what it lacks. */
export const guskeyLevelSummary = z.object({
  level: z.int(),
  label: z.string(),
  /** Records tagged with this level. */
  total: z.int(),
  byKind: z.array(z.object({ kind: z.enum(EVIDENCE_ITEM_KINDS), label: z.string(), count: z.int() })),
  /** The strongest strength any record at this level is given; null when none is given one. */
  strength: z.enum(EVIDENCE_STRENGTH.values).nullable(),
  /** The strongest few records, newest first among equals. */
  strongest: z.array(
    evidenceItem.extend({ date: z.string().optional(), strength: z.enum(EVIDENCE_STRENGTH.values).optional() }),
  ),
  /** What the level still needs, saying what to record; empty when it is evidenced beyond anecdote. */
  missing: z.string(),
});
export type GuskeyLevelSummary = z.infer<typeof guskeyLevelSummary>;

/**
 * Where a group's evidence at one of Guskey's levels stands, strongest first: its strongest record's
 * strength, "not_given" when none of its records is given one, "none" when it has no record there.
 */
export const LEVEL_STRENGTHS = [
  'measured',
  'triangulated',
  'anecdotal',
  'not_given',
  'none',
] as const satisfies readonly (EvidenceStrength | 'not_given' | 'none')[];
export type LevelStrength = (typeof LEVEL_STRENGTHS)[number];
export const LEVEL_STRENGTH_LABELS: Record<LevelStrength, string> = {
  ...EVIDENCE_STRENGTH.labels,
  not_given: 'Not given',
  none: 'None',
};

export const gap = z.object({
  id: z.string(),
  severity: z.enum(GAP_SEVERITIES),
  message: z.string(),
  standards: z.array(standardId),
  areas: z.array(areaId),
  items: z.array(evidenceItem),
});
export type Gap = z.infer<typeof gap>;

export const changeBucket = z.object({ judgement: z.int(), count: z.int() });
export const meetingAttendance = z.object({
  meetingId: entityId,
  date: z.string(),
  kind: z.string(),
  label: z.string(),
  /** A meeting of the whole group (not an in-school visit or leaders' session): counted for attendance. */
  wholeGroup: z.boolean(),
  attended: z.int(),
  participants: z.int(),
  rate: z.number().nullable(),
});
export type MeetingAttendance = z.infer<typeof meetingAttendance>;
export const coverageCell = z.object({ standard: standardId, area: areaId, count: z.int() });
export type CoverageCell = z.infer<typeof coverageCell>;

export const workGroupSummary = z.object({
  id: entityId,
  code: z.string(),
  name: z.string(),
  academicYear: z.string(),
  projectId: entityId,
  projectName: z.string(),
  /** The project's kind of PD, whose rules (kindRules.ts) the group is judged by. */
  pdActivityType: z.enum(PD_ACTIVITY_TYPES),
  phase: z.string(),
  leadName: z.string(),
  umbrellaQuestion: z.string(),
  status: z.string(),
  /** Carried into the next year, so read-only. */
  rolledOver: z.boolean(),
});

export const totals = z.object({
  schools: z.int(),
  participants: z.int(),
  focusChildren: z.int(),
  meetings: z.int(),
  readings: z.int(),
  journalEntries: z.int(),
  observations: z.int(),
  actionResearchCycles: z.int(),
  impactClaims: z.int(),
});

/** The headline figures, each defined once in src-shared/evaluation/figures.ts (FIGURES). */
export const sessionCounts = z.object({
  total: z.int(),
  wholeGroup: z.int(),
  visits: z.int(),
  leadersSessions: z.int(),
});
export type SessionCounts = z.infer<typeof sessionCounts>;
export const pairedRatings = z.object({
  /** Participants rated at both the start and the end. */
  n: z.int(),
  startMean: z.number().nullable(),
  endMean: z.number().nullable(),
});
export type PairedRatings = z.infer<typeof pairedRatings>;
export const workGroupFigures = z.object({
  schools: z.int(),
  schoolPlaces: z.int(),
  participants: z.int(),
  focusChildren: z.int(),
  sessions: sessionCounts,
  attendance: z.object({ attended: z.int(), places: z.int(), rate: z.number().nullable() }),
  changeJudged: z.int(),
  selfRatings: pairedRatings,
  standardsMet: z.int(),
  /** Standards the group's kind of PD is expected to show: five for a Work Group. */
  standardsExpected: z.int(),
});
export type WorkGroupFigures = z.infer<typeof workGroupFigures>;

/** One question of a questionnaire, its answers summed up (figures.ts, FIGURES.surveyPaired and FIGURES.surveyReactions). */
export const surveyQuestionResult = z.object({
  id: z.string(),
  text: z.string(),
  type: z.enum(QUESTION_TYPE.values),
  /** The top of a scale question's scale (5 or 10); null for other questions. */
  top: z.int().nullable(),
  /** A scale question given at the start and the end: only participants who answered it at both. */
  paired: pairedRatings.nullable(),
  /** A scale question given after meetings: the mean of every answer, with n answers, overall and by meeting. */
  reactions: z
    .object({
      n: z.int(),
      mean: z.number().nullable(),
      byMeeting: z.array(z.object({ meetingId: entityId, label: z.string(), n: z.int(), mean: z.number() })),
    })
    .nullable(),
  /** Yes/no and choice questions: how many gave each answer, at the start, the end and after meetings. */
  counts: z.array(z.object({ answer: z.string(), start: z.int(), end: z.int(), afterMeeting: z.int() })),
  /** Free-text answers given. */
  texts: z.int(),
});
export type SurveyQuestionResult = z.infer<typeof surveyQuestionResult>;

export const surveyResult = z.object({
  questionnaireId: entityId,
  title: z.string(),
  timing: z.enum(SURVEY_TIMING.values),
  /** Sets of answers recorded. */
  responses: z.int(),
  /** Participants who answered at least once. */
  respondents: z.int(),
  questions: z.array(surveyQuestionResult),
});
export type SurveyResult = z.infer<typeof surveyResult>;

/** One of NCETM's four evaluation questions with a first draft of its answer, for the Lead to edit. */
export const evaluationAnswer = z.object({
  id: z.enum(['did_it_work', 'how_do_we_know', 'repeat_or_scale', 'next_year']),
  question: z.string(),
  draft: z.string(),
});
export type EvaluationAnswer = z.infer<typeof evaluationAnswer>;

export const workGroupEvaluation = z.object({
  workGroup: workGroupSummary,
  asOf: z.string(),
  standards: z.array(standardBlock),
  areas: z.array(areaSummary),
  guskeyLevels: z.array(guskeyLevelSummary),
  gaps: z.array(gap),
  changeDistribution: z.array(changeBucket),
  attendance: z.array(meetingAttendance),
  coverage: z.array(coverageCell),
  totals,
  figures: workGroupFigures,
  surveys: z.array(surveyResult),
  questions: z.array(evaluationAnswer),
});
export type WorkGroupEvaluation = z.infer<typeof workGroupEvaluation>;

// The Lead's own judgement, per standard or area, beside the computed matrix.
export const JUDGEMENT_RATINGS = ['red', 'amber', 'green'] as const;
export const JUDGEMENT_RATING_LABELS = { red: 'Red', amber: 'Amber', green: 'Green' } as const;
/** Standards and areas share some ids (pupil_outcomes), so a subject says which it is. */
export type JudgementSubject = `standard:${DfeStandard}` | `area:${NcetmArea}`;
export const JUDGEMENT_SUBJECTS = [
  ...DFE_STANDARD.values.map((s): JudgementSubject => `standard:${s}`),
  ...NCETM_AREA.values.map((a): JudgementSubject => `area:${a}`),
] as [JudgementSubject, ...JudgementSubject[]];

export const judgementInput = z.strictObject({
  workGroupId: idOf('a Work Group'),
  subject: z.enum(JUDGEMENT_SUBJECTS, { error: 'Choose a DfE standard or an NCETM outcome area.' }),
  rating: z.enum(JUDGEMENT_RATINGS, { error: 'Choose red, amber or green.' }),
  narrative: optionalText('Narrative'),
  evidence: listOf(evidenceRef, 100),
});

export const judgement = z.object({
  id: entityId,
  workGroupId: entityId,
  subject: z.enum(JUDGEMENT_SUBJECTS),
  rating: z.enum(JUDGEMENT_RATINGS),
  narrative: z.string(),
  evidence: z.array(evidenceItem.extend({ missing: z.boolean() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Judgement = z.infer<typeof judgement>;

export const workGroupEvaluationResult = workGroupEvaluation.extend({ judgements: z.array(judgement) });
export type WorkGroupEvaluationResult = z.infer<typeof workGroupEvaluationResult>;

// Hub roll-up. Counts of focus children below the suppression threshold are withheld.
export const suppressible = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
export type Suppressible = z.infer<typeof suppressible>;

export const hubIndicator = z.object({
  id: z.string(),
  standard: standardId,
  label: z.string(),
  unit: z.enum(INDICATOR_UNITS),
  target: z.number(),
  pupils: z.boolean(),
  met: z.int(),
  partly: z.int(),
  notYet: z.int(),
  /** Groups whose kind of PD is not expected to show it: left out of the shares. */
  notExpected: z.int(),
  /** Shares of the groups expected to show it. */
  shareMet: z.number().nullable(),
  sharePartly: z.number().nullable(),
  shareNotYet: z.number().nullable(),
  /** Summed over the groups: a total for counts, a pooled share (numerator/denominator) for shares. */
  summed: suppressible,
  numerator: suppressible,
  denominator: suppressible,
});
export type HubIndicator = z.infer<typeof hubIndicator>;

export const hubRow = z.object({
  workGroup: workGroupSummary,
  standards: z.record(z.string(), status),
  /** Each NCETM area's status, by area. */
  areas: z.record(z.string(), status),
  /** The Lead's own red, amber or green judgements, by subject ("standard:evidence", "area:school_policy"). */
  judgements: z.record(z.string(), z.enum(JUDGEMENT_RATINGS)),
  indicators: z.record(z.string(), status),
  /** Indicators met, partly met and not yet met (of the indicators its kind is expected to show). */
  met: z.int(),
  partly: z.int(),
  notYet: z.int(),
  /** "Targeted Support in Maths rules": what the group was judged by. */
  rules: z.string(),
  /** DfE standards met, of those expected of the group's kind (five for a Work Group). */
  standardsMet: z.int(),
  standardsExpected: z.int(),
  schools: z.int(),
  participants: z.int(),
  focusChildren: suppressible,
  meetings: z.int(),
  attendanceRate: z.number().nullable(),
  highGaps: z.int(),
});
export type HubRow = z.infer<typeof hubRow>;

export const hubRollup = z.object({
  filters: z.object({
    projectId: entityId.optional(),
    academicYear: z.string().optional(),
    phase: z.string().optional(),
  }),
  suppressBelow: z.int(),
  workGroupCount: z.int(),
  standards: z.array(
    z.object({
      standard: standardId,
      label: z.string(),
      met: z.int(),
      partly: z.int(),
      notYet: z.int(),
      notExpected: z.int(),
      indicators: z.array(hubIndicator),
    }),
  ),
  /** Each kind of PD among the groups, with the rules its groups were judged by: like compared with like. */
  kinds: z.array(
    z.object({
      kind: z.enum(PD_ACTIVITY_TYPES),
      label: z.string(),
      rules: z.string(),
      workGroups: z.int(),
      standards: z.array(
        z.object({
          standard: standardId,
          met: z.int(),
          partly: z.int(),
          notYet: z.int(),
          notExpected: z.int(),
        }),
      ),
      /** The indicators this kind is not expected to show, each with why. */
      notExpected: z.array(z.object({ id: z.string(), label: z.string(), why: z.string() })),
    }),
  ),
  rows: z.array(hubRow),
  /** Guskey's five levels across the groups: how many groups' evidence at each level stands at each strength. */
  guskeyLevels: z.array(
    z.object({
      level: z.int(),
      label: z.string(),
      /** Records tagged with the level, in every group. */
      records: z.int(),
      /** Groups by where their evidence at this level stands: each group counts once per level. */
      groups: z.record(z.enum(LEVEL_STRENGTHS), z.int()),
    }),
  ),
  changeDistribution: z.array(z.object({ judgement: z.int(), count: suppressible })),
  areas: z.array(
    z.object({
      area: areaId,
      label: z.string(),
      /** Work Groups whose area is met, partly met and not yet met. */
      met: z.int(),
      partly: z.int(),
      notYet: z.int(),
      evidenceByTerm: termCounts,
      claimCounts: z.object({ anecdotal: z.int(), triangulated: z.int(), measured: z.int() }),
      selfRatings: selfRatings.nullable(),
    }),
  ),
  coverage: z.array(coverageCell),
  totals: totals.extend({ focusChildren: suppressible }),
  figures: workGroupFigures
    .omit({ focusChildren: true, changeJudged: true, standardsMet: true, standardsExpected: true })
    .extend({
      workGroups: z.int(),
      focusChildren: suppressible,
      changeJudged: suppressible,
      groupsMeetingAllFive: z.int(),
    }),
});
export type HubRollup = z.infer<typeof hubRollup>;
export type HubFigures = HubRollup['figures'];

export const hubInput = z.strictObject({
  projectId: entityId.optional(),
  academicYear: academicYear.optional(),
  phase: z.enum(PHASE.values, { error: 'Choose the phase.' }).optional(),
  asOf: z.iso.date({ error: 'The "as of" date must be a date (dd/mm/yyyy).' }).optional(),
});

export const workGroupEvaluationInput = z.strictObject({
  id: entityId,
  asOf: z.iso.date({ error: 'The "as of" date must be a date (dd/mm/yyyy).' }).optional(),
});

/** A Work Group's year beside the year before it (a group rolled over into its second or third year). */
export const yearComparison = z.object({
  years: z.tuple([workGroupSummary, workGroupSummary]),
  /** Headline figures first, then each DfE standard's status and each NCETM area's. */
  rows: z.array(
    z.object({
      kind: z.enum(['figure', 'standard', 'area']),
      label: z.string(),
      previous: z.string(),
      current: z.string(),
    }),
  ),
});
export type YearComparison = z.infer<typeof yearComparison>;
