import { DomainError } from '../../src-shared/api/errors';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';
import { recordStore } from './records';

/**
 * A run of observations typed row by row in the grid, saved as one action: all of them, or (when
 * one row is refused) none, with the problem named by its row.
 */
export function observationRunHandlers(store: Store): Handlers<'observations.'> {
  const records = recordStore(store);
  return {
    'observations.record': ({ observations }) =>
      observations.map((fields, row) => {
        try {
          return records.create('observation', fields) as never;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          throw new DomainError(
            error.code,
            `Row ${row + 1}: ${error.message}`,
            error.fields.map((f) => ({ ...f, field: `observations.${row}.${f.field}` })),
          );
        }
      }),
  };
}
