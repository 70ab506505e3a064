import { DomainError } from '../../src-shared/api/errors';
import type { KindRules } from './kindRules';

/** A school is shared by the workspace's Work Groups: it stays while any of them uses it. */
export const schoolRules: KindRules = {
  refuseDelete(store, id) {
    const uses =
      store
        .statement<[string, string], { n: number }>(
          `SELECT (SELECT count(*) FROM participant WHERE school_id = ? AND deleted_at IS NULL)
                + (SELECT count(*) FROM school_participation WHERE school_id = ? AND deleted_at IS NULL) AS n`,
        )
        .get(id, id)?.n ?? 0;
    if (uses > 0) {
      throw new DomainError(
        'conflict',
        `This school is still used by ${uses} Work Groups or participants. Remove it from them first.`,
      );
    }
  },
};
