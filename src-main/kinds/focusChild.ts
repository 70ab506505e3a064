import { DomainError } from '../../src-shared/api/errors';
import type { KindRules } from './kindRules';
import { namesInCode } from '../../src-shared/domain/firstNames';

const MAX_FOCUS_CHILDREN = 3;

/**
 * A focus child: a code that is no name, unique in its Work Group, at most three per participant.
 * Unique in the Work Group, not the workspace: a hub gathers many groups whose Leads each choose
 * codes such as Y4-A, and a child is always read with the group it belongs to.
 */
export const focusChildRules: KindRules = {
  checkFields(fields) {
    const code = String(fields['code']);
    const names = namesInCode(code);
    if (names.length > 0) {
      throw new DomainError('invalid_input', 'A focus child is recorded with a code, never a name.', [
        {
          field: 'code',
          message: `“${code}” looks like a first name (${names.join(', ')}). Focus children are recorded with a code, never their name, so that nothing in the workspace or its exports identifies a child. Use a code such as Y4-A or FC-07.`,
        },
      ]);
    }
  },
  check(store, fields, { id, workGroupId }) {
    const code = String(fields['code']);
    const carriedFromId = fields['carriedFromId'] as string | undefined;
    if (carriedFromId) {
      // Only the same child, followed in this Work Group's previous year, can be carried forward.
      const earlier = store
        .statement<[string, string], { id: string }>(
          `SELECT c.id FROM focus_child c JOIN work_group w ON w.previous_work_group_id = c.work_group_id
         WHERE c.id = ? AND w.id = ?`,
        )
        .get(carriedFromId, workGroupId ?? '');
      if (!earlier) {
        throw new DomainError(
          'invalid_input',
          'Only a focus child from the previous year of this Work Group can be carried forward.',
          [{ field: 'carriedFromId', message: 'Choose a focus child from the previous year.' }],
        );
      }
    }
    const others = store
      .statement<[string, string], { code: string }>(
        'SELECT code FROM focus_child WHERE participant_id = ? AND deleted_at IS NULL AND id <> ? ORDER BY code',
      )
      .all(String(fields['participantId']), id ?? '');
    if (others.length >= MAX_FOCUS_CHILDREN) {
      throw new DomainError(
        'conflict',
        `A participant follows at most three focus children, and this participant already follows ${others.map((o) => o.code).join(', ')}. Delete one of them first, or choose another participant.`,
        [
          {
            field: 'participantId',
            message: `Already follows three focus children (${others.map((o) => o.code).join(', ')}). Choose another participant, or delete one of theirs first.`,
          },
        ],
      );
    }
    const clash = store
      .statement<{ code: string; id: string; workGroupId: string }, { id: string }>(
        `SELECT id FROM focus_child WHERE code = @code AND work_group_id = @workGroupId AND deleted_at IS NULL
         AND id <> @id`,
      )
      .get({ code, id: id ?? '', workGroupId: workGroupId ?? '' });
    if (clash) {
      throw new DomainError('conflict', `The code ${code} is already used by another focus child in this Work Group.`, [
        {
          field: 'code',
          message: `${code} is already used in this Work Group. Codes must be unique in a Work Group so evidence is never mixed up.`,
        },
      ]);
    }
  },
};
