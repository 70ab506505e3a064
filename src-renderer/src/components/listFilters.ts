import { TERM_LABELS, termOf } from '../../../src-shared/calendar/academicYear';
import { DFE_STANDARD, NCETM_AREA } from '../../../src-shared/domain/enums';
import { RECORD_KIND_SPECS, type RecordKind } from '../../../src-shared/domain/recordKinds';
import type { Values } from '../forms/fieldSpec';
import type { GroupData } from '../groupData';
import type { ListFilter } from './RecordTable';

/** Lower case, accents folded, as a list's Find box and a search's words are matched. */
export const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const idsIn = (value: unknown): string[] =>
  Array.isArray(value) ? (value as string[]) : typeof value === 'string' && value ? [value] : [];

/**
 * The filters a list of this kind offers, read from the registry: by participant, focus child,
 * term and tag, each where the kind's records have one, offering only what its rows hold, and
 * only where that is more than one thing to choose between.
 */
export function listFilters(kind: RecordKind, rows: Values[], data: GroupData | undefined): ListFilter<Values>[] {
  const { shape, dates } = RECORD_KIND_SPECS[kind];
  const has = (field: string) => field in shape;
  const childOf = new Map(data?.focusChild.map((c) => [c.id, c]));

  const children = (row: Values) => [...idsIn(row['focusChildIds']), ...idsIn(row['focusChildId'])];
  const participants = (row: Values) =>
    has('participantId')
      ? idsIn(row['participantId'])
      : children(row).flatMap((c) => idsIn(childOf.get(c)?.participantId));
  const date = dates[0];
  const terms = (row: Values): string[] => (date && typeof row[date] === 'string' ? [termOf(row[date])] : []);
  // Evidence carries its tags in lists (areas, standards); an impact claim has one of each.
  const tags = (row: Values) => [
    ...[...idsIn(row['areas']), ...idsIn(row['area'])].map((a) => `area:${a}`),
    ...[...idsIn(row['standards']), ...idsIn(row['standard'])].map((s) => `standard:${s}`),
  ];

  const candidates: (ListFilter<Values> & { values: (row: Values) => string[]; applies: boolean })[] = [
    {
      label: 'Participant',
      allLabel: 'All participants',
      applies: Boolean(data) && (has('participantId') || has('focusChildId')),
      values: participants,
      options: (data?.participant ?? []).map((p) => ({ value: p.id, label: p.name })),
      matches: (row, value) => participants(row).includes(value),
    },
    {
      label: 'Focus child',
      allLabel: 'All focus children',
      applies: Boolean(data) && has('focusChildIds'),
      values: children,
      options: (data?.focusChild ?? []).map((c) => ({ value: c.id, label: c.code })),
      matches: (row, value) => children(row).includes(value),
    },
    {
      label: 'Term',
      allLabel: 'All terms',
      applies: date !== undefined,
      values: terms,
      options: Object.entries(TERM_LABELS).map(([value, label]) => ({ value, label: `${label} term` })),
      matches: (row, value) => terms(row).includes(value),
    },
    {
      label: 'Tag',
      allLabel: 'All tags',
      applies: has('areas') || has('area'),
      values: tags,
      options: [
        ...Object.entries(NCETM_AREA.labels).map(([value, label]) => ({ value: `area:${value}`, label })),
        ...Object.entries(DFE_STANDARD.labels).map(([value, label]) => ({ value: `standard:${value}`, label })),
      ],
      matches: (row, value) => tags(row).includes(value),
    },
  ];

  return candidates.flatMap(({ applies, values, ...filter }) => (applies ? offered(filter, values, rows) : []));
}

/** The filter with only the options the rows hold; none where that leaves fewer than two to choose between. */
function offered<T>(filter: ListFilter<T>, values: (row: T) => string[], rows: T[]): ListFilter<T>[] {
  const held = new Set(rows.flatMap(values));
  const options = filter.options.filter((o) => held.has(o.value));
  return options.length > 1 ? [{ ...filter, options }] : [];
}

/**
 * A filter by the one value each row of a list has (what kind of record, which Work Group…), for
 * lists that are not of one kind of record: it offers the values the rows hold, in order of name.
 */
export function filterBy<T>(
  rows: T[],
  { label, allLabel }: { label: string; allLabel: string },
  valueOf: (row: T) => string,
  labelOf: (value: string) => string,
): ListFilter<T>[] {
  const options = [...new Set(rows.map(valueOf))]
    .map((value) => ({ value, label: labelOf(value) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { numeric: true }));
  return offered(
    { label, allLabel, options, matches: (row, value) => valueOf(row) === value },
    (row) => [valueOf(row)],
    rows,
  );
}
