import type { MeetingAttendance, WorkGroupEvaluation } from '../api/evaluation';
import { academicYearBounds } from '../calendar/academicYear';
import { draftAnswers } from './questions';
import { computeAreas, coverageOf, taggedEvidence } from './areas';
import { GROUP_MEETING_KINDS, surveyResults, workGroupFigures } from './figures';
import { guskeyLevelsOf } from './guskeyLevels';
import { findGaps } from './gaps';
import { computeIndicators, standardBlocks } from './indicators';
import { inDomainOrder, indexSnapshot, type WorkGroupSnapshot } from './snapshot';
import { round } from './text';

/**
 * The year as it stood on the "as of" date: dated records after it (a meeting planned for next
 * month, say) are left out, so nothing is counted before it has happened. Undated records stay.
 * End-of-year items (a child's change and end portrait, end ratings, a leader's evaluation) count
 * from the day they were recorded; as of the year's end, all of them count, however late they came.
 */
export function snapshotAsOf(snapshot: WorkGroupSnapshot, asOf: string): WorkGroupSnapshot {
  const byDate = <T extends { date: string }>(list: T[]) => list.filter((r) => r.date <= asOf);
  const yearOver = asOf >= academicYearBounds(snapshot.workGroup.academicYear).end;
  const later = (recordedOn: string | undefined) => !yearOver && recordedOn !== undefined && recordedOn > asOf;
  return {
    ...snapshot,
    schoolParticipations: snapshot.schoolParticipations.map((s) =>
      later(s.endEvaluationRecordedOn) ? { ...s, endEvaluation: '' } : s,
    ),
    participants: snapshot.participants.map((p) => (later(p.endRatingsRecordedOn) ? { ...p, endRatings: {} } : p)),
    focusChildren: snapshot.focusChildren.map((c) => {
      const { changeJudgement, ...rest } = c;
      return {
        ...rest,
        ...(later(c.changeRecordedOn) ? { changeNote: '' } : changeJudgement === undefined ? {} : { changeJudgement }),
        ...(later(c.penPortraitEndRecordedOn) ? { penPortraitEnd: '' } : {}),
      };
    }),
    meetings: byDate(snapshot.meetings),
    supportDays: byDate(snapshot.supportDays),
    journalEntries: byDate(snapshot.journalEntries),
    observations: byDate(snapshot.observations),
    surveyResponses: byDate(snapshot.surveyResponses),
    actionResearchCycles: snapshot.actionResearchCycles.filter((c) => {
      const first = c.startDate ?? c.endDate;
      return first === undefined || first <= asOf;
    }),
  };
}

/** The "as of" date to use when none is given: today, kept within the Work Group's academic year. */
export function defaultAsOf(academicYear: string, today: string): string {
  const { start, end } = academicYearBounds(academicYear);
  return today < start ? start : today > end ? end : today;
}

/** Everything the evaluation says about one Work Group's year so far. */
export function evaluateWorkGroup(stored: WorkGroupSnapshot, asOf: string): WorkGroupEvaluation {
  const full = inDomainOrder(stored);
  // Labels come from the whole snapshot, so a link to a later record still reads sensibly.
  const ix = indexSnapshot(full);
  const snapshot = snapshotAsOf(full, asOf);
  const computed = computeIndicators(ix, snapshot, asOf);
  const indicators = computed.map((c) => c.indicator);
  const evidence = taggedEvidence(snapshot);
  const areas = computeAreas(ix, snapshot, evidence);
  const participantIds = new Set(snapshot.participants.map((p) => p.id));
  const attendance: MeetingAttendance[] = snapshot.meetings.map((m) => {
    const attended = new Set(m.attendeeIds.filter((id) => participantIds.has(id))).size;
    const n = snapshot.participants.length;
    return {
      meetingId: m.id,
      date: m.date,
      kind: m.kind,
      label: ix.item('meeting', m.id).label,
      wholeGroup: GROUP_MEETING_KINDS.includes(m.kind),
      attended,
      participants: n,
      rate: n === 0 ? null : round(attended / n, 4),
    };
  });
  const w = full.workGroup;
  const standards = standardBlocks(indicators);
  const figures = workGroupFigures(snapshot, indicators, standards);
  const basis = {
    workGroup: {
      id: w.id,
      code: w.code,
      name: w.name,
      academicYear: w.academicYear,
      projectId: w.projectId,
      projectName: w.projectName,
      pdActivityType: w.pdActivityType,
      phase: w.phase,
      leadName: w.leadName,
      umbrellaQuestion: w.umbrellaQuestion,
      status: w.status,
      rolledOver: w.rolledOver,
    },
    asOf,
    standards,
    areas,
    guskeyLevels: guskeyLevelsOf(ix, evidence),
    gaps: findGaps(ix, snapshot, computed, areas, asOf),
    changeDistribution: [1, 2, 3, 4, 5].map((judgement) => ({
      judgement,
      count: snapshot.focusChildren.filter((c) => c.changeJudgement === judgement).length,
    })),
    attendance,
    coverage: coverageOf(evidence),
    totals: {
      schools: figures.schools,
      participants: snapshot.participants.length,
      focusChildren: snapshot.focusChildren.length,
      meetings: snapshot.meetings.length,
      readings: snapshot.readings.length,
      journalEntries: snapshot.journalEntries.length,
      observations: snapshot.observations.length,
      actionResearchCycles: snapshot.actionResearchCycles.length,
      impactClaims: snapshot.impactClaims.length,
    },
    figures,
    surveys: surveyResults(ix, snapshot),
  };
  return { ...basis, questions: draftAnswers(basis) };
}
