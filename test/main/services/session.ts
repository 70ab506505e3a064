import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Method } from '../../../src-shared/api/contract';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { openSession, type WorkspaceSession } from '../../../src-main/services/session';
import type { OpenOptions } from '../../../src-main/store/store';
import { asyncCaller } from '../exchange/support';
import { caller, tempFolder } from '../../support/workspace';

const sessions: WorkspaceSession[] = [];
afterEach(() => {
  sessions.splice(0).forEach((session) => session.store.db.open && session.close());
});

/** A real workspace file held open the way the app's doors hold it, so a backup can be restored under it. */
export function tempSession(options: OpenOptions = {}) {
  const path = join(tempFolder(), 'workspace.wgdb');
  const session = openSession(path, options);
  sessions.push(session);
  return {
    path,
    session,
    call: caller(session.handlers),
    callAsync: asyncCaller(session.handlers),
    /** The reply as it is, for tests of refusals. */
    attempt: (method: Method | string, input: unknown) => dispatchAsync(session.handlers, method, input),
  };
}
