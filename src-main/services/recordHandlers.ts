import { RECORD_KINDS, type RecordKind, type TrashItem } from '../../src-shared/api/contract';
import { DomainError } from '../../src-shared/api/errors';
import type { Store } from '../store/store';
import type { AllHandlers } from './handlers';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import { notFound, recordStore, TRASHABLE_TABLES } from './records';
import { checkRecordRules, refuseDeleteIfInUse } from '../kinds/kindRules';
import { themeAnchors } from './themeAnchors';
import { workGroupAccess } from './workGroupAccess';

type Fields = Record<string, unknown>;
type Row = Record<string, unknown>;
type RecordMethod = `${RecordKind}.${'list' | 'create' | 'update' | 'delete' | 'restore'}`;

/** list, create, update, delete and restore for every kind of record, plus the Trash. */
export function recordHandlers(store: Store): Pick<AllHandlers, RecordMethod | 'trash.list' | 'trash.linked'> {
  const records = recordStore(store);
  const access = workGroupAccess(store);
  const handlers: Record<string, (input: never) => unknown> = {};

  for (const kind of RECORD_KINDS) {
    const spec = RECORD_KIND_SPECS[kind];
    const scoped = spec.parent !== undefined;

    handlers[`${kind}.list`] = ({ workGroupId }: { workGroupId?: string }) =>
      store
        .statement<{ workGroupId: string | null }, Row>(
          `SELECT * FROM ${spec.table} WHERE deleted_at IS NULL
           ${scoped ? 'AND (@workGroupId IS NULL OR work_group_id = @workGroupId)' : ''} ORDER BY ${spec.orderBy}`,
        )
        .all(scoped ? { workGroupId: workGroupId ?? null } : ({} as never))
        .map((row) => records.toRecord(kind, row));

    handlers[`${kind}.create`] = (fields: Fields) => store.transaction(() => records.create(kind, fields));

    handlers[`${kind}.update`] = ({ id, ...fields }: Fields & { id: string }) =>
      store.transaction(() => records.update(kind, id, fields));

    handlers[`${kind}.delete`] = ({ id }: { id: string }) =>
      store.transaction(() => {
        const record = records.find(kind, id);
        if (!record) throw notFound(kind);
        if (record['workGroupId']) access.writable(record['workGroupId'] as string);
        refuseDeleteIfInUse(store, kind, id);
        return { deleted: records.softDelete(kind, id) };
      });

    handlers[`${kind}.restore`] = ({ id }: { id: string }) =>
      store.transaction(() => {
        const row = store.statement<[string], Row>(`SELECT * FROM ${spec.table} WHERE id = ?`).get(id);
        if (!row || !row['deleted_at']) throw new DomainError('not_found', `That ${spec.label} is not in the Trash.`);
        if (row['erased_at'])
          throw new DomainError('not_found', `That ${spec.label} was erased for good, so it cannot be restored.`);
        if (row['deleted_with'] !== id) {
          throw new DomainError(
            'conflict',
            `This ${spec.label} went to the Trash along with something else. Restore that instead, and this comes back with it.`,
          );
        }
        const record = records.toRecord(kind, row);
        if (spec.parent && spec.parent.kind !== 'workGroup') {
          const parentKind = spec.parent.kind as RecordKind;
          if (!records.find(parentKind, record[spec.parent.field] as string)) {
            throw new DomainError(
              'conflict',
              `Its ${RECORD_KIND_SPECS[parentKind].label} is in the Trash. Restore the ${RECORD_KIND_SPECS[parentKind].label} first.`,
            );
          }
        }
        if (record['workGroupId']) access.writable(record['workGroupId'] as string);
        checkRecordRules(store, kind, record, id, record['workGroupId'] as string | undefined);
        records.restoreBatch(id);
        return records.find(kind, id);
      });
  }

  handlers['trash.linked'] = ({ kind, id }: { kind: RecordKind; id: string }) => {
    if (!records.find(kind, id)) throw notFound(kind);
    const counts = new Map<RecordKind, number>();
    const linked = records.linked(kind, id);
    for (const record of linked) counts.set(record.kind, (counts.get(record.kind) ?? 0) + 1);
    // The passages coded in them go too (themeAnchors.followDelete), so the count the Lead confirms is what moves.
    const passages = themeAnchors(store).countIn([id, ...linked.map((r) => r.id)]);
    if (passages > 0) counts.set('codedPassage', (counts.get('codedPassage') ?? 0) + passages);
    return [...counts].map(([linkedKind, count]) => ({ kind: linkedKind, count }));
  };

  handlers['trash.list'] = () => {
    const items: TrashItem[] = [];
    const countBatch = (id: string) =>
      TRASHABLE_TABLES.reduce(
        (n, table) =>
          n +
          (store.statement<[string], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE deleted_with = ?`).get(id)
            ?.n ?? 0),
        0,
      );
    const groups = store
      .statement<[], Row>(
        'SELECT id, code, name, deleted_at FROM work_group WHERE deleted_at IS NOT NULL AND deleted_with = id',
      )
      .all();
    for (const g of groups) {
      const id = g['id'] as string;
      items.push({
        kind: 'workGroup',
        id,
        label: `Work Group ${String(g['code'])}: ${String(g['name'])}`,
        workGroupId: id,
        deletedAt: g['deleted_at'] as string,
        alsoDeleted: countBatch(id) - 1,
      });
    }
    for (const kind of RECORD_KINDS) {
      const spec = RECORD_KIND_SPECS[kind];
      for (const row of store
        .statement<[], Row>(`SELECT * FROM ${spec.table} WHERE deleted_at IS NOT NULL AND deleted_with = id`)
        .all()) {
        const record = records.toRecord(kind, row);
        items.push({
          kind,
          id: row['id'] as string,
          label: spec.title(record),
          ...(row['work_group_id'] ? { workGroupId: row['work_group_id'] as string } : {}),
          deletedAt: row['deleted_at'] as string,
          alsoDeleted: countBatch(row['id'] as string) - 1,
        });
      }
    }
    return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  };

  return handlers as unknown as Pick<AllHandlers, RecordMethod | 'trash.list' | 'trash.linked'>;
}
