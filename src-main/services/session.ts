import { methods, type Method } from '../../src-shared/api/contract';
import { restoreWorkspace } from '../store/restore';
import { openStore, type OpenOptions, type Store } from '../store/store';
import { createHandlers, type AllHandlers } from './handlers';

/**
 * A workspace held open behind a door (the desktop window, browser mode). Its handlers stay the same
 * object for the door while the store behind them is replaced by a restore.
 */
export interface WorkspaceSession {
  readonly path: string;
  /** The store open now (a new one after each restore). */
  readonly store: Store;
  readonly handlers: AllHandlers;
  /**
   * Puts a backup in the workspace's place while it is open: waits for the calls under way to finish,
   * closes the workspace, restores (backing up what is there first) and opens it again. Answers with
   * the path of the backup taken just before.
   */
  restore(backupPath: string): Promise<string>;
  close(): void;
}

/** It waits for the other calls itself, so it is not counted among them. */
const RESTORE: Method = 'backup.restore';

export function openSession(path: string, options: OpenOptions = {}): WorkspaceSession {
  let store = openStore(path, options);
  let current: AllHandlers;
  let underWay = 0;
  const whenIdle: (() => void)[] = [];
  let restoring: Promise<unknown> = Promise.resolve();

  const idle = () => (underWay === 0 ? Promise.resolve() : new Promise<void>((done) => whenIdle.push(done)));

  const replace = async (backupPath: string) => {
    await idle();
    // From here to the end nothing awaits, so no call can reach the closed store in between.
    store.close();
    try {
      return restoreWorkspace(path, backupPath, options);
    } finally {
      store = openStore(path, options);
      current = createHandlers(store, session);
    }
  };

  const handlers = Object.fromEntries(
    methods.map((method) => [
      method,
      (input: unknown) => {
        const answer = (current[method] as (input: unknown) => unknown)(input);
        if (method === RESTORE || !(answer instanceof Promise)) return answer;
        underWay += 1;
        return answer.finally(() => {
          underWay -= 1;
          if (underWay === 0) for (const done of whenIdle.splice(0)) done();
        });
      },
    ]),
  ) as unknown as AllHandlers;

  const session: WorkspaceSession = {
    path,
    get store() {
      return store;
    },
    handlers,
    restore: (backupPath) => {
      const next = restoring.then(() => replace(backupPath));
      restoring = next.catch(() => undefined);
      return next;
    },
    close: () => store.close(),
  };
  current = createHandlers(store, session);
  return session;
}
