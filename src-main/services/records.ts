import { RECORD_KINDS, type RecordKind, type TrashKind } from '../../src-shared/api/contract';
import { DomainError } from '../../src-shared/api/errors';
import { academicYearBounds } from '../../src-shared/calendar/academicYear';
import { formatDateGB, outsideYearMessage } from '../../src-shared/calendar/dates';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Store } from '../store/store';
import { columnMap, type ColumnMap } from './columns';
import {
  childKinds,
  RECORD_KIND_SPECS,
  snakeCase,
  withArticle,
  type RecordKindSpec,
} from '../../src-shared/domain/recordKinds';
import { checkRecordRules } from '../kinds/kindRules';
import { dateEndOfYearItems } from './endOfYear';
import { recordHistory, type ChangeSource } from './history';
import { searchIndex } from './search';
import { themeAnchors } from './themeAnchors';
import { workGroupAccess } from './workGroupAccess';

type Fields = Record<string, unknown>;
type Row = Record<string, unknown>;

/** Every table a soft delete can reach, so a restore can bring back all that went together. */
export const TRASHABLE_TABLES = ['work_group', 'attachment', ...RECORD_KINDS.map((k) => RECORD_KIND_SPECS[k].table)];

const tableOf = (kind: TrashKind | 'attachment') =>
  kind === 'workGroup' ? 'work_group' : kind === 'attachment' ? 'attachment' : RECORD_KIND_SPECS[kind].table;

export interface RecordStore {
  find(kind: RecordKind, id: string): Fields | undefined;
  toRecord(kind: RecordKind, row: Row): Fields;
  /**
   * Every record a statement selects (SELECT * of the kind's table), read as raw rows: for long
   * lists, twice as quick as letting SQLite's driver build an object per row.
   */
  recordsOf(kind: RecordKind, statement: Statement<unknown[]>, ...params: unknown[]): Fields[];
  /** The live records that would go to the Trash with this one. */
  linked(kind: TrashKind, id: string): { kind: RecordKind; id: string }[];
  /** Moves a record and everything that hangs off it to the Trash, as one batch named by its id. */
  softDelete(kind: TrashKind, id: string): number;
  /** Brings back the batch deleted with this record, and puts it back in the search index. */
  restoreBatch(id: string): void;
  create(kind: RecordKind, fields: Fields): Fields;
  /** Saves a record whole, keeping the version it replaces (src-main/services/history.ts). */
  update(kind: RecordKind, id: string, fields: Fields, source?: ChangeSource): Fields;
}

export function recordStore(store: Store): RecordStore {
  const maps = Object.fromEntries(RECORD_KINDS.map((k) => [k, columnMap(RECORD_KIND_SPECS[k].shape)])) as Record<
    RecordKind,
    ColumnMap
  >;
  const index = searchIndex(store);
  const access = workGroupAccess(store);
  const anchors = themeAnchors(store);

  /** A record from its row, however the row is read (by column name). */
  const assemble = (kind: RecordKind, read: (column: string) => unknown): Fields => {
    const workGroupId = read('work_group_id');
    return {
      ...maps[kind].fromColumns(read),
      id: read('id'),
      ...(workGroupId ? { workGroupId } : {}),
      createdAt: read('created_at'),
      updatedAt: read('updated_at'),
    };
  };

  const toRecord = (kind: RecordKind, row: Row): Fields => assemble(kind, (column) => row[column]);

  const recordsOf = (kind: RecordKind, statement: Statement<unknown[]>, ...params: unknown[]) => {
    const position = Object.fromEntries(statement.columns().map((c, i) => [c.name, i]));
    return (statement.raw(true).all(...params) as unknown[][]).map((values) =>
      assemble(kind, (column) => values[position[column]!]),
    );
  };

  const rowOf = (table: string, id: string) =>
    store.statement<[string], Row>(`SELECT * FROM ${table} WHERE id = ?`).get(id);

  const live = (kind: TrashKind | 'attachment', id: string) => {
    const row = rowOf(tableOf(kind), id);
    return row && !row['deleted_at'] ? row : undefined;
  };

  const reindex = (kind: RecordKind, record: Fields) => {
    const spec = RECORD_KIND_SPECS[kind];
    if (spec.searchable.length === 0) return;
    const body = spec.searchable.map((f) => String(record[f] ?? '')).join('\n');
    index.put(kind, String(record['id']), record['workGroupId'] as string | undefined, spec.title(record), body);
  };

  /** The Work Group a record belongs to, found through its parent. */
  const workGroupOf = (spec: RecordKindSpec, fields: Fields): string | undefined => {
    if (!spec.parent) return undefined;
    const parentId = fields[spec.parent.field] as string;
    if (spec.parent.kind === 'workGroup') return parentId;
    const parent = live(spec.parent.kind, parentId);
    if (!parent) {
      const what = RECORD_KIND_SPECS[spec.parent.kind as RecordKind].label;
      throw new DomainError('not_found', `That ${what} no longer exists (it may be in the Trash).`, [
        { field: spec.parent.field, message: `Choose ${withArticle(what)} that exists.` },
      ]);
    }
    return parent['work_group_id'] as string;
  };

  const checkRefs = (spec: RecordKindSpec, fields: Fields, workGroupId: string | undefined) => {
    for (const [field, kind] of Object.entries(spec.refs)) {
      const value = fields[field];
      const ids = Array.isArray(value) ? (value as string[]) : value ? [value as string] : [];
      for (const id of ids) {
        const row = live(kind, id);
        const sameGroup = !row || !('work_group_id' in row) || row['work_group_id'] === workGroupId;
        if (!row || !sameGroup) {
          const what = kind === 'attachment' ? 'image' : RECORD_KIND_SPECS[kind].label;
          throw new DomainError('not_found', `A chosen ${what} no longer exists or belongs to another Work Group.`, [
            { field, message: `Choose ${withArticle(what)} from this Work Group.` },
          ]);
        }
      }
    }
  };

  const checkDates = (spec: RecordKindSpec, fields: Fields, academicYear: string, confirmed: boolean) => {
    if (confirmed) return;
    const { start, end } = academicYearBounds(academicYear);
    for (const field of spec.dates) {
      const date = fields[field] as string | undefined;
      if (date && (date < start || date > end)) {
        throw new DomainError(
          'outside_year',
          `${formatDateGB(date)} is outside the ${academicYear} academic year (${formatDateGB(start)} to ${formatDateGB(end)}). Check the date, or confirm that it is right.`,
          [{ field, message: `${outsideYearMessage(academicYear)} Check it, or tick “The date is right” to keep it.` }],
        );
      }
    }
  };

  /** Everything that must hold before a record is written. Returns its Work Group. */
  const validate = (kind: RecordKind, fields: Fields, id: string | undefined, confirmed: boolean) => {
    const spec = RECORD_KIND_SPECS[kind];
    const workGroupId = workGroupOf(spec, fields);
    if (workGroupId) {
      const { academicYear } = access.writable(workGroupId);
      checkDates(spec, fields, academicYear, confirmed);
    }
    checkRefs(spec, fields, workGroupId);
    checkRecordRules(store, kind, fields, id, workGroupId);
    return workGroupId;
  };

  const write = (kind: RecordKind, id: string, fields: Fields, workGroupId: string | undefined, isNew: boolean) => {
    const spec = RECORD_KIND_SPECS[kind];
    const map = maps[kind];
    const now = store.now();
    const values = { ...map.toRow(fields), id, workGroupId: workGroupId ?? null, now };
    const scoped = spec.parent !== undefined;
    if (isNew) {
      const columns = [...map.columns, ...(scoped ? ['work_group_id'] : [])];
      const params = [...map.fields, ...(scoped ? ['workGroupId'] : [])];
      store
        .statement(
          `INSERT INTO ${spec.table} (id, ${columns.join(', ')}, created_at, updated_at)
         VALUES (@id, ${params.map((p) => `@${p}`).join(', ')}, @now, @now)`,
        )
        .run(values);
    } else {
      const sets = map.columns.map((c, i) => `${c} = @${map.fields[i]}`).join(', ');
      store.statement(`UPDATE ${spec.table} SET ${sets}, updated_at = @now WHERE id = @id`).run(values);
    }
    const record = toRecord(kind, rowOf(spec.table, id)!);
    reindex(kind, record);
    return record;
  };

  /** The live records that hang off one, at any depth (a participant's focus children and their observations…). */
  const linked = (kind: TrashKind, id: string): { kind: RecordKind; id: string }[] =>
    childKinds(kind).flatMap((child) => {
      const spec = RECORD_KIND_SPECS[child];
      const column = snakeCase(spec.parent!.field);
      return store
        .statement<[string], { id: string }>(`SELECT id FROM ${spec.table} WHERE ${column} = ? AND deleted_at IS NULL`)
        .all(id)
        .flatMap((row) => [{ kind: child, id: row.id }, ...linked(child, row.id)]);
    });

  const cascade = (kind: TrashKind, id: string, batch: string, now: string): number => {
    const records = linked(kind, id);
    for (const record of records) {
      store
        .statement(
          `UPDATE ${RECORD_KIND_SPECS[record.kind].table} SET deleted_at = @now, updated_at = @now, deleted_with = @batch WHERE id = @id`,
        )
        .run({ now, batch, id: record.id });
      index.remove(record.id);
    }
    return records.length + anchors.followDelete([id, ...records.map((r) => r.id)], batch, now);
  };

  const records: RecordStore = {
    find: (kind, id) => {
      const row = live(kind, id);
      return row ? toRecord(kind, row) : undefined;
    },
    toRecord,
    recordsOf,
    linked,
    create: (kind, fields) => {
      const { confirmOutsideYear, ...rest } = fields;
      const workGroupId = validate(kind, rest, undefined, Boolean(confirmOutsideYear));
      const dated = dateEndOfYearItems(kind, rest, undefined, store.now().slice(0, 10));
      return write(kind, store.newId(), dated, workGroupId, true);
    },
    softDelete: (kind, id) => {
      const now = store.now();
      // A deletion is a change like any other: it moves updated_at, so it travels in bundles as the newer version.
      store
        .statement(
          `UPDATE ${tableOf(kind)} SET deleted_at = @now, updated_at = @now, deleted_with = @id WHERE id = @id`,
        )
        .run({ now, id });
      index.remove(id);
      if (kind === 'workGroup') {
        store
          .statement(
            `UPDATE attachment SET deleted_at = @now, updated_at = @now, deleted_with = @id
             WHERE work_group_id = @id AND deleted_at IS NULL`,
          )
          .run({ now, id });
      }
      return 1 + cascade(kind, id, id, now);
    },
    restoreBatch: (id) => {
      const restored = RECORD_KINDS.flatMap((kind) =>
        store
          .statement<[string], { id: string }>(`SELECT id FROM ${RECORD_KIND_SPECS[kind].table} WHERE deleted_with = ?`)
          .all(id)
          .map((row) => ({ kind, id: row.id })),
      );
      const now = store.now();
      for (const table of TRASHABLE_TABLES) {
        store
          .statement(
            `UPDATE ${table} SET deleted_at = NULL, deleted_with = NULL, updated_at = ? WHERE deleted_with = ?`,
          )
          .run(now, id);
      }
      for (const item of restored)
        reindex(item.kind, toRecord(item.kind, rowOf(RECORD_KIND_SPECS[item.kind].table, item.id)!));
    },
    update: (kind, id, fields, source) => {
      const { confirmOutsideYear, ...rest } = fields;
      const existing = live(kind, id);
      if (!existing) throw notFound(kind);
      const workGroupId = validate(kind, rest, id, Boolean(confirmOutsideYear));
      if ((existing['work_group_id'] ?? undefined) !== workGroupId) {
        throw new DomainError(
          'invalid_input',
          `A ${RECORD_KIND_SPECS[kind].label} cannot be moved to another Work Group.`,
        );
      }
      const dated = dateEndOfYearItems(kind, rest, toRecord(kind, existing), store.now().slice(0, 10));
      const saved = write(kind, id, dated, workGroupId, false);
      const row = rowOf(RECORD_KIND_SPECS[kind].table, id)!;
      history.noteChange(kind, existing, row, source);
      anchors.followEdit(kind, id, row);
      return saved;
    },
  };
  const history = recordHistory(store, records);
  return records;
}

export const notFound = (kind: RecordKind) =>
  new DomainError(
    'not_found',
    `That ${RECORD_KIND_SPECS[kind].label} no longer exists (it may be in the Trash). Refresh the page and try again.`,
  );
