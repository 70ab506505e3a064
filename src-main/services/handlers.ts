import type { AsyncMethod, Method, Output, ParsedInput } from '../../src-shared/api/contract';
import type { Store } from '../store/store';
import { attachmentHandlers } from './attachments';
import { attendanceHandlers } from './attendance';
import { observationRunHandlers } from './observationRun';
import { backupHandlers } from './backups';
import { demoHandlers } from './demo';
import { draftHandlers } from './drafts';
import { bindToContract } from './dispatch';
import { exportHandlers } from './exports';
import { importHandlers } from '../import/handlers';
import { jobHandlers, noLongWork } from './jobs';
import { evaluationHandlers } from './evaluation';
import { erasureHandlers } from './erasure';
import { exchangeHandlers } from './exchange';
import { inboxHandlers } from '../exchange/inbox';
import { guardTeacherWorkspace } from '../exchange/teacherWorkspace';
import { privacyHandlers } from './privacy';
import { historyHandlers } from './historyHandlers';
import { recordHandlers } from './recordHandlers';
import { retentionHandlers } from './retention';
import { searchHandlers } from './search';
import type { WorkspaceSession } from './session';
import { workspaceHandlers } from './workspace';
import { keyFindingsHandlers } from './keyFindings';
import { settingsHandlers } from './settings';
import { themesHandlers } from './themes';
import { workGroupHandlers } from './workGroups';

type Handler<M extends Method> = (input: ParsedInput<M>) => M extends AsyncMethod ? Promise<Output<M>> : Output<M>;

/** The handlers for the contract's methods whose names start with Prefix. */
export type Handlers<Prefix extends string> = {
  [M in Method as M extends `${Prefix}${string}` ? M : never]: Handler<M>;
};

export type AllHandlers = { [M in Method]: Handler<M> };

/**
 * Every service, bound to one open workspace. A session (the app's doors) lets a backup be restored
 * while it is open; without one (the command line, tests), restoring is left to `wge restore`.
 */
export function createHandlers(store: Store, session?: WorkspaceSession): AllHandlers {
  const handlers: AllHandlers = {
    ...workGroupHandlers(store),
    ...recordHandlers(store),
    ...historyHandlers(store),
    ...erasureHandlers(store),
    ...attendanceHandlers(store),
    ...observationRunHandlers(store),
    ...attachmentHandlers(store),
    ...searchHandlers(store),
    ...evaluationHandlers(store),
    ...exportHandlers(store),
    ...privacyHandlers(store),
    ...draftHandlers(store),
    ...exchangeHandlers(store),
    ...inboxHandlers(store),
    ...importHandlers(store),
    ...backupHandlers(store, session),
    ...settingsHandlers(store),
    ...keyFindingsHandlers(store),
    ...themesHandlers(store),
    ...retentionHandlers(store),
    ...demoHandlers(store),
    ...workspaceHandlers(store),
    ...jobHandlers(noLongWork),
  };
  return bindToContract(guardTeacherWorkspace(store, handlers), store.transaction);
}
