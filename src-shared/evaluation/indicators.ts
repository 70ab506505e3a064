import type { EvidenceItem, Indicator, IndicatorStatus, StandardBlock } from '../api/evaluation';
import { termOf, TERM_LABELS } from '../calendar/academicYear';
import { formatDateGB } from '../calendar/dates';
import { DFE_STANDARD, type MeetingKind } from '../domain/enums';
import {
  attendanceAt,
  GROUP_MEETING_KINDS,
  sessionCounts,
  sessionsCaption,
  supportDaysCaption,
  supportDaysHeld,
} from './figures';
import type { FocusChildRecord, ParticipantRecord, SnapshotIndex, WorkGroupSnapshot } from './snapshot';
import { distinctEvidence, mostCitedFirst } from './evidence';
import { researchLessonStories, studiedThroughCasePupils } from './researchLessons';
import { rulesFor } from './kindRules';
import { expectedBy, TARGETS, type IndicatorId, type Target } from './targets';
import { count, hasHave, inWords, isAre, listNames, percent, round } from './text';

/** Where teachers plan or study a lesson together. */
export const COLLABORATIVE_KINDS: readonly MeetingKind[] = ['collaborative_planning', 'research_lesson'];

/** One indicator as computed, with the finding to report if it falls short of what is due. */
export interface ComputedIndicator {
  indicator: Indicator;
  /** The gap's wording, or undefined when another finding already says it. */
  shortfall?: () => string | undefined;
  /** The records a shortfall is about (e.g. the children without observations). */
  shortfallItems?: EvidenceItem[];
  /** Falling short is worth saying but never the most urgent thing. */
  mildShortfall?: boolean;
}

interface Raw {
  value: number | null;
  numerator?: number;
  denominator?: number;
  detail: string;
  evidence: EvidenceItem[];
  shortfall?: (indicator: Indicator) => string | undefined;
  shortfallItems?: EvidenceItem[];
  mildShortfall?: boolean;
}

const EPSILON = 1e-9;

export function statusOf(target: Pick<Target, 'target' | 'partlyFrom'>, value: number | null): IndicatorStatus {
  if (value === null) return 'not_yet';
  if (value >= target.target - EPSILON) return 'met';
  if (value >= target.partlyFrom - EPSILON) return 'partly';
  return 'not_yet';
}

/** Whether an indicator is short of what is expected by its "as of" date. */
export const isShort = (indicator: Indicator): boolean =>
  indicator.due && indicator.value !== null && indicator.value < indicator.expectedByNow - EPSILON;

/**
 * A standard's status from its indicators, and an area's from its checks: those not expected of the
 * group's kind are left out, and a standard with none expected is itself not expected.
 */
export function standardStatus(indicators: { status: IndicatorStatus }[]): IndicatorStatus {
  const expected = indicators.filter((i) => i.status !== 'not_expected');
  if (expected.length === 0) return 'not_expected';
  if (expected.every((i) => i.status === 'met')) return 'met';
  if (expected.every((i) => i.status === 'not_yet')) return 'not_yet';
  return 'partly';
}

const share = (numerator: number, denominator: number) =>
  denominator === 0
    ? { value: null, numerator, denominator }
    : { value: round(numerator / denominator, 4), numerator, denominator };

/** "Only 3 meetings are recorded; the Standard asks for at least four." and the like. */
function countShortfall(singular: string, plural: string, verb: string, ask: string) {
  return (i: Indicator) => {
    const value = i.value ?? 0;
    const soFar = i.expectedByNow < i.target;
    const expectation = soFar
      ? `at least ${inWords(i.expectedByNow)} would be expected by now, on the way to ${inWords(i.target)} across the year`
      : ask;
    if (value === 0) return `No ${plural} ${isAre(2)} ${verb} yet; ${expectation}.`;
    return `Only ${count(value, singular, plural)} ${isAre(value)} ${verb}${soFar ? ' so far' : ''}; ${expectation}.`;
  };
}

export function computeIndicators(ix: SnapshotIndex, snapshot: WorkGroupSnapshot, asOf: string): ComputedIndicator[] {
  const { participants, focusChildren, meetings, readings, journalEntries, observations, schoolParticipations } =
    snapshot;
  const item = ix.item;
  const childItems = (children: FocusChildRecord[]) => children.map((c) => item('focusChild', c.id));
  const codes = (children: FocusChildRecord[]) =>
    listNames(
      children.map((c) => c.code),
      6,
    );
  const names = (people: ParticipantRecord[]) => listNames(people.map((p) => p.name));
  const schoolNames = (ids: string[]) => listNames([...new Set(ids.map((id) => ix.schoolName(id)))]);
  const participantIds = new Set(participants.map((p) => p.id));
  const groupMeetings = meetings.filter((m) => GROUP_MEETING_KINDS.includes(m.kind));
  const sessions = meetings.filter((m) => COLLABORATIVE_KINDS.includes(m.kind));
  const schools = schoolParticipations;
  const studied = researchLessonStories(snapshot).filter(studiedThroughCasePupils);

  const childrenOf = new Map<string, FocusChildRecord[]>();
  for (const c of focusChildren) childrenOf.set(c.participantId, [...(childrenOf.get(c.participantId) ?? []), c]);
  const termsObserved = new Map<string, Set<string>>();
  for (const o of observations) {
    termsObserved.set(o.focusChildId, (termsObserved.get(o.focusChildId) ?? new Set()).add(termOf(o.date)));
  }

  const raw: Record<IndicatorId, () => Raw> = {
    focus_children_per_participant: () => {
      const without = participants.filter((p) => !childrenOf.has(p.id));
      const n = participants.length;
      return {
        value: n === 0 ? null : round(focusChildren.length / n, 2),
        numerator: focusChildren.length,
        denominator: n,
        detail: `${count(focusChildren.length, 'focus child', 'focus children')} across ${count(n, 'participant')}`,
        evidence: childItems(focusChildren),
        shortfallItems: without.map((p) => item('participant', p.id)),
        shortfall: (i) =>
          without.length > 0
            ? `${count(without.length, 'participant')} ${hasHave(without.length)} no focus children yet (${names(without)}); each can follow up to three.`
            : `Participants follow ${i.value} focus ${i.value === 1 ? 'child' : 'children'} on average; at least ${inWords(i.target)} each lets change be compared.`,
      };
    },
    focus_children_with_portrait: () => {
      const done = focusChildren.filter((c) => c.penPortraitStart && c.desiredChange);
      const missing = focusChildren.filter((c) => !(c.penPortraitStart && c.desiredChange));
      return {
        ...share(done.length, focusChildren.length),
        detail: `${done.length} of ${count(focusChildren.length, 'focus child', 'focus children')}`,
        evidence: childItems(done),
        shortfallItems: childItems(missing),
        shortfall: () =>
          `${count(missing.length, 'focus child', 'focus children')} ${hasHave(missing.length)} no starting pen portrait or desired change recorded (${codes(missing)}).`,
      };
    },
    focus_children_observed_two_terms: () => {
      const done = focusChildren.filter((c) => (termsObserved.get(c.id)?.size ?? 0) >= 2);
      const missing = focusChildren.filter((c) => (termsObserved.get(c.id)?.size ?? 0) < 2);
      return {
        ...share(done.length, focusChildren.length),
        detail: `${done.length} of ${count(focusChildren.length, 'focus child', 'focus children')}`,
        evidence: observations
          .filter((o) => done.some((c) => c.id === o.focusChildId))
          .map((o) => item('observation', o.id)),
        shortfallItems: childItems(missing),
        shortfall: () =>
          `${count(missing.length, 'focus child', 'focus children')} ${isAre(missing.length)} observed in fewer than two terms (${codes(missing)}).`,
      };
    },
    focus_children_with_judgement: () => {
      const done = focusChildren.filter((c) => c.changeJudgement !== undefined);
      const missing = focusChildren.filter((c) => c.changeJudgement === undefined);
      return {
        ...share(done.length, focusChildren.length),
        detail: `${done.length} of ${count(focusChildren.length, 'focus child', 'focus children')}`,
        evidence: childItems(done),
        shortfallItems: childItems(missing),
        shortfall: () =>
          `${count(missing.length, 'focus child', 'focus children')} ${hasHave(missing.length)} no end-of-year judgement of change yet (${codes(missing)}).`,
      };
    },
    focus_children_with_change: () => {
      const judged = focusChildren.filter((c) => c.changeJudgement !== undefined);
      const changed = judged.filter((c) => (c.changeJudgement ?? 0) >= 3);
      return {
        ...share(changed.length, judged.length),
        detail: `${changed.length} of ${judged.length} judged`,
        evidence: childItems(changed),
        mildShortfall: true,
        shortfall: () =>
          `Only ${changed.length} of ${judged.length} judged focus children show at least some change (3 or more of 5); say in the report what was learned from this.`,
      };
    },
    readings_recorded: () => ({
      value: readings.length,
      detail: count(readings.length, 'reading'),
      evidence: readings.map((r) => item('reading', r.id)),
      shortfall: countShortfall(
        'reading',
        'readings',
        'recorded',
        'the Standard asks for work underpinned by research evidence, at least two readings',
      ),
    }),
    readings_discussed: () => {
      const readingIds = new Set(readings.map((r) => r.id));
      const discussed = [...new Set(meetings.flatMap((m) => m.readingIds))].filter((id) => readingIds.has(id));
      const at = meetings.filter((m) => m.readingIds.length > 0);
      return {
        value: discussed.length,
        detail: `${count(discussed.length, 'reading')} discussed at ${count(at.length, 'meeting')}`,
        evidence: [...discussed.map((id) => item('reading', id)), ...at.map((m) => item('meeting', m.id))],
        shortfall: countShortfall(
          'reading',
          'readings',
          'recorded as discussed at a meeting',
          'record the readings discussed on each meeting; at least two would be expected',
        ),
      };
    },
    participants_journal_reading: () => {
      const entries = journalEntries.filter((j) => j.readingIds.length > 0);
      const writers = new Set(entries.map((j) => j.participantId));
      const missing = participants.filter((p) => !writers.has(p.id));
      return {
        ...share(participants.filter((p) => writers.has(p.id)).length, participants.length),
        detail: `${count(entries.length, 'entry', 'entries')} by ${writers.size} of ${count(participants.length, 'participant')}`,
        evidence: entries.map((j) => item('journalEntry', j.id)),
        shortfallItems: missing.map((p) => item('participant', p.id)),
        shortfall: () =>
          `${count(missing.length, 'participant')} ${hasHave(missing.length)} no journal entry that refers to a reading (${names(missing)}).`,
      };
    },
    collaborative_sessions: () => ({
      value: sessions.length,
      detail: `${sessions.filter((m) => m.kind === 'collaborative_planning').length} collaborative planning, ${sessions.filter((m) => m.kind === 'research_lesson').length} research lesson${studied.length ? ` (${studied.length} studied through case pupils’ predictions and interviews)` : ''}`,
      // A research lesson recorded with its case pupils is the strongest sign of the session it was taught at.
      evidence: [...studied.map((l) => item('researchLesson', l.id)), ...sessions.map((m) => item('meeting', m.id))],
      shortfall: countShortfall(
        'collaborative planning or research lesson session',
        'collaborative planning or research lesson sessions',
        'recorded',
        'at least two would show collaboration and expert challenge',
      ),
    }),
    participants_in_collaborative_session: () => {
      const took = new Set(sessions.flatMap((m) => m.attendeeIds).filter((id) => participantIds.has(id)));
      const missing = participants.filter((p) => !took.has(p.id));
      return {
        ...share(took.size, participants.length),
        detail: `${took.size} of ${count(participants.length, 'participant')}`,
        evidence: sessions.map((m) => item('meeting', m.id)),
        shortfallItems: missing.map((p) => item('participant', p.id)),
        shortfall: () =>
          sessions.length === 0
            ? undefined
            : `${count(missing.length, 'participant')} ${hasHave(missing.length)} not taken part in a collaborative planning or research lesson session (${names(missing)}).`,
      };
    },
    collaborative_sessions_reflected: () => {
      const reflections = journalEntries.filter((j) => {
        const m = j.meetingId ? ix.meeting(j.meetingId) : undefined;
        return m !== undefined && COLLABORATIVE_KINDS.includes(m.kind) && j.date >= m.date;
      });
      const reflected = sessions.filter((m) => reflections.some((j) => j.meetingId === m.id));
      const missing = sessions.filter((m) => !reflected.includes(m));
      return {
        ...share(reflected.length, sessions.length),
        detail: `${count(reflections.length, 'reflection')} on ${reflected.length} of ${count(sessions.length, 'session')}`,
        evidence: reflections.map((j) => item('journalEntry', j.id)),
        shortfallItems: missing.map((m) => item('meeting', m.id)),
        shortfall: () =>
          `${count(missing.length, 'collaborative session')} ${hasHave(missing.length)} no reflection written afterwards (${listNames(missing.map((m) => formatDateGB(m.date)))}); link a journal entry to the meeting.`,
      };
    },
    meetings: () => ({
      value: groupMeetings.length,
      detail:
        meetings.length > groupMeetings.length
          ? sessionsCaption(sessionCounts(meetings))
          : `${count(groupMeetings.length, 'meeting')} of the whole group`,
      evidence: groupMeetings.map((m) => item('meeting', m.id)),
      shortfall: countShortfall('meeting', 'meetings', 'recorded', 'the Standard asks for at least four'),
    }),
    terms_spanned: () => {
      // Targeted support meets on support days rather than as a group: both show the work is sustained.
      const terms = [...new Set([...groupMeetings, ...snapshot.supportDays].map((m) => termOf(m.date)))];
      return {
        value: terms.length,
        detail: terms.length ? terms.map((t) => TERM_LABELS[t]).join(', ') : 'No meetings yet',
        evidence: [
          ...groupMeetings.map((m) => item('meeting', m.id)),
          ...snapshot.supportDays.map((d) => item('supportDay', d.id)),
        ],
        shortfall: (i) =>
          terms.length === 0
            ? undefined
            : `All meetings so far are in the ${TERM_LABELS[terms[0]!].toLowerCase()} term; the Standard asks for meetings across at least ${inWords(i.target)} terms.`,
      };
    },
    work_between_meetings: () => {
      const dates = [...new Set(groupMeetings.map((m) => m.date))].sort();
      const work: {
        kind: 'journalEntry' | 'observation' | 'actionResearchCycle';
        id: string;
        from: string;
        to: string;
      }[] = [
        ...journalEntries.map((j) => ({ kind: 'journalEntry' as const, id: j.id, from: j.date, to: j.date })),
        ...observations.map((o) => ({ kind: 'observation' as const, id: o.id, from: o.date, to: o.date })),
        ...snapshot.actionResearchCycles
          .filter((c) => c.startDate || c.endDate)
          .map((c) => ({
            kind: 'actionResearchCycle' as const,
            id: c.id,
            from: (c.startDate ?? c.endDate)!,
            to: (c.endDate ?? c.startDate)!,
          })),
      ];
      const intervals = dates.slice(1).map((to, i) => {
        const from = dates[i]!;
        return { from, to, work: work.filter((w) => w.to > from && w.from < to) };
      });
      const empty = intervals.filter((v) => v.work.length === 0);
      const bounding = (v: { from: string; to: string }) =>
        groupMeetings.filter((m) => m.date === v.from || m.date === v.to).map((m) => item('meeting', m.id));
      const evidence = [...new Map(intervals.flatMap((v) => v.work).map((w) => [w.id, item(w.kind, w.id)])).values()];
      return {
        ...share(intervals.length - empty.length, intervals.length),
        detail: `${intervals.length - empty.length} of ${count(intervals.length, 'interval')}`,
        evidence,
        shortfallItems: empty.flatMap(bounding),
        shortfall: () =>
          `No in-school work (journal entries, observations or action-research cycles) is recorded between the meetings ${listNames(
            empty.map((v) => `of ${formatDateGB(v.from)} and ${formatDateGB(v.to)}`),
            3,
          )}.`,
      };
    },
    attendance_rate: () => {
      const { attended, places, attendedBy } = attendanceAt(groupMeetings, participants);
      const often = participants.filter(
        (p) => groupMeetings.length > 0 && attendedBy.get(p.id)! * 2 < groupMeetings.length,
      );
      return {
        ...share(attended, places),
        detail: `${attended} of ${count(places, 'place')} (${count(participants.length, 'participant')} × ${count(groupMeetings.length, 'meeting')})`,
        evidence: groupMeetings.map((m) => item('meeting', m.id)),
        shortfallItems: often.map((p) => item('participant', p.id)),
        shortfall: (i) =>
          `Attendance is ${percent(i.value ?? 0)} across ${count(groupMeetings.length, 'meeting')}; aim for at least ${percent(i.target)}.${often.length ? ` ${names(often)} missed more than half.` : ''}`,
      };
    },
    continuation_plans: () =>
      schoolShare((s) => Boolean(s.continuationPlan), 'no plan recorded for continuing the work next year'),
    support_days_held: () => {
      const days = supportDaysHeld(snapshot);
      const short = snapshot.actionPlans.filter(
        (p) => snapshot.supportDays.filter((d) => d.schoolId === p.schoolId).length < p.agreedDays,
      );
      return {
        ...share(days.counted, days.agreed),
        detail: supportDaysCaption(days),
        evidence: [
          ...snapshot.supportDays.map((d) => item('supportDay', d.id)),
          ...snapshot.actionPlans.map((p) => item('actionPlan', p.id)),
        ],
        shortfallItems: short.map((p) => item('actionPlan', p.id)),
        // With no days agreed there is no share to fall short of: the detail says to add the action plan.
        shortfall: () =>
          `${supportDaysCaption(days)}; record each support day with ${schoolNames(short.map((p) => p.schoolId))} as it happens.`,
      };
    },
    intended_impact_recorded: () =>
      schoolShare((s) => Boolean(s.intendedImpact), 'no leaders’ intended impact recorded'),
    leader_end_evaluation: () => schoolShare((s) => Boolean(s.endEvaluation), 'no leaders’ end-of-year evaluation yet'),
    leader_engagement: () => {
      const r = schoolShare(
        (s) => s.leaderEngagements.some((e) => e.date <= asOf),
        'no leader engagement recorded (a meeting, webinar, call or visit)',
      );
      const events = schools.reduce((n, s) => n + s.leaderEngagements.filter((e) => e.date <= asOf).length, 0);
      return { ...r, detail: `${r.detail}; ${count(events, 'engagement')} in all` };
    },
    named_in_development_plan: () => {
      const r = schoolShare((s) => s.namedInDevelopmentPlan, '');
      return {
        ...r,
        mildShortfall: true,
        shortfall: () =>
          r.numerator === 0
            ? `No school names the Work Group in its school development plan yet; ask leaders whether it can be written in.`
            : `Only ${r.numerator} of ${count(schools.length, 'school')} ${r.numerator === 1 ? 'names' : 'name'} the Work Group in the school development plan; ask leaders whether it can be written in.`,
      };
    },
  };

  function schoolShare(done: (s: (typeof schools)[number]) => boolean, lacking: string): Raw & { numerator: number } {
    const yes = schools.filter(done);
    const no = schools.filter((s) => !done(s));
    return {
      ...share(yes.length, schools.length),
      numerator: yes.length,
      detail: `${yes.length} of ${count(schools.length, 'school')}`,
      evidence: yes.map((s) => item('schoolParticipation', s.id)),
      shortfallItems: no.map((s) => item('schoolParticipation', s.id)),
      shortfall: () =>
        `${count(no.length, 'school')} ${hasHave(no.length)} ${lacking} (${schoolNames(no.map((s) => s.schoolId))}).`,
    };
  }

  const year = snapshot.workGroup.academicYear;
  const rules = rulesFor(snapshot.workGroup.pdActivityType);
  return (Object.keys(TARGETS) as IndicatorId[]).map((id) => {
    const target: Target = TARGETS[id];
    const r = raw[id]();
    const expectation = rules.indicators[id];
    const expectedByNow = expectation.expected ? expectedBy(target, year, asOf) : 0;
    const indicator: Indicator = {
      id,
      standard: target.standard,
      label: target.label,
      unit: target.unit,
      value: r.value,
      ...(r.numerator !== undefined ? { numerator: r.numerator } : {}),
      ...(r.denominator !== undefined ? { denominator: r.denominator } : {}),
      target: target.target,
      partlyFrom: target.partlyFrom,
      status: expectation.expected ? statusOf(target, r.value) : 'not_expected',
      due: expectedByNow > 0,
      expectedByNow,
      detail: r.detail,
      reason: target.reason,
      pupils: target.pupils ?? false,
      evidence: distinctEvidence(r.evidence),
      ...(expectation.expected ? {} : { whyNotExpected: expectation.why }),
    };
    // Outside the kind's rules nothing is short, so no gap is raised for it.
    if (!expectation.expected) return { indicator };
    return {
      indicator,
      ...(r.shortfall ? { shortfall: () => r.shortfall!(indicator) } : {}),
      ...(r.shortfallItems ? { shortfallItems: distinctEvidence(r.shortfallItems) } : {}),
      ...(r.mildShortfall ? { mildShortfall: true } : {}),
    };
  });
}

export function standardBlocks(indicators: Indicator[]): StandardBlock[] {
  return DFE_STANDARD.values.map((standard) => {
    const own = indicators.filter((i) => i.standard === standard);
    return {
      standard,
      label: DFE_STANDARD.labels[standard],
      status: standardStatus(own),
      indicators: own,
      evidence: mostCitedFirst(own.flatMap((i) => i.evidence)),
    };
  });
}
