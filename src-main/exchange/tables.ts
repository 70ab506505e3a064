import { createHash } from 'node:crypto';
import { z } from 'zod';
import { judgementInput } from '../../src-shared/api/evaluation';
import { RECORD_KINDS, type RecordKind } from '../../src-shared/api/contract';
import { WORK_GROUP_STATUSES } from '../../src-shared/domain/enums';
import { workGroupFields } from '../../src-shared/domain/workGroup';
import { columnMap, innerSchema } from '../services/columns';
import { END_OF_YEAR_ITEMS } from '../services/endOfYear';
import { withoutMetadata } from '../services/imageMetadata';
import { RECORD_KIND_SPECS, snakeCase, tableOfKind } from '../../src-shared/domain/recordKinds';

// The tables a bundle carries, in the order their rows can be written (parents first), and what each
// row points to, so a bundle that points at nothing is refused before anything is written.

export type Row = Record<string, unknown>;

export interface ExchangeTable {
  table: string;
  /** The record kind behind the table, for the search index and the user's words. */
  kind?: RecordKind;
  label: string;
  /** Has a work_group_id: every row in a bundle must belong to the bundle's Work Group. */
  scoped: boolean;
  /** Column -> table it points to; a JSON list of ids when the column is in `lists`. */
  refs: Record<string, string>;
  lists: string[];
  /** A JSON list of {kind, id} pointing at evidence records. */
  evidence?: string;
  /**
   * Links to another year's records (rollover), which a bundle does not carry: kept when the other
   * workspace has the record, left empty when it has not, and not part of a row's version.
   */
  softLinks: Record<string, string>;
  /** The row's own fields, checked with the same zod schema the services use. */
  validate(row: Row): z.ZodError | undefined;
  /** The fields of a table with no record kind, for showing them (a kind's come from its spec). */
  shape?: z.ZodRawShape;
}

/** A record kind's table, as the registry describes it: what it points to, and whether it belongs to a Work Group. */
const recordTable = (kind: RecordKind): ExchangeTable => {
  const spec = RECORD_KIND_SPECS[kind];
  const map = columnMap(spec.shape);
  // The Work Group a row belongs to is checked by scope; any other parent is a reference like the rest.
  const pointers = {
    ...(spec.parent && spec.parent.kind !== 'workGroup' ? { [spec.parent.field]: spec.parent.kind } : {}),
    ...spec.refs,
  };
  const tableOf = (target: string) => tableOfKind(target) ?? target;
  return {
    table: spec.table,
    kind,
    label: spec.label,
    scoped: spec.parent !== undefined,
    refs: Object.fromEntries(Object.entries(pointers).map(([field, target]) => [snakeCase(field), tableOf(target)])),
    lists: Object.keys(pointers)
      .filter((field) => innerSchema(spec.shape[field] as z.ZodType).type === 'array')
      .map(snakeCase),
    ...(spec.evidenceLinks ? { evidence: snakeCase(spec.evidenceLinks) } : {}),
    softLinks: Object.fromEntries(
      Object.entries(spec.rolloverLinks).map(([field, target]) => [snakeCase(field), tableOf(target)]),
    ),
    validate: (row) => {
      const fields = map.fromRow(row);
      if ('work_group_id' in row && 'workGroupId' in spec.shape) fields['workGroupId'] = row['work_group_id'];
      const parsed = spec.schema.safeParse(fields);
      return parsed.success ? undefined : parsed.error;
    },
  };
};

const workGroupMap = columnMap(workGroupFields.shape);
const workGroupRow = workGroupFields.extend({ status: z.enum(WORK_GROUP_STATUSES) });
const judgementMap = columnMap(judgementInput.shape);

const [workspaceKinds, groupKinds] = [
  RECORD_KINDS.filter((kind) => !RECORD_KIND_SPECS[kind].parent),
  RECORD_KINDS.filter((kind) => RECORD_KIND_SPECS[kind].parent),
];

export const EXCHANGE_TABLES: ExchangeTable[] = [
  ...workspaceKinds.map(recordTable),
  {
    table: 'work_group',
    label: 'Work Group',
    scoped: false,
    refs: { project_id: 'project' },
    lists: [],
    softLinks: { previous_work_group_id: 'work_group', rolled_over_to_id: 'work_group' },
    shape: workGroupRow.shape,
    validate: (row) => {
      const parsed = workGroupRow.safeParse({ ...workGroupMap.fromRow(row), status: row['status'] });
      return parsed.success ? undefined : parsed.error;
    },
  },
  {
    table: 'attachment',
    label: 'image',
    scoped: true,
    refs: {},
    lists: [],
    softLinks: {},
    validate: (row) => {
      const parsed = z
        .object({
          // WebP was accepted once; workspaces from then may still hold some.
          mime_type: z.enum(['image/png', 'image/jpeg', 'image/webp'], { error: 'Images must be PNG or JPEG.' }),
          data: z.instanceof(Buffer).refine((data) => withoutMetadata(data, String(row['mime_type'])).equals(data), {
            error: 'The image still carries metadata (Exif, GPS or text); images lose it when they come in.',
          }),
        })
        .safeParse(row);
      return parsed.success ? undefined : parsed.error;
    },
  },
  ...groupKinds.map(recordTable),
  {
    table: 'judgement',
    label: 'judgement',
    scoped: true,
    refs: {},
    lists: [],
    evidence: 'evidence',
    softLinks: {},
    shape: judgementInput.shape,
    validate: (row) => {
      const fields = { ...judgementMap.fromRow(row), workGroupId: row['work_group_id'] };
      const parsed = judgementInput.safeParse(fields);
      return parsed.success ? undefined : parsed.error;
    },
  },
];

export const EXCHANGE_TABLE = new Map(EXCHANGE_TABLES.map((t) => [t.table, t]));

/**
 * Columns worked out here from other rows: where a coded passage's words now sit in its record's
 * text. Two machines that each re-anchored a passage after an edit differ only in these, which is
 * no conflict: the newer is taken, and anchored again to the text the merge keeps.
 */
const DERIVED_COLUMNS: Record<string, string[]> = {
  coded_passage: ['start_offset', 'end_offset', 'words', 'needs_review', 'updated_at'],
};

/** Whether two versions of a row differ only in what each machine works out for itself. */
export function onlyDerivedDiffer(table: string, a: Row, b: Row): boolean {
  const derived = DERIVED_COLUMNS[table];
  if (!derived) return false;
  const columns = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...columns].every((c) => derived.includes(c) || (a[c] ?? null) === (b[c] ?? null));
}

/** The columns every exchanged row carries besides its own fields. */
const isoStamp = z.string().regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?$/, 'is not a date and time');
export const baseColumns = z.object({
  id: z.uuid({ error: 'has no valid id' }),
  created_at: isoStamp,
  updated_at: isoStamp,
  deleted_at: isoStamp.nullable().optional(),
  deleted_with: z.uuid({ error: 'has a damaged Trash link' }).nullable().optional(),
  erased_at: isoStamp.nullable().optional(),
});

const canonical = (value: unknown) =>
  Buffer.isBuffer(value) ? { sha256: createHash('sha256').update(value).digest('hex') } : value;

/**
 * Columns that came later (erased_at in migration 007, the end-of-year dates in 008): left out of a
 * version until they are set, so versions from before them still match.
 */
const LATER_COLUMNS = new Set([
  'erased_at',
  ...Object.values(END_OF_YEAR_ITEMS).flatMap((items) => items.map((i) => snakeCase(i.recordedOn))),
]);

/**
 * A version of a row: a hash of everything in it but its rollover links. Two machines holding the
 * same version hold the same values; a changed value, a deletion or a restore is a new version.
 */
export function versionOf(table: ExchangeTable, row: Row): string {
  const columns = Object.keys(row)
    .filter((c) => !(c in table.softLinks) && !(LATER_COLUMNS.has(c) && row[c] == null))
    .sort();
  const text = JSON.stringify(columns.map((c) => [c, canonical(row[c] ?? null)]));
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** When a row last changed: a soft delete sets deleted_at without touching updated_at. */
export const changedAt = (row: Row) => {
  const updated = String(row['updated_at'] ?? '');
  const deleted = String(row['deleted_at'] ?? '');
  return deleted > updated ? deleted : updated;
};

/** The ids a column holds: one id, a JSON list of ids, or nothing. */
export function idsIn(table: ExchangeTable, column: string, row: Row): string[] {
  const value = row[column];
  if (value === null || value === undefined || value === '') return [];
  if (!table.lists.includes(column)) return [String(value)];
  const parsed = JSON.parse(String(value)) as unknown;
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/** Rows as JSON the user can read in a conflict: images as base64. */
export const rowToJson = (row: Row) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? { base64: v.toString('base64') } : v]),
  );
export const rowFromJson = (json: Record<string, unknown>): Row =>
  Object.fromEntries(
    Object.entries(json).map(([k, v]) => [
      k,
      v && typeof v === 'object' && 'base64' in v ? Buffer.from(String((v as { base64: string }).base64), 'base64') : v,
    ]),
  );
