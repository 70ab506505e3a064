import { DomainError } from '../../src-shared/api/errors';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';
import { recordHistory } from './history';
import { notFound, recordStore } from './records';

/** A record's History, and putting an earlier version back as a new change (so bundles carry it as any edit). */
export function historyHandlers(store: Store): Handlers<'history.'> {
  const records = recordStore(store);
  const history = recordHistory(store, records);

  return {
    'history.list': ({ kind, id }) => {
      if (!records.find(kind, id)) throw notFound(kind);
      return history.versions(kind, id);
    },

    'history.restore': ({ kind, id, version, ifLatest }) =>
      store.transaction(() => {
        const record = records.find(kind, id);
        if (!record) throw notFound(kind);
        const versions = history.versions(kind, id);
        const label = RECORD_KIND_SPECS[kind].label;
        if (ifLatest !== undefined && versions[0]!.version !== ifLatest) {
          throw new DomainError(
            'conflict',
            `This ${label} has been changed since, so nothing was put back. Open its History to choose the version you want.`,
          );
        }
        const chosen = versions.find((v) => v.version === version);
        const fields = chosen && !chosen.current ? history.fieldsAt(kind, id, version) : undefined;
        if (!chosen)
          throw new DomainError(
            'not_found',
            `That version of the ${label} is not kept. Refresh its History and choose again.`,
          );
        if (!fields)
          throw new DomainError('conflict', `The ${label} already holds that version: there is nothing to put back.`);
        // It was saved once, dates and all: a date outside the year was confirmed then.
        const saved = records.update(kind, id, { ...fields, confirmOutsideYear: true }, { restoredFrom: version });
        return {
          kind,
          id,
          ...(saved['workGroupId'] ? { workGroupId: saved['workGroupId'] as string } : {}),
          version: history.versions(kind, id)[0]!.version,
        };
      }),
  };
}
