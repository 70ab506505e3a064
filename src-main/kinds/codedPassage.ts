import { DomainError } from '../../src-shared/api/errors';
import { RECORD_KIND_SPECS, snakeCase, type RecordKind } from '../../src-shared/domain/recordKinds';
import type { Store } from '../store/store';
import type { KindRules } from './kindRules';

/** The text of the coded field of a passage's record in this Work Group, or undefined when there is no such record. */
export function codedText(
  store: Store,
  passage: { recordKind: string; recordId: string; field: string },
  workGroupId: string | undefined,
): string | undefined {
  const spec = RECORD_KIND_SPECS[passage.recordKind as RecordKind];
  const row = store
    .statement<[string], Record<string, unknown>>(`SELECT * FROM ${spec.table} WHERE id = ?`)
    .get(passage.recordId);
  if (!row || row['work_group_id'] !== workGroupId) return undefined;
  return String(row[snakeCase(passage.field)] ?? '');
}

/**
 * A passage is in a record of its own Work Group; when it is first coded, its words are the
 * record's words at that place. Later the record's saves keep it anchored (services/themeAnchors.ts),
 * so a passage arriving in a bundle may be awaiting its own record's text.
 */
export const codedPassageRules: KindRules = {
  check(store, fields, { id, workGroupId }) {
    const passage = fields as { recordKind: string; recordId: string; field: string };
    const text = codedText(store, passage, workGroupId);
    if (text === undefined) {
      throw new DomainError('not_found', 'The record this passage is in no longer exists in this Work Group.', [
        { field: 'recordId', message: 'Choose a record of this Work Group.' },
      ]);
    }
    if (id !== undefined) return;
    const { startOffset, endOffset, words } = fields as { startOffset: number; endOffset: number; words: string };
    if (text.slice(startOffset, endOffset) !== words) {
      throw new DomainError(
        'conflict',
        'The words chosen are no longer at that place in the text: it may have changed since it was opened. Open the record again and select the words again.',
        [{ field: 'words', message: 'Select the words again.' }],
      );
    }
  },
};
