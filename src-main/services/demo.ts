import { DomainError } from '../../src-shared/api/errors';
import { DEFAULT_DEMO_SEED, demoStoryClock, populateDemo } from '../demo/generate';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';

/** The demo Work Group, written into the open workspace when it has none of its own. */
export function demoHandlers(store: Store): Handlers<'demo.'> {
  // The demo's model Work Group comes first, as the Work Groups list puts it: this year's, lowest code.
  const liveWorkGroups = store.statement<[], { id: string; name: string }>(
    'SELECT id, name FROM work_group WHERE deleted_at IS NULL ORDER BY academic_year DESC, code',
  );

  return {
    'demo.load': () => {
      if (liveWorkGroups.all().length > 0) {
        throw new DomainError(
          'conflict',
          'The demo goes only into an empty workspace, and this one already has Work Groups, so nothing was added. To look at the demo, start a new workspace (File → New workspace) and open the demo there.',
        );
      }
      // One action: the whole demo year lands, or nothing does.
      const summary = store.transaction(() =>
        populateDemo(store, demoStoryClock(DEFAULT_DEMO_SEED), { scale: 'group', seed: DEFAULT_DEMO_SEED }),
      );
      const [workGroup] = liveWorkGroups.all();
      return {
        workGroupId: workGroup!.id,
        workGroupName: workGroup!.name,
        schools: summary.schools,
        participants: summary.participants,
        focusChildren: summary.focusChildren,
        meetings: summary.meetings,
      };
    },
  };
}
