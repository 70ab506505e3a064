import type { EvidenceItem, EvidenceItemKind } from '../api/evaluation';
import { formatDateGB } from '../calendar/dates';
import { MEETING_KIND, OBSERVATION_KIND, type PdActivityType } from '../domain/enums';
import { GROUP_KINDS, RECORD_KIND_SPECS, type GroupKind, type KindFields, type PluralOf } from '../domain/recordKinds';
import type { IntendedOutcome } from '../domain/workGroup';

// Everything the engine needs to know about one Work Group's year, as plain data: the live
// records only (the Trash is left out by whoever builds the snapshot).

/** A live record of a Work Group, as the engine reads it. */
export type Stored<K extends GroupKind> = KindFields<K> & { id: string };

export type SchoolParticipationRecord = Stored<'schoolParticipation'>;
export type ParticipantRecord = Stored<'participant'>;
export type FocusChildRecord = Stored<'focusChild'>;
export type MeetingRecord = Stored<'meeting'>;
export type ReadingRecord = Stored<'reading'>;
export type JournalEntryRecord = Stored<'journalEntry'>;
export type ObservationRecord = Stored<'observation'>;
export type ActionResearchCycleRecord = Stored<'actionResearchCycle'>;
export type ImpactClaimRecord = Stored<'impactClaim'>;
export type ResearchLessonRecord = Stored<'researchLesson'>;
export type QuestionnaireRecord = Stored<'questionnaire'>;
export type SurveyResponseRecord = Stored<'surveyResponse'>;

export interface SnapshotWorkGroup {
  id: string;
  code: string;
  name: string;
  academicYear: string;
  projectId: string;
  projectName: string;
  /** The project's kind of PD, whose rules the group is judged by. */
  pdActivityType: PdActivityType;
  /** The project's phase ('' if unknown). */
  phase: string;
  leadName: string;
  umbrellaQuestion: string;
  status: string;
  rolledOver: boolean;
  intendedOutcomes: IntendedOutcome[];
  surveyItems: { id: string; statement: string }[];
}

/** A Work Group, its schools, and a list of each kind of its records (`participants`, `focusChildren`…). */
export type WorkGroupSnapshot = {
  workGroup: SnapshotWorkGroup;
  /** The schools named by the group's participations and participants. */
  schools: { id: string; name: string }[];
} & { [K in GroupKind as PluralOf<K>]: Stored<K>[] };

type SortKey = string | number;

/** Compares by each key in turn, by code point (never by locale): the same order on every machine. */
export function byKeys<T>(...keys: ((record: T) => SortKey)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

const sorted = <T>(list: T[], ...keys: ((record: T) => SortKey)[]) => [...list].sort(byKeys(...keys));
const id = (r: { id: string }) => r.id;

/**
 * The snapshot with every list in a domain order (date, then code or title, then id), so what the
 * evaluation lists never depends on the order the rows happen to be stored in: a Work Group carried
 * to another workspace in a bundle reads exactly the same there.
 */
export function inDomainOrder(snapshot: WorkGroupSnapshot): WorkGroupSnapshot {
  const schoolName = new Map(snapshot.schools.map((s) => [s.id, s.name]));
  const participantName = new Map(snapshot.participants.map((p) => [p.id, p.name]));
  const childCode = new Map(snapshot.focusChildren.map((c) => [c.id, c.code]));
  const meetingDate = new Map(snapshot.meetings.map((m) => [m.id, m.date]));
  return {
    ...snapshot,
    schools: sorted(snapshot.schools, (s) => s.name, id),
    schoolParticipations: sorted(snapshot.schoolParticipations, (s) => schoolName.get(s.schoolId) ?? '', id),
    participants: sorted(snapshot.participants, (p) => p.name, id),
    focusChildren: sorted(snapshot.focusChildren, (c) => c.code, id),
    meetings: sorted(
      snapshot.meetings,
      (m) => m.date,
      (m) => m.kind,
      id,
    ),
    readings: sorted(snapshot.readings, (r) => r.citation, id),
    journalEntries: sorted(
      snapshot.journalEntries,
      (j) => j.date,
      (j) => participantName.get(j.participantId) ?? '',
      id,
    ),
    observations: sorted(
      snapshot.observations,
      (o) => o.date,
      (o) => childCode.get(o.focusChildId) ?? '',
      id,
    ),
    actionResearchCycles: sorted(
      snapshot.actionResearchCycles,
      (c) => c.startDate ?? c.endDate ?? '',
      (c) => c.number,
      (c) => participantName.get(c.participantId) ?? '',
      id,
    ),
    impactClaims: sorted(snapshot.impactClaims, (c) => c.statement, id),
    questionnaires: sorted(snapshot.questionnaires, (q) => q.title, id),
    surveyResponses: sorted(
      snapshot.surveyResponses,
      (r) => r.date,
      (r) => participantName.get(r.participantId) ?? '',
      id,
    ),
    themes: sorted(snapshot.themes, (t) => t.name, id),
    codedPassages: sorted(
      snapshot.codedPassages,
      (p) => p.recordId,
      (p) => p.startOffset,
      id,
    ),
    researchLessons: sorted(snapshot.researchLessons, (r) => meetingDate.get(r.meetingId) ?? '', id),
    supportDays: sorted(snapshot.supportDays, (d) => d.date, id),
    actionPlans: sorted(snapshot.actionPlans, (p) => schoolName.get(p.schoolId) ?? '', id),
  };
}

const firstWords = (text: string, words = 8) => {
  const parts = text.split(/\s+/).filter(Boolean);
  return parts.slice(0, words).join(' ') + (parts.length > words ? '…' : '');
};

/** Looks records up by id and names them briefly, for evidence lists. */
export interface SnapshotIndex {
  snapshot: WorkGroupSnapshot;
  participant(id: string): ParticipantRecord | undefined;
  child(id: string): FocusChildRecord | undefined;
  meeting(id: string): MeetingRecord | undefined;
  schoolName(id: string): string;
  /** The record of that kind and id in this Work Group, if it is there. */
  has(kind: EvidenceItemKind, id: string): boolean;
  item(kind: EvidenceItemKind, id: string): EvidenceItem;
}

export function indexSnapshot(snapshot: WorkGroupSnapshot): SnapshotIndex {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((r) => [r.id, r]));
  const listOf = (kind: GroupKind): { id: string }[] => snapshot[RECORD_KIND_SPECS[kind].plural as PluralOf<GroupKind>];
  const maps = Object.fromEntries(GROUP_KINDS.map((kind) => [kind, byId(listOf(kind))])) as Record<
    EvidenceItemKind,
    Map<string, { id: string }>
  >;
  const schools = new Map(snapshot.schools.map((s) => [s.id, s.name]));
  const participant = (id: string) => maps.participant.get(id) as ParticipantRecord | undefined;
  const child = (id: string) => maps.focusChild.get(id) as FocusChildRecord | undefined;
  const meeting = (id: string) => maps.meeting.get(id) as MeetingRecord | undefined;
  const schoolName = (id: string) => schools.get(id) ?? 'A school';
  const who = (participantId: string) => participant(participantId)?.name ?? 'a participant';

  const labelOf = (kind: EvidenceItemKind, record: { id: string }): string => {
    switch (kind) {
      case 'schoolParticipation':
        return schoolName((record as SchoolParticipationRecord).schoolId);
      case 'participant':
        return (record as ParticipantRecord).name;
      case 'focusChild':
        return `Focus child ${(record as FocusChildRecord).code}`;
      case 'meeting': {
        const m = record as MeetingRecord;
        return `${MEETING_KIND.labels[m.kind]}, ${formatDateGB(m.date)}`;
      }
      case 'reading':
        return firstWords((record as ReadingRecord).citation, 12);
      case 'journalEntry': {
        const j = record as JournalEntryRecord;
        return `Journal entry, ${formatDateGB(j.date)} (${who(j.participantId)})`;
      }
      case 'observation': {
        const o = record as ObservationRecord;
        const code = child(o.focusChildId)?.code ?? 'a focus child';
        return `${OBSERVATION_KIND.labels[o.kind]}, ${formatDateGB(o.date)} (${code})`;
      }
      case 'actionResearchCycle': {
        const c = record as ActionResearchCycleRecord;
        return `Action-research cycle ${c.number} (${who(c.participantId)})`;
      }
      case 'impactClaim':
        return `Impact claim: ${firstWords((record as ImpactClaimRecord).statement)}`;
      case 'questionnaire':
        return `Questionnaire: ${(record as QuestionnaireRecord).title}`;
      case 'surveyResponse': {
        const r = record as SurveyResponseRecord;
        const title = (maps.questionnaire.get(r.questionnaireId) as QuestionnaireRecord | undefined)?.title;
        return `Answers to ${title ?? 'a questionnaire'}, ${formatDateGB(r.date)} (${who(r.participantId)})`;
      }
      case 'theme':
      case 'codedPassage':
      case 'supportDay':
      case 'actionPlan':
        return RECORD_KIND_SPECS[kind].title(record);
      case 'researchLesson': {
        const m = meeting((record as ResearchLessonRecord).meetingId);
        return m ? `Research lesson, ${formatDateGB(m.date)}` : 'Research lesson';
      }
    }
  };

  /** Labels are asked for again and again (evidence lists, quotes, gaps): each is made once. */
  const labels = Object.fromEntries(Object.keys(maps).map((kind) => [kind, new Map<string, string>()])) as Record<
    EvidenceItemKind,
    Map<string, string>
  >;

  return {
    snapshot,
    participant,
    child,
    meeting,
    schoolName,
    has: (kind, id) => maps[kind].has(id),
    item: (kind, id) => {
      const known = labels[kind];
      let label = known.get(id);
      if (label === undefined) {
        const record = maps[kind].get(id);
        label = record ? labelOf(kind, record) : '(no longer in the workspace)';
        known.set(id, label);
      }
      return { kind, id, label };
    },
  };
}
