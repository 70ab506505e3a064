import { DomainError } from '../../src-shared/api/errors';
import type { KindRules } from './kindRules';

/** A theme's name is its own in the codebook, and themes sit at most two levels deep. */
export const themeRules: KindRules = {
  check(store, fields, { id, workGroupId }) {
    const name = String(fields['name']);
    const clash = store
      .statement<[string, string, string], { id: string }>(
        `SELECT id FROM theme WHERE work_group_id = ? AND deleted_at IS NULL AND id <> ?
         AND lower(trim(name)) = lower(trim(?))`,
      )
      .get(workGroupId ?? '', id ?? '', name);
    if (clash) {
      throw new DomainError('conflict', `The codebook already has a theme called “${name}”.`, [
        { field: 'name', message: 'Choose another name, or merge the two themes.' },
      ]);
    }
    const parentId = fields['parentId'] as string | undefined;
    if (!parentId) return;
    const parent = store
      .statement<[string], { parent_id: string | null }>('SELECT parent_id FROM theme WHERE id = ?')
      .get(parentId);
    const hasChildren =
      id !== undefined &&
      store
        .statement<[string], { id: string }>('SELECT id FROM theme WHERE parent_id = ? AND deleted_at IS NULL')
        .get(id);
    if (parentId === id || parent?.parent_id || hasChildren) {
      throw new DomainError('invalid_input', 'Themes go two levels deep at most: a theme and the themes under it.', [
        { field: 'parentId', message: 'Choose a top-level theme that is not this one, or none.' },
      ]);
    }
  },
};
