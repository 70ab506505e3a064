import { DomainError } from '../../src-shared/api/errors';
import type { KindRules } from './kindRules';

/** A project stays while any Work Group belongs to it. */
export const projectRules: KindRules = {
  refuseDelete(store, id) {
    const uses =
      store
        .statement<[string], { n: number }>(
          'SELECT count(*) AS n FROM work_group WHERE project_id = ? AND deleted_at IS NULL',
        )
        .get(id)?.n ?? 0;
    if (uses > 0) {
      throw new DomainError(
        'conflict',
        `This project is still used by ${uses} Work Groups. Remove it from them first.`,
      );
    }
  },
};
