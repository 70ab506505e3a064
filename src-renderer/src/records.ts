import type { Method, RecordKind, RecordOf } from '../../src-shared/api/contract';
import { RECORD_KIND_SPECS, RECORD_KINDS } from '../../src-shared/domain/recordKinds';
import { TERM_LABELS, termOf } from '../../src-shared/calendar/academicYear';
import { formatDateGB } from '../../src-shared/calendar/dates';
import { count } from '../../src-shared/evaluation/text';
import { api } from './api';
import type { Values } from './forms/fieldSpec';

/** A record's own fields, without the id, timestamps and anything else the store adds. */
export function fieldsOf(kind: RecordKind, record: Values): Values {
  return Object.fromEntries(
    Object.keys(RECORD_KIND_SPECS[kind].shape)
      .filter((k) => record[k] !== undefined)
      .map((k) => [k, record[k]]),
  );
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

export const KIND_LABELS = {
  workGroup: 'Work Group',
  ...Object.fromEntries(RECORD_KINDS.map((kind) => [kind, RECORD_KIND_SPECS[kind].heading])),
} as Record<RecordKind | 'workGroup', string>;

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

const IRREGULAR_PLURALS: Record<string, string> = { "school's participation": "schools' participation" };

/** "journal entries", "focus children", "Observations": the plural of a record kind's label or heading. */
export function pluralOf(noun: string): string {
  const irregular = IRREGULAR_PLURALS[noun.toLowerCase()];
  if (irregular) return noun.charAt(0) + irregular.slice(1);
  if (noun.endsWith('child')) return `${noun}ren`;
  return noun.replace(/([^aeiou])y$/, '$1ies').replace(/([^s])$/, '$1s');
}

/** "162 journal entries", "1 journal entry". */
export const counted = (n: number, noun: string) => count(n, noun, pluralOf(noun));

/** "1 focus child", "20 journal entries": a number of records of one kind. */
export const recordCount = (kind: RecordKind, n: number): string => counted(n, RECORD_KIND_SPECS[kind].label);
