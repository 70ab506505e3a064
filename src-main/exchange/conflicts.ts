import type { MergeConflict } from '../../src-shared/api/exchange';
import { DomainError } from '../../src-shared/api/errors';
import { DFE_STANDARD, NCETM_AREA } from '../../src-shared/domain/enums';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import { recordHistory, versionedKindOf } from '../services/history';
import { recordStore, type RecordStore } from '../services/records';
import { searchIndex } from '../services/search';
import type { Store } from '../store/store';
import { conflictFields } from './conflictFields';
import { writeRow } from './merge';
import { changedAt, EXCHANGE_TABLE, rowFromJson, rowToJson, versionOf, type Row } from './tables';
import { tableColumns, workspaceId } from './workspace';

// The conflicts a merge found: both machines changed a row, the newer was kept and the other is here.
// The user reviews them, swaps when the other version was the right one, and marks them resolved.

interface ConflictRow {
  id: string;
  table_name: string;
  row_id: string;
  work_group_id: string | null;
  source_workspace_id: string;
  kept_version: string;
  other_version: string;
  detected_at: string;
  resolved_at: string | null;
}

/** Which record a conflict is about, in the user's words, read from the version kept. */
function describe(
  records: RecordStore,
  table: string,
  kept: Record<string, unknown>,
): { label: string; title: string } {
  const spec = EXCHANGE_TABLE.get(table);
  const label = spec?.label ?? table;
  if (spec?.kind) {
    return { label, title: RECORD_KIND_SPECS[spec.kind].title(records.toRecord(spec.kind, rowFromJson(kept))) };
  }
  if (table === 'work_group') return { label, title: `Work Group ${String(kept['code'])}: ${String(kept['name'])}` };
  if (table === 'judgement') {
    const [family, id] = String(kept['subject']).split(':') as [string, string];
    const subject =
      family === 'standard'
        ? DFE_STANDARD.labels[id as keyof typeof DFE_STANDARD.labels]
        : NCETM_AREA.labels[id as keyof typeof NCETM_AREA.labels];
    return { label, title: `Your judgement of ${subject ?? 'a standard or area'}` };
  }
  return { label, title: `An ${label}` };
}

const toConflict = (records: RecordStore, row: ConflictRow): MergeConflict => {
  const keptVersion = JSON.parse(row.kept_version) as Record<string, unknown>;
  const otherVersion = JSON.parse(row.other_version) as Record<string, unknown>;
  return {
    id: row.id,
    table: row.table_name,
    rowId: row.row_id,
    ...describe(records, row.table_name, keptVersion),
    ...(row.work_group_id ? { workGroupId: row.work_group_id } : {}),
    sourceWorkspaceId: row.source_workspace_id,
    keptVersion,
    otherVersion,
    fields: conflictFields(records, row.table_name, keptVersion, otherVersion),
    detectedAt: row.detected_at,
    ...(row.resolved_at ? { resolvedAt: row.resolved_at } : {}),
  };
};

/** A moment after `stamp`, or now if that is later: a swap is a new edit and must read as the newest. */
const laterThan = (now: string, stamp: string) => {
  const next = Date.parse(stamp);
  if (Number.isNaN(next) || now > stamp) return now;
  return new Date(next + 1).toISOString();
};

export function conflictService(store: Store) {
  const records = recordStore(store);
  const find = (id: string) => {
    const row = store.statement<[string], ConflictRow>('SELECT * FROM merge_conflict WHERE id = ?').get(id);
    if (!row) throw new DomainError('not_found', 'That conflict no longer exists. Refresh the list and try again.');
    return row;
  };

  const reindex = (table: string, id: string) => {
    const kind = EXCHANGE_TABLE.get(table)?.kind;
    if (!kind) return;
    const spec = RECORD_KIND_SPECS[kind];
    const index = searchIndex(store);
    const row = store.statement<[string], Row>(`SELECT * FROM ${table} WHERE id = ?`).get(id)!;
    if (row['deleted_at'] || spec.searchable.length === 0) return index.remove(id);
    const record = records.toRecord(kind, row);
    const body = spec.searchable.map((f) => String(record[f] ?? '')).join('\n');
    index.put(kind, id, record['workGroupId'] as string | undefined, spec.title(record), body);
  };

  return {
    list: (workGroupId: string | undefined, includeResolved: boolean): MergeConflict[] =>
      store
        .statement<{ workGroupId: string | null; all: number }, ConflictRow>(
          `SELECT * FROM merge_conflict
           WHERE (@workGroupId IS NULL OR work_group_id = @workGroupId) AND (@all = 1 OR resolved_at IS NULL)
           ORDER BY detected_at, table_name, row_id, id`,
        )
        .all({ workGroupId: workGroupId ?? null, all: includeResolved ? 1 : 0 })
        .map((row) => toConflict(records, row)),

    /** Puts the other version in place (as a new edit) and keeps the one it replaces as the other. */
    swap: (id: string): MergeConflict =>
      store.transaction(() => {
        const conflict = find(id);
        const spec = EXCHANGE_TABLE.get(conflict.table_name);
        const current = spec
          ? store.statement<[string], Row>(`SELECT * FROM ${spec.table} WHERE id = ?`).get(conflict.row_id)
          : undefined;
        if (!spec || !current) throw new DomainError('not_found', 'The record in that conflict no longer exists.');
        const columns = tableColumns(store, spec.table);
        const other = rowFromJson(JSON.parse(conflict.other_version) as Record<string, unknown>);
        const next: Row = {};
        for (const column of columns.keys()) next[column] = column in other ? other[column] : current[column];
        Object.assign(next, {
          id: current['id'],
          created_at: current['created_at'],
          updated_at: laterThan(store.now(), changedAt(current)),
          ...(spec.scoped ? { work_group_id: current['work_group_id'] } : {}),
        });
        for (const link of Object.keys(spec.softLinks)) next[link] = current[link];
        try {
          writeRow(store, spec.table, next, false);
        } catch (error) {
          if (!String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_')) throw error;
          throw new DomainError(
            'conflict',
            `The other version cannot be put back: ${(error as Error).message} Nothing has been changed.`,
          );
        }
        const versioned = versionedKindOf(spec.table);
        if (versioned) recordHistory(store, records).noteChange(versioned, current, next);
        reindex(spec.table, String(current['id']));
        const here = workspaceId(store);
        const log = store.statement(
          `INSERT OR IGNORE INTO row_version (table_name, row_id, version, updated_at, seen_from, seen_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        );
        for (const row of [current, next])
          log.run(spec.table, row['id'], versionOf(spec, row), row['updated_at'], here, store.now());
        store
          .statement('UPDATE merge_conflict SET kept_version = ?, other_version = ?, updated_at = ? WHERE id = ?')
          .run(JSON.stringify(rowToJson(next)), JSON.stringify(rowToJson(current)), store.now(), id);
        return toConflict(records, find(id));
      }),

    resolve: (id: string): MergeConflict =>
      store.transaction(() => {
        find(id);
        const now = store.now();
        store
          .statement('UPDATE merge_conflict SET resolved_at = coalesce(resolved_at, ?), updated_at = ? WHERE id = ?')
          .run(now, now, id);
        return toConflict(records, find(id));
      }),
  };
}
