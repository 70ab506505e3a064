import type { z } from 'zod';
import { RECORD_KINDS } from '../../src-shared/api/contract';
import { DomainError } from '../../src-shared/api/errors';
import { workGroupFields } from '../../src-shared/domain/workGroup';
import type { Store } from '../store/store';
import { columnMap } from './columns';
import { recordHistory } from './history';
import { recordStore } from './records';
import type { AllHandlers } from './handlers';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';

// Erasing for good what is in the Trash. A deleted record can be restored, and its words stay in the
// workspace file (and travel in bundles) until it is erased. Erasing keeps the row, with its id,
// dates, codes and choices, which identify nobody, so that the erasure travels to other computers
// in bundles like any other change (src-main/exchange/merge.ts never takes an erased row back); but
// everything a person wrote, and every name, is overwritten, images become blank, and the file's
// freed space is cleared. Backups taken before still hold the words until they are rotated away.
// Unlike other risky actions, erasing takes no backup first: the backup would keep what the Lead
// is erasing. The Trash, and the question the Trash screen asks, are the safety net.

/** What erasing overwrites in a Work Group (each kind of record says its own in the registry). */
const WORK_GROUP_ERASED = ['name', 'leadName', 'umbrellaQuestion', 'intendedOutcomes', 'keyFindings'];

/** What a required piece of text becomes. */
export const ERASED_TEXT = 'Erased';

/** A 1×1 transparent PNG with nothing else in it: what an erased image becomes. */
const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** The columns and values that erase one kind of record: a field's empty default, or "Erased" if it must have one. */
function erasedColumns(shape: z.ZodRawShape, fields: string[]): Record<string, unknown> {
  const own = Object.fromEntries(fields.map((f) => [f, shape[f]!]));
  const map = columnMap(own);
  const values = Object.fromEntries(
    fields.map((f) => {
      const empty = (shape[f] as z.ZodType).safeParse(undefined);
      return [f, empty.success ? empty.data : ERASED_TEXT];
    }),
  );
  const row = map.toRow(values);
  return Object.fromEntries(map.columns.map((column, i) => [column, row[map.fields[i]!]]));
}

/** What erasing writes over a judgement (erased with its Work Group). */
const JUDGEMENT_ERASED = { narrative: '', evidence: '[]' };

const ERASURES: { table: string; columns: Record<string, unknown> }[] = [
  { table: 'work_group', columns: erasedColumns(workGroupFields.shape, WORK_GROUP_ERASED) },
  ...RECORD_KINDS.map((kind) => ({
    table: RECORD_KIND_SPECS[kind].table,
    columns: erasedColumns(RECORD_KIND_SPECS[kind].shape, RECORD_KIND_SPECS[kind].erased),
  })),
  { table: 'attachment', columns: { data: BLANK_PNG, mime_type: 'image/png' } },
];

/** Table -> what its erased rows hold in place of words: a bundle's erased rows must hold the same. */
export const ERASED_COLUMNS: ReadonlyMap<string, Record<string, unknown>> = new Map([
  ...ERASURES.map(({ table, columns }) => [table, columns] as const),
  ['judgement', JUDGEMENT_ERASED],
]);

export function erasureHandlers(store: Store): Pick<AllHandlers, 'trash.erase'> {
  return {
    'trash.erase': (input) => {
      const batches = 'ids' in input ? [...new Set(input.ids)] : everythingInTheTrash(store);
      if (batches.length === 0) return { erased: 0 };
      const erased = store.transaction(() => eraseBatches(store, batches));
      forgetErasedWords(store);
      return { erased };
    },
  };
}

/** The Trash's items: each is named by the record whose deletion took the others with it. */
function everythingInTheTrash(store: Store): string[] {
  return store
    .statement<[], { id: string }>(
      ERASURES.map(({ table }) => `SELECT deleted_with AS id FROM ${table} WHERE deleted_with = id`).join(' UNION '),
    )
    .all()
    .map((row) => row.id);
}

/**
 * Erases what went to the Trash with each of these records (its batch), inside the caller's
 * transaction; forgetErasedWords clears the file afterwards. Answers how many records it erased.
 */
export function eraseBatches(store: Store, batches: string[]): number {
  const now = store.now();
  let rows = 0;
  for (const batch of batches) {
    // A photo stays when its observation is deleted (another may use it): erased with the last one.
    let inBatch = store
      .statement(
        `UPDATE attachment SET data = @data, mime_type = 'image/png', erased_at = @now, updated_at = @now,
           deleted_at = coalesce(deleted_at, @now), deleted_with = NULL
         WHERE erased_at IS NULL
           AND id IN (SELECT attachment_id FROM observation WHERE deleted_with = @batch AND deleted_at IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.attachment_id = attachment.id AND o.deleted_at IS NULL)`,
      )
      .run({ data: BLANK_PNG, now, batch }).changes;
    for (const { table, columns } of ERASURES) {
      const names = Object.keys(columns);
      inBatch += store
        .statement(
          `UPDATE ${table} SET ${names.map((c) => `${c} = @${c}`).join(', ')},
                 erased_at = @now, updated_at = @now, deleted_with = NULL
               WHERE deleted_with = @batch AND deleted_at IS NOT NULL`,
        )
        .run({ ...columns, now, batch }).changes;
    }
    // The Lead's judgements of an erased Work Group go with it.
    inBatch += store
      .statement(
        `UPDATE judgement SET narrative = @narrative, evidence = @evidence, erased_at = @now, updated_at = @now,
           deleted_at = coalesce(deleted_at, @now)
         WHERE work_group_id = @batch AND erased_at IS NULL
           AND EXISTS (SELECT 1 FROM work_group WHERE id = @batch AND erased_at IS NOT NULL)`,
      )
      .run({ ...JUDGEMENT_ERASED, now, batch }).changes;
    if (inBatch === 0) {
      throw new DomainError(
        'not_found',
        'Something chosen is no longer in the Trash (it was restored or erased already). Nothing was erased: refresh the Trash and try again.',
        [{ field: 'ids', message: 'Choose from what is in the Trash now.' }],
      );
    }
    rows += inBatch;
  }
  // A record's earlier versions hold its words; so does the other version a conflict kept.
  recordHistory(store, recordStore(store)).forgetErased();
  for (const table of [...ERASURES.map((e) => e.table), 'judgement']) {
    store
      .statement(
        `DELETE FROM merge_conflict WHERE table_name = '${table}'
           AND row_id IN (SELECT id FROM ${table} WHERE erased_at IS NOT NULL)`,
      )
      .run();
  }
  return rows;
}

/**
 * Words SQLite has let go of stay on disk until something overwrites them: in the search index's
 * older segments, in the free space of pages, in free pages, in the write-ahead log; and the hub
 * figures kept on disk hold Work Groups' names. Dropping those figures, merging the index,
 * rebuilding the file and emptying the log leaves the words nowhere in the workspace. It takes a
 * few seconds on a large workspace; it runs after an erasure, here or arriving in a bundle.
 */
export function forgetErasedWords(store: Store): void {
  try {
    // Worked out again when next needed (migration 009).
    store.db.exec('DELETE FROM hub_figures');
    // A draft of an erased record, of a new record under it, or in an erased Work Group (migration 010).
    store
      .statement(
        `DELETE FROM draft WHERE record_id IN (${ERASURES.map(({ table }) => `SELECT id FROM ${table} WHERE erased_at IS NOT NULL`).join(' UNION ')})
         OR work_group_id IN (SELECT id FROM work_group WHERE erased_at IS NOT NULL)`,
      )
      .run();
    store.db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
    store.db.pragma('secure_delete = ON');
    try {
      store.db.exec('VACUUM');
    } finally {
      store.db.pragma('secure_delete = OFF');
    }
    store.db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    if (!String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_')) throw error;
    // Rebuilding needs free disk space as large as the workspace. The erasure itself has happened.
    throw new DomainError(
      'failed',
      'The records were erased, but the workspace file could not be rebuilt to clear the space their words took (is the disk nearly full?). Free some disk space: the next erasure clears it.',
    );
  }
}
