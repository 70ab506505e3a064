import { DomainError } from '../../src-shared/api/errors';
import type { KeyFindings } from '../../src-shared/api/keyFindings';
import { draftKeyFindings } from '../../src-shared/evaluation/keyFindings';
import type { Store } from '../store/store';
import { evaluationService } from './evaluation';
import type { Handlers } from './handlers';
import { recordHistory } from './history';
import { recordStore } from './records';
import { workGroupAccess } from './workGroupAccess';

// A Work Group's key findings: the Lead's own words once they have edited them (kept in the Work
// Group's key_findings, so they travel in bundles and are erased with it), the draft until then.

export function keyFindingsService(store: Store) {
  const evaluation = evaluationService(store);
  const access = workGroupAccess(store);
  const history = recordHistory(store, recordStore(store));
  const read = (workGroupId: string): KeyFindings => {
    const row = store
      .statement<[string], { key_findings: string }>(
        'SELECT key_findings FROM work_group WHERE id = ? AND deleted_at IS NULL',
      )
      .get(workGroupId);
    if (!row) throw new DomainError('not_found', 'That Work Group no longer exists. Refresh the list and try again.');
    const own = JSON.parse(row.key_findings) as string[];
    return own.length > 0
      ? { findings: own, edited: true }
      : { findings: draftKeyFindings(evaluation.evaluateWorkGroup(workGroupId)), edited: false };
  };

  return {
    read,
    save: (workGroupId: string, findings: string[]): KeyFindings =>
      store.transaction(() => {
        access.writable(workGroupId);
        // Findings are a field of the Work Group: its History keeps their earlier words.
        history.keeping('workGroup', workGroupId, () =>
          store
            .statement('UPDATE work_group SET key_findings = @findings, updated_at = @now WHERE id = @id')
            .run({ id: workGroupId, findings: JSON.stringify(findings), now: store.now() }),
        );
        return read(workGroupId);
      }),
  };
}

export function keyFindingsHandlers(store: Store): Handlers<'keyFindings.'> {
  const service = keyFindingsService(store);
  return {
    'keyFindings.get': ({ workGroupId }) => service.read(workGroupId),
    'keyFindings.set': ({ workGroupId, findings }) => service.save(workGroupId, findings),
  };
}
