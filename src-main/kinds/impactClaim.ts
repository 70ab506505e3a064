import { DomainError } from '../../src-shared/api/errors';
import type { Store } from '../store/store';
import type { KindRules } from './kindRules';
import { tableOfKind } from '../../src-shared/domain/recordKinds';

function liveInGroup(store: Store, table: string, id: string, workGroupId: string | undefined): boolean {
  const row = store
    .statement<[string], { work_group_id?: string }>(`SELECT * FROM ${table} WHERE id = ? AND deleted_at IS NULL`)
    .get(id);
  return row !== undefined && (row.work_group_id === undefined || row.work_group_id === workGroupId);
}

/** An impact claim is about the right subject, and its evidence is in the same Work Group. */
export const impactClaimRules: KindRules = {
  check(store, fields, { workGroupId }) {
    const level = fields['level'];
    const subjectId = fields['subjectId'] as string | undefined;
    if (level === 'group' && subjectId) {
      throw new DomainError(
        'invalid_input',
        'A claim about the whole Work Group is not about one school or participant.',
        [{ field: 'subjectId', message: 'Leave this empty for a Work Group claim.' }],
      );
    }
    if (level !== 'group') {
      const table = level === 'school' ? 'school' : 'participant';
      if (!subjectId || !liveInGroup(store, table, subjectId, workGroupId)) {
        throw new DomainError('invalid_input', `Choose the ${table} this claim is about.`, [
          { field: 'subjectId', message: `Choose the ${table} this claim is about.` },
        ]);
      }
    }
    for (const link of (fields['evidence'] as { kind: string; id: string }[]) ?? []) {
      if (!liveInGroup(store, tableOfKind(link.kind)!, link.id, workGroupId)) {
        throw new DomainError('not_found', 'A piece of evidence linked to this claim no longer exists.', [
          { field: 'evidence', message: 'Remove the missing evidence, or choose evidence from this Work Group.' },
        ]);
      }
    }
  },
};
