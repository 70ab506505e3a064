import type { AreaSummary, Gap, GapSeverity } from '../api/evaluation';
import { summerTermEnd } from '../calendar/academicYear';
import { DFE_STANDARD, NCETM_AREA } from '../domain/enums';
import { isShort, type ComputedIndicator } from './indicators';
import type { SnapshotIndex, WorkGroupSnapshot } from './snapshot';
import { dateInYear, THRESHOLDS, TARGETS, type IndicatorId, type Target } from './targets';
import { count, daysBefore, hasHave, isAre, listNames, monthName } from './text';

const SEVERITY_ORDER: Record<GapSeverity, number> = { high: 0, medium: 1, low: 2 };
const STANDARD_ORDER = new Map(DFE_STANDARD.values.map((s, i) => [s as string, i]));
const AREA_ORDER = new Map(NCETM_AREA.values.map((a, i) => [a as string, i]));

/** Most important first: severity, then the standard (1 to 5) and area it affects, then where it was found. */
export function orderGaps(gaps: Gap[]): Gap[] {
  const firstOf = (g: Gap) => Math.min(...g.standards.map((s) => STANDARD_ORDER.get(s)!), 9);
  const areaOf = (g: Gap) => Math.min(...g.areas.map((a) => AREA_ORDER.get(a)!), 9);
  return gaps
    .map((g, i) => ({ g, i }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.g.severity] - SEVERITY_ORDER[b.g.severity] ||
        firstOf(a.g) - firstOf(b.g) ||
        areaOf(a.g) - areaOf(b.g) ||
        a.i - b.i,
    )
    .map(({ g }) => g);
}

/** Concrete findings about the year so far, in plain words, most important first. */
export function findGaps(
  ix: SnapshotIndex,
  snapshot: WorkGroupSnapshot,
  computed: ComputedIndicator[],
  areas: AreaSummary[],
  asOf: string,
): Gap[] {
  const year = snapshot.workGroup.academicYear;
  const from = (monthDay: string) => asOf >= dateInYear(year, monthDay);
  const gaps: Gap[] = [];

  // Nothing else can be judged without these.
  if (snapshot.schoolParticipations.length === 0) {
    gaps.push({
      id: 'no-schools',
      severity: 'high',
      message: 'No schools are recorded in this Work Group yet; add the schools taking part and their senior leaders.',
      standards: ['leadership'],
      areas: ['school_policy'],
      items: [],
    });
  }
  if (snapshot.participants.length === 0) {
    gaps.push({
      id: 'no-participants',
      severity: 'high',
      message: 'No participants are recorded yet; add the teachers taking part.',
      standards: ['collaboration', 'sustained'],
      areas: ['professional_learning'],
      items: [],
    });
  }

  for (const c of computed) {
    const i = c.indicator;
    if (!isShort(i) || !c.shortfall) continue;
    const message = c.shortfall();
    if (!message) continue;
    const target: Target = TARGETS[i.id as IndicatorId];
    const severity: GapSeverity = c.mildShortfall || (i.value ?? 0) >= i.partlyFrom ? 'medium' : 'high';
    gaps.push({
      id: `indicator:${i.id}`,
      severity,
      message,
      standards: [i.standard],
      areas: [...target.areas],
      items: c.shortfallItems ?? [],
    });
  }

  // Focus children whose observations have dried up, or never started.
  const latest = new Map<string, string>();
  for (const o of snapshot.observations) {
    if ((latest.get(o.focusChildId) ?? '') < o.date) latest.set(o.focusChildId, o.date);
  }
  if (from(THRESHOLDS.firstObservationFrom)) {
    const never = snapshot.focusChildren.filter((c) => !latest.has(c.id));
    if (never.length > 0) {
      gaps.push({
        id: 'children-never-observed',
        severity: 'high',
        message: `${count(never.length, 'focus child', 'focus children')} ${hasHave(never.length)} no observations recorded yet (${listNames(
          never.map((c) => c.code),
          6,
        )}).`,
        standards: ['pupil_outcomes'],
        areas: ['pupil_outcomes'],
        items: never.map((c) => ix.item('focusChild', c.id)),
      });
    }
  }
  // The summer holiday does not count: no one observes a child then.
  const lastSchoolDay = asOf < summerTermEnd(year) ? asOf : summerTermEnd(year);
  const cutoff = daysBefore(lastSchoolDay, THRESHOLDS.staleObservationDays);
  const stale = snapshot.focusChildren.filter((c) => latest.has(c.id) && latest.get(c.id)! < cutoff);
  if (stale.length > 0) {
    const last = stale.map((c) => latest.get(c.id)!).sort()[stale.length - 1]!;
    gaps.push({
      id: 'children-not-observed-lately',
      severity: 'medium',
      message: `${count(stale.length, 'focus child', 'focus children')} ${hasHave(stale.length)} no observation since ${monthName(last)} (${listNames(
        stale.map((c) => c.code),
        6,
      )}).`,
      standards: ['pupil_outcomes'],
      areas: ['pupil_outcomes'],
      items: stale.map((c) => ix.item('focusChild', c.id)),
    });
  }

  // Pseudonymised pupil data is still personal data.
  const noConsent = snapshot.focusChildren.filter((c) => !c.consentRecorded);
  if (noConsent.length > 0) {
    gaps.push({
      id: 'children-without-consent',
      severity: 'high',
      message: `${count(noConsent.length, 'focus child', 'focus children')} ${hasHave(noConsent.length)} no consent recorded (${listNames(
        noConsent.map((c) => c.code),
        6,
      )}).`,
      standards: [],
      areas: [],
      items: noConsent.map((c) => ix.item('focusChild', c.id)),
    });
  }
  const noRetention = snapshot.focusChildren.filter((c) => !c.retainUntil);
  if (noRetention.length > 0) {
    gaps.push({
      id: 'children-without-retention',
      severity: 'low',
      message: `${count(noRetention.length, 'focus child', 'focus children')} ${hasHave(noRetention.length)} no retain-until date (${listNames(
        noRetention.map((c) => c.code),
        6,
      )}).`,
      standards: [],
      areas: [],
      items: noRetention.map((c) => ix.item('focusChild', c.id)),
    });
  }

  // The NCETM areas: intended outcomes, evidence tagged to them, and claims backed by it.
  for (const a of areas) {
    if (a.intendedOutcomes.length === 0 && from(THRESHOLDS.intendedOutcomesFrom)) {
      gaps.push({
        id: `area-no-outcomes:${a.area}`,
        severity: 'medium',
        message: `No intended outcome is recorded for ${a.label}; agree one (“… will …”) and share it with senior leaders.`,
        standards: [],
        areas: [a.area],
        items: [],
      });
    }
    if (a.evidenceByTerm.total === 0 && from(THRESHOLDS.areaEvidenceFrom)) {
      gaps.push({
        id: `area-no-evidence:${a.area}`,
        severity: 'medium',
        message: `No evidence is tagged to ${a.label} yet; tag the journal entries, observations and meetings that speak to it.`,
        standards: [],
        areas: [a.area],
        items: [],
      });
    }
    const unsupported = a.claims.filter((c) => c.evidence.length === 0);
    if (unsupported.length > 0) {
      gaps.push({
        id: `area-unsupported-claims:${a.area}`,
        severity: 'medium',
        message: `${count(unsupported.length, 'impact claim')} for ${a.label} ${isAre(unsupported.length)} not linked to any evidence.`,
        standards: [],
        areas: [a.area],
        items: unsupported.map((c) => ix.item('impactClaim', c.id)),
      });
    }
    const strong = a.claimCounts.triangulated + a.claimCounts.measured;
    if (a.claims.length > 0 && strong === 0 && from(THRESHOLDS.strongerClaimsFrom)) {
      gaps.push({
        id: `area-anecdotal-only:${a.area}`,
        severity: 'low',
        message: `Every impact claim for ${a.label} is anecdotal; triangulate at least one with a second source.`,
        standards: [],
        areas: [a.area],
        items: a.claims.map((c) => ix.item('impactClaim', c.id)),
      });
    }
  }

  // The confidence survey, at the start and at the end.
  const participants = snapshot.participants;
  const noStart = participants.filter((p) => Object.keys(p.startRatings).length === 0);
  if (noStart.length > 0 && from(THRESHOLDS.startRatingsFrom)) {
    gaps.push({
      id: 'participants-without-start-ratings',
      severity: 'low',
      message: `${count(noStart.length, 'participant')} ${hasHave(noStart.length)} no start-of-year self-ratings (${listNames(noStart.map((p) => p.name))}).`,
      standards: [],
      areas: ['professional_learning'],
      items: noStart.map((p) => ix.item('participant', p.id)),
    });
  }
  const noEnd = participants.filter(
    (p) => Object.keys(p.startRatings).length > 0 && Object.keys(p.endRatings).length === 0,
  );
  if (noEnd.length > 0 && from(THRESHOLDS.endRatingsFrom)) {
    gaps.push({
      id: 'participants-without-end-ratings',
      severity: 'low',
      message: `${count(noEnd.length, 'participant')} ${hasHave(noEnd.length)} no end-of-year self-ratings to compare with the start (${listNames(noEnd.map((p) => p.name))}).`,
      standards: [],
      areas: ['professional_learning'],
      items: noEnd.map((p) => ix.item('participant', p.id)),
    });
  }

  return orderGaps(gaps);
}
