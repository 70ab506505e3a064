import type {
  AreaCheck,
  AreaSummary,
  CoverageCell,
  EvidenceItemKind,
  SelfRatings,
  TermCounts,
} from '../api/evaluation';
import { TERMS, termOf } from '../calendar/academicYear';
import {
  DFE_STANDARD,
  EVIDENCE_STRENGTH,
  NCETM_AREA,
  type DfeStandard,
  type EvidenceStrength,
  type NcetmArea,
} from '../domain/enums';
import { distinctEvidence } from './evidence';
import { pairedRatings } from './figures';
import { RESEARCH_LESSON_SPEAKS_TO, researchLessonStories } from './researchLessons';
import { byKeys, type ImpactClaimRecord, type SnapshotIndex, type WorkGroupSnapshot } from './snapshot';
import { standardStatus, statusOf } from './indicators';
import { AREA_TARGETS, THRESHOLDS, type AreaCheckId } from './targets';
import { count, round } from './text';

/** A piece of evidence with its tags, whatever kind of record it is. */
export interface TaggedEvidence {
  kind: EvidenceItemKind;
  id: string;
  date?: string;
  areas: NcetmArea[];
  standards: DfeStandard[];
  guskeyLevel?: number;
  strength?: EvidenceStrength;
}

export function taggedEvidence(snapshot: WorkGroupSnapshot): TaggedEvidence[] {
  const tags = (r: {
    areas: NcetmArea[];
    standards: DfeStandard[];
    guskeyLevel?: number | undefined;
    strength?: EvidenceStrength | undefined;
  }) => ({
    areas: r.areas,
    standards: r.standards,
    ...(r.guskeyLevel !== undefined ? { guskeyLevel: r.guskeyLevel } : {}),
    ...(r.strength !== undefined ? { strength: r.strength } : {}),
  });
  return [
    ...snapshot.journalEntries.map((r) => ({ kind: 'journalEntry' as const, id: r.id, date: r.date, ...tags(r) })),
    ...snapshot.observations.map((r) => ({ kind: 'observation' as const, id: r.id, date: r.date, ...tags(r) })),
    ...snapshot.meetings.map((r) => ({ kind: 'meeting' as const, id: r.id, date: r.date, ...tags(r) })),
    ...snapshot.supportDays.map((r) => ({ kind: 'supportDay' as const, id: r.id, date: r.date, ...tags(r) })),
    ...snapshot.actionResearchCycles.map((r) => {
      const date = r.startDate ?? r.endDate;
      return { kind: 'actionResearchCycle' as const, id: r.id, ...(date ? { date } : {}), ...tags(r) };
    }),
    ...snapshot.schoolParticipations.map((r) => ({ kind: 'schoolParticipation' as const, id: r.id, ...tags(r) })),
    ...researchLessonStories(snapshot).map(({ id, meeting }) => {
      const own = tags(snapshot.researchLessons.find((r) => r.id === id)!);
      const { standards, areas } = RESEARCH_LESSON_SPEAKS_TO;
      return {
        kind: 'researchLesson' as const,
        id,
        date: meeting.date,
        ...own,
        areas: [...new Set([...areas, ...own.areas])],
        standards: [...new Set([...standards, ...own.standards])],
      };
    }),
    ...surveyEvidence(snapshot),
  ];
}

/**
 * Questionnaire answers as evidence by Guskey level: answers after a meeting are participants'
 * reactions (level 1), triangulated once two or more participants answered about the same meeting;
 * answers at the start and end speak to their learning (level 2), measured once the same participant
 * answered at both. They carry no area or standard: the Lead's tags on other records say those.
 */
function surveyEvidence(snapshot: WorkGroupSnapshot): TaggedEvidence[] {
  const responses = snapshot.surveyResponses;
  const about = (r: (typeof responses)[number]) =>
    r.occasion === 'after_meeting' ? `meeting:${r.meetingId}` : `participant:${r.participantId}`;
  const others = (r: (typeof responses)[number]) =>
    responses.filter((o) => o.id !== r.id && o.questionnaireId === r.questionnaireId && about(o) === about(r));
  return responses.map((r) => {
    const after = r.occasion === 'after_meeting';
    const backed = after
      ? others(r).some((o) => o.participantId !== r.participantId)
      : others(r).some((o) => o.occasion !== r.occasion);
    return {
      kind: 'surveyResponse' as const,
      id: r.id,
      date: r.date,
      areas: [],
      standards: [],
      guskeyLevel: after ? 1 : 2,
      strength: backed ? (after ? 'triangulated' : 'measured') : 'anecdotal',
    };
  });
}

/** The columns evidence is counted in by term: undated evidence is counted too, never dropped. */
export const TERM_COUNT_COLUMNS = [
  { key: 'autumn', label: 'Autumn' },
  { key: 'spring', label: 'Spring' },
  { key: 'summer', label: 'Summer' },
  { key: 'undated', label: 'Undated' },
] as const;

/** "autumn 3, spring 4, summer 2, undated 6", for notes. */
export const termCountsText = (counts: TermCounts): string =>
  TERM_COUNT_COLUMNS.map((c) => `${c.label.toLowerCase()} ${counts[c.key]}`).join(', ');

export function termCounts(dates: (string | undefined)[]): TermCounts {
  const counts: TermCounts = { autumn: 0, spring: 0, summer: 0, undated: 0, total: dates.length };
  for (const date of dates) counts[date ? termOf(date) : 'undated'] += 1;
  return counts;
}

const mean = (values: number[]) =>
  values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length, 2);

/** Participants' confidence survey, start against end: per statement and overall. */
export function selfRatingsOf(snapshot: WorkGroupSnapshot): SelfRatings {
  const { participants } = snapshot;
  const known = new Map(snapshot.workGroup.surveyItems.map((s) => [s.id, s.statement]));
  // Ratings for statements since removed from the survey are still the participants' answers.
  for (const p of participants) {
    for (const id of [...Object.keys(p.startRatings), ...Object.keys(p.endRatings)]) {
      if (!known.has(id)) known.set(id, id);
    }
  }
  const items = [...known].map(([id, statement]) => {
    const start = participants.map((p) => p.startRatings[id]).filter((v): v is number => v !== undefined);
    const end = participants.map((p) => p.endRatings[id]).filter((v): v is number => v !== undefined);
    return {
      id,
      statement,
      startMean: mean(start),
      endMean: mean(end),
      startCount: start.length,
      endCount: end.length,
    };
  });
  const changes = participants
    .filter((p) => Object.keys(p.startRatings).length > 0 && Object.keys(p.endRatings).length > 0)
    .map((p) => mean(Object.values(p.endRatings))! - mean(Object.values(p.startRatings))!);
  // Start and end compare the same people, so a change is never read into who answered.
  const paired = pairedRatings(participants);
  return {
    items,
    overall: {
      startMean: paired.startMean,
      endMean: paired.endMean,
      paired: paired.n,
      meanChange: mean(changes),
    },
  };
}

/** The first sentence or two of a text, cut at a word before the limit. */
export function excerpt(text: string, max: number = THRESHOLDS.quoteMaxChars): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const sentences = flat.match(/[^.!?]+[.!?]+["”’]?/g) ?? [];
  let out = '';
  for (const s of sentences) {
    if ((out + s).trim().length > max) break;
    out += s;
  }
  if (out.trim()) return out.trim();
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trim()}…`;
}

/** Sorts after every date. */
const UNDATED_LAST = '~';

const STRENGTH_RANK: Record<string, number> = { measured: 3, triangulated: 2, anecdotal: 1 };

type Tags = { areas: NcetmArea[]; standards: DfeStandard[] };

/** Every observation and journal entry as a possible quote, best first: sorted once per snapshot. */
const rankedCandidates = new WeakMap<WorkGroupSnapshot, ReturnType<typeof rankCandidates>>();

function rankCandidates(ix: SnapshotIndex, snapshot: WorkGroupSnapshot) {
  return [
    ...snapshot.observations.map((o) => ({
      tags: o as Tags,
      priority: o.kind === 'pupil_voice' ? 0 : 2,
      strength: STRENGTH_RANK[o.strength ?? ''] ?? 0,
      date: o.date,
      text: o.text,
      kind: 'observation' as const,
      id: o.id,
      voice: ix.child(o.focusChildId)?.participantId ?? o.focusChildId,
    })),
    ...snapshot.journalEntries.map((j) => ({
      tags: j as Tags,
      priority: 1,
      strength: STRENGTH_RANK[j.strength ?? ''] ?? 0,
      date: j.date,
      text: j.text,
      kind: 'journalEntry' as const,
      id: j.id,
      voice: j.participantId,
    })),
  ].sort(
    (a, b) =>
      a.priority - b.priority ||
      b.strength - a.strength ||
      (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) ||
      (a.id === b.id ? 0 : a.id < b.id ? -1 : 1),
  );
}

/** The best quotes among the observations and journal entries with the given tag. */
function quotesFor(ix: SnapshotIndex, snapshot: WorkGroupSnapshot, tagged: (record: Tags) => boolean) {
  let ranked = rankedCandidates.get(snapshot);
  if (!ranked) rankedCandidates.set(snapshot, (ranked = rankCandidates(ix, snapshot)));
  const candidates = ranked.filter((c) => tagged(c.tags));
  // Prefer different classrooms' voices, then fill up with the best of the rest.
  const chosen: typeof candidates = [];
  const voices = new Set<string>();
  const texts = new Set<string>();
  const take = (c: (typeof candidates)[number]) => {
    chosen.push(c);
    voices.add(c.voice);
    texts.add(excerpt(c.text));
  };
  for (const c of candidates) {
    if (chosen.length < THRESHOLDS.quotesPerArea && !voices.has(c.voice) && !texts.has(excerpt(c.text))) take(c);
  }
  for (const c of candidates) {
    if (chosen.length < THRESHOLDS.quotesPerArea && !chosen.includes(c) && !texts.has(excerpt(c.text))) take(c);
  }
  return chosen.map((c) => ({ text: excerpt(c.text), date: c.date, source: ix.item(c.kind, c.id) }));
}

/** Quotes for one DfE standard, chosen as each area's are (for the slides, which have a slide per standard). */
export const standardQuotes = (ix: SnapshotIndex, snapshot: WorkGroupSnapshot, standard: DfeStandard) =>
  quotesFor(ix, snapshot, (r) => r.standards.includes(standard));

/**
 * The claims strongest first, each sentence once: a claim made in the same words for several
 * schools or teachers is listed once, resting on all their evidence.
 */
function claimsOnce(claims: ImpactClaimRecord[]) {
  const bySentence = new Map<string, { claim: ImpactClaimRecord; links: ImpactClaimRecord['evidence'] }>();
  const strongestFirst = [...claims].sort(
    (a, b) => (STRENGTH_RANK[b.strength] ?? 0) - (STRENGTH_RANK[a.strength] ?? 0),
  );
  for (const claim of strongestFirst) {
    const sentence = claim.statement.replace(/\s+/g, ' ').trim().toLowerCase();
    const known = bySentence.get(sentence);
    if (known) known.links.push(...claim.evidence);
    else bySentence.set(sentence, { claim, links: [...claim.evidence] });
  }
  return [...bySentence.values()].map(({ claim, links }) => ({ claim, evidence: distinctEvidence(links) }));
}

/** The checks an area's status is read from (AREA_TARGETS), each with what it found. */
export function areaChecks(
  outcomes: number,
  byTerm: TermCounts,
  claims: Pick<ImpactClaimRecord, 'strength'>[],
): AreaCheck[] {
  const terms = TERMS.filter((t) => byTerm[t] > 0).length;
  const strongest = Math.max(0, ...claims.map((c) => STRENGTH_RANK[c.strength] ?? 0));
  const found: Record<AreaCheckId, { value: number; detail: string }> = {
    intended_outcomes: { value: outcomes, detail: count(outcomes, 'intended outcome') },
    terms_with_evidence: {
      value: terms,
      detail:
        byTerm.undated === byTerm.total && byTerm.total > 0
          ? `${count(byTerm.total, 'record')} of evidence, none dated`
          : `${count(byTerm.total, 'record')} of evidence across ${count(terms, 'term')}`,
    },
    strongest_claim: {
      value: strongest,
      detail:
        claims.length === 0
          ? 'No impact claim yet'
          : `${count(claims.length, 'impact claim')}, the strongest ${EVIDENCE_STRENGTH.values[strongest - 1]!}`,
    },
  };
  return (Object.keys(AREA_TARGETS) as AreaCheckId[]).map((id) => {
    const target = AREA_TARGETS[id];
    return {
      id,
      label: target.label,
      value: found[id].value,
      target: target.target,
      partlyFrom: target.partlyFrom,
      status: statusOf(target, found[id].value),
      detail: found[id].detail,
      reason: target.reason,
    };
  });
}

export function computeAreas(
  ix: SnapshotIndex,
  snapshot: WorkGroupSnapshot,
  evidence: TaggedEvidence[] = taggedEvidence(snapshot),
): AreaSummary[] {
  const ratings = selfRatingsOf(snapshot);
  return NCETM_AREA.values.map((area) => {
    const own = evidence.filter((e) => e.areas.includes(area));
    const claims = snapshot.impactClaims.filter((c) => c.area === area);
    const claimCounts = Object.fromEntries(
      EVIDENCE_STRENGTH.values.map((s) => [s, claims.filter((c) => c.strength === s).length]),
    ) as Record<EvidenceStrength, number>;
    const intendedOutcomes = snapshot.workGroup.intendedOutcomes.filter((o) => o.area === area);
    const evidenceByTerm = termCounts(own.map((e) => e.date));
    const checks = areaChecks(intendedOutcomes.length, evidenceByTerm, claims);
    return {
      area,
      label: NCETM_AREA.labels[area],
      status: standardStatus(checks),
      checks,
      intendedOutcomes,
      evidenceByTerm,
      // By date (the undated last), then by what it is called, then by id: never by kind or storage order.
      evidence: own
        .map((e) => ({ ...ix.item(e.kind, e.id), ...(e.date ? { date: e.date } : {}) }))
        .sort(
          byKeys(
            (e) => e.date ?? UNDATED_LAST,
            (e) => e.label,
            (e) => e.id,
          ),
        ),
      guskeyLevels: [1, 2, 3, 4, 5].map((level) => ({
        level,
        count: own.filter((e) => e.guskeyLevel === level).length,
      })),
      claimCounts,
      claims: claimsOnce(claims).map(({ claim: c, evidence }) => ({
        id: c.id,
        statement: c.statement,
        level: c.level,
        strength: c.strength,
        evidence: evidence.filter((e) => ix.has(e.kind, e.id)).map((e) => ix.item(e.kind, e.id)),
        missingEvidence: evidence.filter((e) => !ix.has(e.kind, e.id)).length,
      })),
      // The confidence survey is about teachers' own learning, so it sits with Professional Learning.
      selfRatings: area === 'professional_learning' ? ratings : null,
      quotes: quotesFor(ix, snapshot, (r) => r.areas.includes(area)),
    };
  });
}

/** How many tagged pieces of evidence speak to each standard and area together. */
export function coverageOf(evidence: TaggedEvidence[]): CoverageCell[] {
  const areas = NCETM_AREA.values.length;
  const counts = new Array<number>(DFE_STANDARD.values.length * areas).fill(0);
  for (const e of evidence) {
    // Each tag once, even if a record lists it twice.
    e.standards.forEach((standard, i) => {
      if (e.standards.indexOf(standard) !== i) return;
      e.areas.forEach((area, j) => {
        if (e.areas.indexOf(area) === j) counts[STANDARD_INDEX[standard] * areas + AREA_INDEX[area]]! += 1;
      });
    });
  }
  return DFE_STANDARD.values.flatMap((standard) =>
    NCETM_AREA.values.map((area) => ({
      standard,
      area,
      count: counts[STANDARD_INDEX[standard] * areas + AREA_INDEX[area]]!,
    })),
  );
}

const STANDARD_INDEX = Object.fromEntries(DFE_STANDARD.values.map((s, i) => [s, i])) as Record<DfeStandard, number>;
const AREA_INDEX = Object.fromEntries(NCETM_AREA.values.map((a, i) => [a, i])) as Record<NcetmArea, number>;
