import { evaluationService } from '../../src-main/services/evaluation';
import { createHandlers } from '../../src-main/services/handlers';
import type { Store } from '../../src-main/store/store';
import { hubFacts, rollUpHub } from '../../src-shared/evaluation/hub';
import { evaluateWorkGroup } from '../../src-shared/evaluation/workGroup';
import { caller } from './workspace';

/** A hub roll-up of every Work Group worked out from scratch by the engine, nothing kept: what any kept one must equal. */
export function recomputedHub(store: Store, asOf: string) {
  const service = evaluationService(store);
  const groups = caller(createHandlers(store))('workGroup.list', { includeArchived: true });
  return rollUpHub(
    groups.map((g) => {
      const snapshot = service.snapshot(g.id);
      return hubFacts(
        evaluateWorkGroup(snapshot, asOf),
        snapshot.schoolParticipations.map((s) => s.schoolId),
      );
    }),
  );
}
