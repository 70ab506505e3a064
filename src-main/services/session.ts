import { basename } from 'node:path';
import { methods, type Method } from '../../src-shared/api/contract';
import { DomainError } from '../../src-shared/api/errors';
import { WorkspaceOpenError } from '../store/errors';
import { restoreWorkspace } from '../store/restore';
import { openStore, type OpenOptions, type Store } from '../store/store';
import { bindToContract } from './dispatch';
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
  /** How another connection opens this workspace (with its passphrase); undefined while it is locked. */
  readonly openOptions: OpenOptions | undefined;
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

const isPassphraseProblem = (error: unknown, reason: 'passphrase_needed' | 'wrong_passphrase') =>
  error instanceof WorkspaceOpenError && error.reason === reason;

/**
 * Opens a workspace for a door. With `askForPassphrase` (the desktop window, browser mode), an
 * encrypted workspace opened without its passphrase waits, locked, for the app to unlock it
 * (workspace.unlock); every other call is refused until then.
 */
export function openSession(
  path: string,
  openOptions: OpenOptions = {},
  { askForPassphrase = false } = {},
): WorkspaceSession {
  let options = openOptions;
  const name = basename(path);
  let store: Store | undefined;
  let current: AllHandlers;
  try {
    store = openStore(path, options);
  } catch (error) {
    if (!askForPassphrase || !isPassphraseProblem(error, 'passphrase_needed')) throw error;
  }

  /** What answers while the workspace waits for its passphrase. */
  const locked = (): AllHandlers => {
    const refuse = () => {
      throw new DomainError('conflict', `"${name}" is protected by a passphrase: enter it to open the workspace.`);
    };
    const handlers: AllHandlers = {
      ...(Object.fromEntries(methods.map((method) => [method, refuse])) as unknown as AllHandlers),
      'workspace.status': () => ({ locked: true, name }),
      'workspace.unlock': ({ passphrase }) => {
        try {
          store = openStore(path, { ...options, passphrase });
        } catch (error) {
          if (!isPassphraseProblem(error, 'wrong_passphrase')) throw error;
          const message = (error as Error).message;
          throw new DomainError('invalid_input', message, [{ field: 'passphrase', message }]);
        }
        options = { ...options, passphrase };
        current = createHandlers(store, session);
        return { locked: false, name };
      },
    };
    // Nothing here writes to a workspace, so there is no transaction to check the answers in.
    return bindToContract(handlers, (action) => action());
  };
  let underWay = 0;
  const whenIdle: (() => void)[] = [];
  let restoring: Promise<unknown> = Promise.resolve();

  const idle = () => (underWay === 0 ? Promise.resolve() : new Promise<void>((done) => whenIdle.push(done)));

  const replace = async (backupPath: string) => {
    await idle();
    // From here to the end nothing awaits, so no call can reach the closed store in between.
    session.store.close();
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
      if (!store) throw new DomainError('conflict', `"${name}" is protected by a passphrase: enter it first.`);
      return store;
    },
    handlers,
    get openOptions() {
      return store ? options : undefined;
    },
    restore: (backupPath) => {
      const next = restoring.then(() => replace(backupPath));
      restoring = next.catch(() => undefined);
      return next;
    },
    close: () => store?.close(),
  };
  current = store ? createHandlers(store, session) : locked();
  return session;
}
