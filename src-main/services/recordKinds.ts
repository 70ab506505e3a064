import type { z } from 'zod';
import type { RecordKind, TrashKind } from '../../src-shared/api/contract';
import { formatDateGB } from '../../src-shared/calendar/dates';
import { MEETING_KIND, OBSERVATION_KIND } from '../../src-shared/domain/enums';
import {
  actionResearchCycleFields,
  focusChildFields,
  impactClaimFields,
  journalEntryFields,
  meetingFields,
  observationFields,
  participantFields,
  projectFields,
  readingFields,
  schoolFields,
  schoolParticipationFields,
} from '../../src-shared/domain/records';
import { snakeCase } from './columns';

type Fields = Record<string, unknown>;
type Referenced = RecordKind | 'attachment';

export interface RecordKindSpec {
  label: string;
  table: string;
  shape: z.ZodRawShape;
  /** The record this one belongs to: its deletion takes this one to the Trash too. */
  parent?: { field: string; kind: TrashKind };
  /** Fields holding the id (or a list of ids) of another record, which must exist in the same Work Group. */
  refs: Record<string, Referenced>;
  /** Date fields that must fall inside the Work Group's academic year unless the user confirms. */
  dates: string[];
  /** Free-text fields indexed for search. */
  searchable: string[];
  orderBy: string;
  title(record: Fields): string;
}

const firstWords = (text: unknown, words = 8) => {
  const parts = String(text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return parts.slice(0, words).join(' ') + (parts.length > words ? '…' : '');
};
const dated = (record: Fields, what: string) => `${what}, ${formatDateGB(String(record['date']))}`;

const spec = (
  label: string,
  kind: RecordKind,
  schema: { shape: z.ZodRawShape },
  rest: Omit<RecordKindSpec, 'label' | 'table' | 'shape' | 'refs' | 'dates' | 'searchable' | 'orderBy'> &
    Partial<Pick<RecordKindSpec, 'refs' | 'dates' | 'searchable' | 'orderBy'>>,
): RecordKindSpec => ({
  label,
  table: snakeCase(kind),
  shape: schema.shape,
  refs: {},
  dates: [],
  searchable: [],
  orderBy: 'created_at, id',
  ...rest,
});

export const RECORD_KIND_SPECS: Record<RecordKind, RecordKindSpec> = {
  project: spec('project', 'project', projectFields, { orderBy: 'name', title: (r) => String(r['name']) }),
  school: spec('school', 'school', schoolFields, {
    orderBy: 'name',
    searchable: ['name'],
    title: (r) => String(r['name']),
  }),
  schoolParticipation: spec("school's participation", 'schoolParticipation', schoolParticipationFields, {
    parent: { field: 'workGroupId', kind: 'workGroup' },
    refs: { schoolId: 'school' },
    searchable: ['seniorLeaderName', 'intendedImpact', 'endEvaluation', 'continuationPlan'],
    title: (r) =>
      `Participation of a school${r['seniorLeaderName'] ? ` (leader: ${String(r['seniorLeaderName'])})` : ''}`,
  }),
  participant: spec('participant', 'participant', participantFields, {
    parent: { field: 'workGroupId', kind: 'workGroup' },
    refs: { schoolId: 'school' },
    searchable: ['name', 'role', 'researchQuestion'],
    orderBy: 'name',
    title: (r) => String(r['name']),
  }),
  focusChild: spec('focus child', 'focusChild', focusChildFields, {
    parent: { field: 'participantId', kind: 'participant' },
    searchable: ['code', 'penPortraitStart', 'penPortraitEnd', 'desiredChange', 'changeNote'],
    orderBy: 'code',
    title: (r) => `Focus child ${String(r['code'])}`,
  }),
  meeting: spec('meeting', 'meeting', meetingFields, {
    parent: { field: 'workGroupId', kind: 'workGroup' },
    refs: { hostSchoolId: 'school', attendeeIds: 'participant', readingIds: 'reading' },
    dates: ['date'],
    searchable: ['notes'],
    orderBy: 'date, created_at',
    title: (r) => dated(r, MEETING_KIND.labels[r['kind'] as keyof typeof MEETING_KIND.labels] ?? 'Meeting'),
  }),
  reading: spec('reading', 'reading', readingFields, {
    parent: { field: 'workGroupId', kind: 'workGroup' },
    searchable: ['citation', 'summary'],
    orderBy: 'citation',
    title: (r) => firstWords(r['citation'], 12),
  }),
  journalEntry: spec('journal entry', 'journalEntry', journalEntryFields, {
    parent: { field: 'participantId', kind: 'participant' },
    refs: { focusChildIds: 'focusChild', readingIds: 'reading', meetingId: 'meeting' },
    dates: ['date'],
    searchable: ['text'],
    orderBy: 'date, created_at',
    title: (r) => `${dated(r, 'Journal entry')}: ${firstWords(r['text'])}`,
  }),
  observation: spec('observation', 'observation', observationFields, {
    parent: { field: 'focusChildId', kind: 'focusChild' },
    refs: { attachmentId: 'attachment' },
    dates: ['date'],
    searchable: ['text', 'measureScale'],
    orderBy: 'date, created_at',
    title: (r) =>
      `${dated(r, OBSERVATION_KIND.labels[r['kind'] as keyof typeof OBSERVATION_KIND.labels] ?? 'Observation')}: ${firstWords(r['text'])}`,
  }),
  actionResearchCycle: spec('action-research cycle', 'actionResearchCycle', actionResearchCycleFields, {
    parent: { field: 'participantId', kind: 'participant' },
    refs: { focusChildIds: 'focusChild' },
    dates: ['startDate', 'endDate'],
    searchable: ['plan', 'act', 'observe', 'reflect'],
    orderBy: 'number',
    title: (r) => `Action-research cycle ${String(r['number'])}`,
  }),
  impactClaim: spec('impact claim', 'impactClaim', impactClaimFields, {
    parent: { field: 'workGroupId', kind: 'workGroup' },
    searchable: ['statement'],
    title: (r) => `Impact claim: ${firstWords(r['statement'])}`,
  }),
};

/** The kinds whose records belong directly to a record of the given kind. */
export const childKinds = (kind: TrashKind): RecordKind[] =>
  (Object.keys(RECORD_KIND_SPECS) as RecordKind[]).filter((k) => RECORD_KIND_SPECS[k].parent?.kind === kind);
