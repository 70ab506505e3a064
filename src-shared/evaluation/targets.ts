import type { IndicatorUnit } from '../api/evaluation';
import type { DfeStandard, NcetmArea } from '../domain/enums';

// The one table of targets and thresholds the evaluation uses. Nothing in the engine carries a
// literal target of its own: change a number here and the screen, the reports and the hub follow.
//
// Status: at or above `target` is met; at or above `partlyFrom` is partly met; below is not yet.
// `schedule` says how much of the target is expected from a date in the academic year ("MM-DD",
// September–December in the first calendar year, January–August in the second), so a gap is only
// raised for what is due by the "as of" date. No schedule means due from the start of the year.

export interface Target {
  standard: DfeStandard;
  /** The NCETM area a shortfall mostly affects, for gaps. */
  areas: readonly NcetmArea[];
  label: string;
  unit: IndicatorUnit;
  target: number;
  partlyFrom: number;
  schedule?: readonly (readonly [monthDay: string, expected: number])[];
  /** Counts focus children, so hub-level figures suppress small numbers. */
  pupils?: boolean;
  /** Why this target, in one line. */
  reason: string;
}

export const TARGETS = {
  // 1. Focus on improving and evaluating pupil outcomes
  focus_children_per_participant: {
    standard: 'pupil_outcomes',
    areas: ['pupil_outcomes'],
    label: 'Focus children per participant',
    unit: 'mean',
    target: 2,
    partlyFrom: 1,
    schedule: [['11-01', 2]],
    pupils: true,
    reason:
      'Each participant follows up to three focus children; two or more lets change be compared between children.',
  },
  focus_children_with_portrait: {
    standard: 'pupil_outcomes',
    areas: ['pupil_outcomes'],
    label: 'Focus children with a pen portrait and a desired change',
    unit: 'share',
    target: 1,
    partlyFrom: 0.5,
    schedule: [['12-01', 1]],
    pupils: true,
    reason:
      'Change can only be read against a starting portrait and an agreed desired change, written early in the year.',
  },
  focus_children_observed_two_terms: {
    standard: 'pupil_outcomes',
    areas: ['pupil_outcomes'],
    label: 'Focus children observed in at least two terms',
    unit: 'share',
    target: 0.8,
    partlyFrom: 0.5,
    schedule: [['04-01', 0.8]],
    pupils: true,
    reason: 'Observations spread over the year show change rather than a single snapshot.',
  },
  focus_children_with_judgement: {
    standard: 'pupil_outcomes',
    areas: ['pupil_outcomes'],
    label: 'Focus children with an end-of-year judgement of change',
    unit: 'share',
    target: 1,
    partlyFrom: 0.5,
    schedule: [['07-01', 1]],
    pupils: true,
    reason: 'Evaluating pupil outcomes means judging each focus child’s change at the end of the year.',
  },
  focus_children_with_change: {
    standard: 'pupil_outcomes',
    areas: ['pupil_outcomes'],
    label: 'Judged focus children showing at least some change (3 or more of 5)',
    unit: 'share',
    target: 0.5,
    partlyFrom: 0.25,
    schedule: [['07-01', 0.5]],
    pupils: true,
    reason: 'Half of the focus children showing some change or more is a sign the work is reaching pupils.',
  },
  // 2. Underpinned by robust evidence and expertise
  readings_recorded: {
    standard: 'evidence',
    areas: ['professional_learning'],
    label: 'Readings made available',
    unit: 'count',
    target: 2,
    partlyFrom: 1,
    schedule: [
      ['01-01', 1],
      ['04-01', 2],
    ],
    reason: 'Research papers and articles, at least one a term into spring, ground the work in evidence.',
  },
  readings_discussed: {
    standard: 'evidence',
    areas: ['professional_learning'],
    label: 'Readings discussed at meetings',
    unit: 'count',
    target: 2,
    partlyFrom: 1,
    schedule: [
      ['01-01', 1],
      ['04-01', 2],
    ],
    reason: 'Evidence changes practice when it is discussed together, not only handed out.',
  },
  participants_journal_reading: {
    standard: 'evidence',
    areas: ['professional_learning'],
    label: 'Participants whose journal refers to a reading',
    unit: 'share',
    target: 0.8,
    partlyFrom: 0.5,
    schedule: [
      ['04-01', 0.5],
      ['07-01', 0.8],
    ],
    reason: 'A journal entry that draws on a reading shows the evidence being used in the classroom.',
  },
  // 3. Includes collaboration and expert challenge
  collaborative_sessions: {
    standard: 'collaboration',
    areas: ['practice_development'],
    label: 'Collaborative planning and research lesson sessions',
    unit: 'count',
    target: 2,
    partlyFrom: 1,
    schedule: [
      ['04-01', 1],
      ['07-01', 2],
    ],
    reason: 'Planning and research lessons together are where collaboration and challenge happen.',
  },
  participants_in_collaborative_session: {
    standard: 'collaboration',
    areas: ['practice_development'],
    label: 'Participants who took part in a collaborative session',
    unit: 'share',
    target: 0.8,
    partlyFrom: 0.5,
    schedule: [['07-01', 0.8]],
    reason: 'Every teacher should plan or study a lesson with colleagues at least once.',
  },
  collaborative_sessions_reflected: {
    standard: 'collaboration',
    areas: ['professional_learning'],
    label: 'Collaborative sessions followed by a written reflection',
    unit: 'share',
    target: 1,
    partlyFrom: 0.5,
    reason: 'A reflection written after the session captures what the challenge changed.',
  },
  // 4. Sustained over time
  meetings: {
    standard: 'sustained',
    areas: ['professional_learning'],
    label: 'Meetings held',
    unit: 'count',
    target: 4,
    partlyFrom: 2,
    schedule: [
      ['01-01', 1],
      ['04-01', 2],
      ['07-01', 4],
    ],
    reason: 'A Work Group meets at least four times in the year.',
  },
  terms_spanned: {
    standard: 'sustained',
    areas: ['professional_learning'],
    label: 'Terms with a meeting',
    unit: 'count',
    target: 2,
    partlyFrom: 1,
    schedule: [
      ['01-01', 1],
      ['04-01', 2],
    ],
    reason: 'The meetings span at least two terms, so the work is sustained over time.',
  },
  work_between_meetings: {
    standard: 'sustained',
    areas: ['practice_development'],
    label: 'Intervals between meetings with in-school work recorded',
    unit: 'share',
    target: 1,
    partlyFrom: 0.5,
    reason: 'Classroom work between meetings (journals, observations, cycles) is what makes the PD sustained.',
  },
  attendance_rate: {
    standard: 'sustained',
    areas: ['professional_learning'],
    label: 'Attendance at meetings',
    unit: 'share',
    target: 0.8,
    partlyFrom: 0.6,
    reason: 'Participants need to be there: four in five places filled keeps the group’s work continuous.',
  },
  continuation_plans: {
    standard: 'sustained',
    areas: ['school_policy'],
    label: 'Schools with a plan for continuing the work next year',
    unit: 'share',
    target: 0.8,
    partlyFrom: 0.5,
    schedule: [['06-01', 0.8]],
    reason: 'Sustained PD carries on beyond the year; leaders record how.',
  },
  support_days_held: {
    standard: 'sustained',
    areas: ['school_policy'],
    label: 'Support days held of those agreed',
    unit: 'share',
    target: 1,
    partlyFrom: 0.5,
    schedule: [['07-01', 1]],
    reason: 'Targeted support is sustained by the days agreed in the school’s action plan being held.',
  },
  // 5. Prioritised by school leadership
  intended_impact_recorded: {
    standard: 'leadership',
    areas: ['school_policy'],
    label: 'Schools with leaders’ intended impact recorded',
    unit: 'share',
    target: 1,
    partlyFrom: 0.5,
    schedule: [['11-01', 1]],
    reason: 'Each school’s senior leader records the intended impact at the start of the year.',
  },
  leader_end_evaluation: {
    standard: 'leadership',
    areas: ['school_policy'],
    label: 'Schools with leaders’ end-of-year evaluation',
    unit: 'share',
    target: 1,
    partlyFrom: 0.5,
    schedule: [['07-01', 1]],
    reason: 'Each senior leader evaluates against the intended impact at the end of the year.',
  },
  leader_engagement: {
    standard: 'leadership',
    areas: ['school_policy'],
    label: 'Schools whose leader took part in at least one engagement',
    unit: 'share',
    target: 0.8,
    partlyFrom: 0.5,
    schedule: [
      ['01-01', 0.5],
      ['04-01', 0.8],
    ],
    reason: 'Leaders invited to meetings, webinars, calls or visits keep the work a school priority.',
  },
  named_in_development_plan: {
    standard: 'leadership',
    areas: ['school_policy'],
    label: 'Schools naming the Work Group in the school development plan',
    unit: 'share',
    target: 0.5,
    partlyFrom: 0.2,
    schedule: [['01-01', 0.5]],
    reason: 'A place in the development plan is the clearest sign the work is prioritised by leadership.',
  },
} as const satisfies Record<string, Target>;

export type IndicatorId = keyof typeof TARGETS;
export const INDICATOR_IDS = Object.keys(TARGETS) as IndicatorId[];

/**
 * What each NCETM outcome area is judged on, read from the evidence tagged to it: met when every
 * check is met, not yet when none is, partly otherwise (as a standard is from its indicators).
 */
export const AREA_TARGETS = {
  intended_outcomes: {
    label: 'Intended outcomes agreed',
    target: 1,
    partlyFrom: 1,
    reason: 'An intended outcome, agreed at the start, says what change to look for in the area.',
  },
  terms_with_evidence: {
    label: 'Terms with tagged evidence',
    target: 2,
    partlyFrom: 1,
    reason: 'Evidence from at least two terms shows change over the year rather than a single moment.',
  },
  strongest_claim: {
    label: 'Strongest impact claim',
    // The ranks of EVIDENCE_STRENGTH: 1 anecdotal, 2 triangulated, 3 measured.
    target: 2,
    partlyFrom: 1,
    reason: 'An impact claim resting on triangulated or measured evidence shows the change is more than anecdote.',
  },
} as const satisfies Record<string, { label: string; target: number; partlyFrom: number; reason: string }>;

export type AreaCheckId = keyof typeof AREA_TARGETS;

/** Thresholds for gaps, quotes and the hub, each with its reason. */
export const THRESHOLDS = {
  /** A focus child not observed for this many days is flagged: about half a term. */
  staleObservationDays: 42,
  /** From this date every focus child should have at least one observation: a half-term in. */
  firstObservationFrom: '11-01',
  /** Intended outcomes are agreed at inception, so each area should have one from here. */
  intendedOutcomesFrom: '10-15',
  /** By spring every area should have some tagged evidence. */
  areaEvidenceFrom: '01-01',
  /** Start-of-year confidence ratings are taken in the first half-term. */
  startRatingsFrom: '11-01',
  /** End-of-year ratings are taken in the summer term. */
  endRatingsFrom: '07-01',
  /** Near the year's end, areas with only anecdotal claims are worth strengthening. */
  strongerClaimsFrom: '06-01',
  /** Quotes per area: two or three is enough to illustrate without overwhelming. */
  quotesPerArea: 3,
  /** Quotes are short: a sentence or two. */
  quoteMaxChars: 220,
  /** Hub-level breakdowns of pupils withhold counts below this (DESIGN: fewer than 5). */
  suppressBelow: 5,
} as const;

/** An "MM-DD" within an academic year ("2025/26", "01-01") as an ISO date ("2026-01-01"). */
export function dateInYear(academicYear: string, monthDay: string): string {
  const start = Number(academicYear.slice(0, 4));
  const month = Number(monthDay.slice(0, 2));
  return `${month >= 9 ? start : start + 1}-${monthDay}`;
}

/** How much of a target is expected by the "as of" date. */
export function expectedBy(target: Target, academicYear: string, asOf: string): number {
  if (!target.schedule) return target.target;
  let expected = 0;
  for (const [monthDay, value] of target.schedule) {
    if (asOf >= dateInYear(academicYear, monthDay)) expected = value;
  }
  return expected;
}
