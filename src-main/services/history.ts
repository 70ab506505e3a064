import { judgementInput } from '../../src-shared/api/evaluation';
import {
  summariseVersion,
  VERSIONED_KINDS,
  type FieldChange,
  type RecordVersion,
  type VersionedKind,
} from '../../src-shared/api/history';
import { RECORD_KINDS, type RecordKind } from '../../src-shared/api/contract';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import { workGroupFields } from '../../src-shared/domain/workGroup';
import { conflictFields } from '../exchange/conflictFields';
import { machineOf } from '../exchange/teacherWorkspace';
import type { Store } from '../store/store';
import { columnMap, type ColumnMap } from './columns';
import type { RecordStore } from './records';

// Earlier versions (migration 011) of every record of every kind in the registry, of each Work Group's
// own fields and of the Lead's judgements. Versions are kept from the first change: the version held
// then is written first, so a record never changed (or changed before this version of the app) has no
// rows here and is its own only version.

type Fields = Record<string, unknown>;
type Row = Record<string, unknown>;

interface VersionRow {
  version: number;
  changed_at: string;
  fields: string;
  changed_fields: string | null;
  origin: string | null;
  restored_from: number | null;
}

/** How a change came about, beyond a Lead's own save. */
export interface ChangeSource {
  /** The workspace a bundle brought it from. */
  origin?: string | undefined;
  /** The version it put back. */
  restoredFrom?: number | undefined;
}

export interface RecordHistory {
  /** A record's row went from `before` to `after` (both as stored): keeps both versions if its fields changed. */
  noteChange(kind: VersionedKind, before: Row, after: Row, source?: ChangeSource): void;
  /** Makes a change to one row that the record store does not write, keeping the version it replaces. */
  keeping<T>(kind: VersionedKind, id: string, change: () => T, source?: ChangeSource): T;
  /** A record's versions, newest first: the one it holds now is always first. */
  versions(kind: VersionedKind, id: string): RecordVersion[];
  /** The fields of a kept version, or undefined if it is not kept. */
  fieldsAt(kind: VersionedKind, id: string, version: number): Fields | undefined;
  /** Forgets every version of the records erased for good: their words must survive nowhere. */
  forgetErased(): void;
}

const same = (a: Fields, b: Fields, fields: string[]) =>
  fields.every((f) => JSON.stringify(a[f] ?? null) === JSON.stringify(b[f] ?? null));

/** Where each versioned kind is kept, and its own fields (a judgement's Work Group and subject never change). */
const VERSIONED: Record<VersionedKind, { table: string; map: ColumnMap }> = {
  ...(Object.fromEntries(
    RECORD_KINDS.map((kind) => [
      kind,
      { table: RECORD_KIND_SPECS[kind].table, map: columnMap(RECORD_KIND_SPECS[kind].shape) },
    ]),
  ) as Record<RecordKind, { table: string; map: ColumnMap }>),
  workGroup: { table: 'work_group', map: columnMap(workGroupFields.shape) },
  judgement: {
    table: 'judgement',
    map: columnMap(judgementInput.pick({ rating: true, narrative: true, evidence: true }).shape),
  },
};

/** The versioned kind a table holds, if its rows keep versions. */
export const versionedKindOf = (table: string): VersionedKind | undefined =>
  VERSIONED_KINDS.find((kind) => VERSIONED[kind].table === table);

export function recordHistory(store: Store, records: RecordStore): RecordHistory {
  const stored = (kind: VersionedKind, id: string) =>
    store
      .statement<[string, string], VersionRow>(
        'SELECT * FROM record_version WHERE kind = ? AND record_id = ? ORDER BY version',
      )
      .all(kind, id);

  const latest = (kind: VersionedKind, id: string) =>
    store
      .statement<[string, string], VersionRow>(
        'SELECT * FROM record_version WHERE kind = ? AND record_id = ? ORDER BY version DESC LIMIT 1',
      )
      .get(kind, id);

  const append = (kind: VersionedKind, id: string, fields: Fields, at: string, source: ChangeSource = {}) => {
    const previous = latest(kind, id);
    const changed = previous
      ? VERSIONED[kind].map.fields.filter((f) => !same(fields, JSON.parse(previous.fields) as Fields, [f]))
      : undefined;
    store
      .statement(
        `INSERT INTO record_version (kind, record_id, version, changed_at, fields, changed_fields, origin, restored_from)
         VALUES (@kind, @id, @version, @at, @fields, @changed, @origin, @restoredFrom)`,
      )
      .run({
        kind,
        id,
        version: (previous?.version ?? 0) + 1,
        at,
        fields: JSON.stringify(fields),
        changed: changed ? JSON.stringify(changed) : null,
        origin: source.origin ?? null,
        restoredFrom: source.restoredFrom ?? null,
      });
  };

  /** A version's fields as a row (column names, lists as JSON text), for describing the difference. */
  const asRow = (kind: VersionedKind, fields: Fields): Row => {
    const map = VERSIONED[kind].map;
    const values = map.toRow(fields);
    return Object.fromEntries(map.columns.map((column, i) => [column, values[map.fields[i]!]]));
  };

  /** The fields two versions differ in, in the user's words (conflictFields does the same for a conflict's two versions). */
  const changesBetween = (kind: VersionedKind, before: Fields, after: Fields): FieldChange[] => {
    const map = VERSIONED[kind].map;
    return conflictFields(records, VERSIONED[kind].table, asRow(kind, after), asRow(kind, before))
      .filter((field) => field.column !== 'updated_at')
      .map(({ column, label, kept, other }) => ({
        field: map.fields[map.columns.indexOf(column)] ?? column,
        label,
        from: other,
        to: kept,
      }));
  };

  const rowOf = (kind: VersionedKind, id: string) =>
    store.statement<[string], Row>(`SELECT * FROM ${VERSIONED[kind].table} WHERE id = ?`).get(id);

  const noteChange = (kind: VersionedKind, before: Row, after: Row, source?: ChangeSource) => {
    const map = VERSIONED[kind].map;
    const [was, now] = [map.fromRow(before), map.fromRow(after)];
    if (same(was, now, map.fields)) return;
    const id = String(after['id']);
    const kept = latest(kind, id);
    // Kept from the first change on; or the record was changed by something that keeps no versions.
    if (!kept || !same(JSON.parse(kept.fields) as Fields, was, map.fields))
      append(kind, id, was, String(before['updated_at']));
    append(kind, id, now, String(after['updated_at']), source);
  };

  return {
    noteChange,

    keeping: (kind, id, change, source) => {
      const before = rowOf(kind, id);
      const result = change();
      const after = rowOf(kind, id);
      if (before && after) noteChange(kind, before, after, source);
      return result;
    },

    versions: (kind, id) => {
      const row = rowOf(kind, id);
      if (!row) return [];
      const kept = stored(kind, id).map((v) => ({ ...v, values: JSON.parse(v.fields) as Fields }));
      const nowFields = VERSIONED[kind].map.fromRow(row);
      const last = kept.at(-1);
      if (!last || !same(last.values, nowFields, VERSIONED[kind].map.fields)) {
        kept.push({
          version: (last?.version ?? 0) + 1,
          changed_at: String(row['updated_at']),
          fields: '',
          changed_fields: null,
          origin: null,
          restored_from: null,
          values: nowFields,
        });
      }
      return kept
        .map((v, i): RecordVersion => {
          const before = kept[i - 1]?.values;
          const described = {
            changes: before ? changesBetween(kind, before, v.values) : [],
            ...(before
              ? {}
              : { start: v.changed_at === row['created_at'] ? ('created' as const) : ('earliest' as const) }),
            ...(v.restored_from ? { restoredFrom: v.restored_from } : {}),
          };
          return {
            version: v.version,
            at: v.changed_at,
            summary: summariseVersion(described),
            ...described,
            current: i === kept.length - 1,
            fromBundle: v.origin !== null,
            ...(v.origin ? { cameFrom: machineOf(store, v.origin) ?? 'another computer' } : {}),
          };
        })
        .reverse();
    },

    fieldsAt: (kind, id, version) => {
      const row = store
        .statement<[string, string, number], { fields: string }>(
          'SELECT fields FROM record_version WHERE kind = ? AND record_id = ? AND version = ?',
        )
        .get(kind, id, version);
      return row ? (JSON.parse(row.fields) as Fields) : undefined;
    },

    forgetErased: () => {
      for (const kind of VERSIONED_KINDS) {
        store
          .statement(
            `DELETE FROM record_version WHERE kind = ?
               AND record_id IN (SELECT id FROM ${VERSIONED[kind].table} WHERE erased_at IS NOT NULL)`,
          )
          .run(kind);
      }
    },
  };
}
