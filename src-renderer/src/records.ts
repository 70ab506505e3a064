import type { Method, RecordKind, RecordOf } from '../../src-shared/api/contract';
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
import { TERM_LABELS, termOf } from '../../src-shared/calendar/academicYear';
import { formatDateGB } from '../../src-shared/calendar/dates';
import { api } from './api';
import type { Values } from './forms/fieldSpec';

/** The fields a form sends for each kind of record (the contract's own schemas say which). */
const FIELD_KEYS: Record<RecordKind, string[]> = {
  project: Object.keys(projectFields.shape),
  school: Object.keys(schoolFields.shape),
  schoolParticipation: Object.keys(schoolParticipationFields.shape),
  participant: Object.keys(participantFields.shape),
  focusChild: Object.keys(focusChildFields.shape),
  meeting: Object.keys(meetingFields.shape),
  reading: Object.keys(readingFields.shape),
  journalEntry: Object.keys(journalEntryFields.shape),
  observation: Object.keys(observationFields.shape),
  actionResearchCycle: Object.keys(actionResearchCycleFields.shape),
  impactClaim: Object.keys(impactClaimFields.shape),
};

/** A record's own fields, without the id, timestamps and anything else the store adds. */
export function fieldsOf(kind: RecordKind, record: Values): Values {
  return Object.fromEntries(FIELD_KEYS[kind].filter((k) => record[k] !== undefined).map((k) => [k, record[k]]));
}

type Action = 'create' | 'update' | 'delete' | 'restore';

/** Calls one of the five methods every kind of record has. */
export function callRecord(kind: RecordKind, action: Action, input: Values): Promise<unknown> {
  return api.call(`${kind}.${action}` as Method, input as never);
}

/** Saves a changed record whole, as the contract's update expects. */
export function updateRecord<K extends RecordKind>(
  kind: K,
  record: RecordOf<K>,
  changes: Values,
  confirmOutsideYear = false,
): Promise<unknown> {
  return callRecord(kind, 'update', {
    ...fieldsOf(kind, record as Values),
    ...changes,
    id: record.id,
    ...(confirmOutsideYear ? { confirmOutsideYear } : {}),
  });
}

export const KIND_LABELS: Record<RecordKind | 'workGroup', string> = {
  workGroup: 'Work Group',
  project: 'Project',
  school: 'School',
  schoolParticipation: "School's participation",
  participant: 'Participant',
  focusChild: 'Focus child',
  meeting: 'Meeting',
  reading: 'Reading',
  journalEntry: 'Journal entry',
  observation: 'Observation',
  actionResearchCycle: 'Action-research cycle',
  impactClaim: 'Impact claim',
};

/** "14/10/2025", or a dash when there is no date. */
export const dateGB = (iso: string | undefined) => (iso ? formatDateGB(iso) : '–');

/** "14/10/2025 (Autumn term)" */
export const dateWithTerm = (iso: string) => `${formatDateGB(iso)} (${TERM_LABELS[termOf(iso)]} term)`;

/** The first words of a long text, for a table cell. */
export function excerpt(text: string, length = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length).replace(/\s+\S*$/, '')}…` : flat;
}

/** Looks up labels for a list of codes: "Professional Learning, Practice Development". */
export const labelsOf = (labels: Record<string, string>, values: readonly string[] | undefined) =>
  (values ?? []).map((v) => labels[v] ?? v).join(', ') || '–';
