import { isCodable, isCodableKind } from '../../src-shared/themes/fields';
import { reanchor } from '../../src-shared/themes/anchor';
import { snakeCase } from '../../src-shared/domain/recordKinds';
import type { Store } from '../store/store';

interface PassageRow {
  id: string;
  field: string;
  start_offset: number;
  end_offset: number;
  words: string;
  needs_review: number;
}

// Coded passages follow their record: re-anchored in the same transaction as each save of it, and
// taken to the Trash (and back) with it.

export function themeAnchors(store: Store) {
  return {
    /** After a record is saved: finds each of its passages' words again, or marks the passage for review. */
    followEdit(kind: string, recordId: string, row: Record<string, unknown>): void {
      if (!isCodableKind(kind)) return;
      const passages = store
        .statement<[string], PassageRow>(
          `SELECT id, field, start_offset, end_offset, words, needs_review FROM coded_passage
           WHERE record_id = ? AND deleted_at IS NULL`,
        )
        .all(recordId);
      const save = store.statement(
        `UPDATE coded_passage SET start_offset = @start, end_offset = @end, words = @words,
           needs_review = @review, updated_at = @now WHERE id = @id`,
      );
      for (const p of passages) {
        if (!isCodable(kind, p.field)) continue;
        const text = String(row[snakeCase(p.field)] ?? '');
        const found = reanchor(text, { startOffset: p.start_offset, endOffset: p.end_offset, words: p.words });
        const next = found
          ? { start: found.startOffset, end: found.endOffset, words: found.words, review: 0 }
          : { start: p.start_offset, end: p.end_offset, words: p.words, review: 1 };
        const same =
          next.start === p.start_offset &&
          next.end === p.end_offset &&
          next.words === p.words &&
          next.review === p.needs_review;
        if (!same) save.run({ ...next, id: p.id, now: store.now() });
      }
    },

    /** How many live passages are coded in these records: they would go to the Trash with them. */
    countIn(recordIds: string[]): number {
      const count = store.statement<[string], { n: number }>(
        'SELECT count(*) AS n FROM coded_passage WHERE record_id = ? AND deleted_at IS NULL',
      );
      return recordIds.reduce((n, id) => n + (count.get(id)?.n ?? 0), 0);
    },

    /** Passages of records going to the Trash go with them, in the same batch, so they come back with them. */
    followDelete(recordIds: string[], batch: string, now: string): number {
      const trash = store.statement(
        `UPDATE coded_passage SET deleted_at = @now, updated_at = @now, deleted_with = @batch
         WHERE record_id = @id AND deleted_at IS NULL`,
      );
      return recordIds.reduce((n, id) => n + trash.run({ id, batch, now }).changes, 0);
    },
  };
}
