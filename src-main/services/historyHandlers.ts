import { judgementInput } from '../../src-shared/api/evaluation';
import { DomainError } from '../../src-shared/api/errors';
import { versionedLabel, type VersionedKind } from '../../src-shared/api/history';
import type { RecordKind } from '../../src-shared/api/contract';
import { workGroupFields } from '../../src-shared/domain/workGroup';
import type { Store } from '../store/store';
import { evaluationService } from './evaluation';
import type { Handlers } from './handlers';
import { recordHistory } from './history';
import { recordStore } from './records';
import { workGroupService } from './workGroups';

type Fields = Record<string, unknown>;

const judgementFields = judgementInput.pick({ rating: true, narrative: true, evidence: true });

/** A record's History, and putting an earlier version back as a new change (so bundles carry it as any edit). */
export function historyHandlers(store: Store): Handlers<'history.'> {
  const records = recordStore(store);
  const history = recordHistory(store, records);
  const groups = workGroupService(store);

  const liveJudgement = (id: string) =>
    store
      .statement<[string], { work_group_id: string; subject: string }>(
        'SELECT work_group_id, subject FROM judgement WHERE id = ? AND deleted_at IS NULL',
      )
      .get(id);
  const liveGroup = store.statement<[string], { id: string }>(
    'SELECT id FROM work_group WHERE id = ? AND deleted_at IS NULL',
  );

  const exists = (kind: VersionedKind, id: string) => {
    if (kind === 'workGroup') return liveGroup.get(id) !== undefined;
    if (kind === 'judgement') return liveJudgement(id) !== undefined;
    return records.find(kind, id) !== undefined;
  };
  const checkExists = (kind: VersionedKind, id: string) => {
    if (!exists(kind, id))
      throw new DomainError(
        'not_found',
        `That ${versionedLabel(kind)} no longer exists (it may be in the Trash). Refresh the page and try again.`,
      );
  };

  /** Saves a kept version's fields again, as the kind's own save does; answers the Work Group it is in. */
  const putBack = (kind: VersionedKind, id: string, fields: Fields, restoredFrom: number) => {
    if (kind === 'workGroup') {
      groups.update(id, workGroupFields.parse(fields), { restoredFrom });
      return { workGroupId: id };
    }
    if (kind === 'judgement') {
      const { work_group_id: workGroupId, subject } = liveJudgement(id)!;
      const version = judgementFields.parse(fields);
      // Evidence gone since (to the Trash, say) is left out, as a save of the judgement leaves it out.
      const evidence = version.evidence.filter(
        (ref) => records.find(ref.kind, ref.id)?.['workGroupId'] === workGroupId,
      );
      evaluationService(store).setJudgement(
        { ...version, workGroupId, subject: judgementInput.shape.subject.parse(subject), evidence },
        { restoredFrom },
      );
      const leftOut = version.evidence.length - evidence.length;
      return { workGroupId, ...(leftOut > 0 ? { evidenceLeftOut: leftOut } : {}) };
    }
    // It was saved once, dates and all: a date outside the year was confirmed then.
    const saved = records.update(kind as RecordKind, id, { ...fields, confirmOutsideYear: true }, { restoredFrom });
    return saved['workGroupId'] ? { workGroupId: saved['workGroupId'] as string } : {};
  };

  return {
    'history.list': ({ kind, id }) => {
      checkExists(kind, id);
      return history.versions(kind, id);
    },

    'history.restore': ({ kind, id, version, ifLatest }) =>
      store.transaction(() => {
        checkExists(kind, id);
        const versions = history.versions(kind, id);
        const label = versionedLabel(kind);
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
        const where = putBack(kind, id, fields, version);
        return { kind, id, ...where, version: history.versions(kind, id)[0]!.version };
      }),
  };
}
