import { basename } from 'node:path';
import { DomainError } from '../../src-shared/api/errors';
import type { Store } from '../store/store';
import { teacherRole } from '../exchange/teacherWorkspace';
import type { Handlers } from './handlers';

/**
 * An open workspace is unlocked: it was opened with its passphrase, or has none. (A door's session
 * answers these itself while an encrypted workspace waits for its passphrase: see session.ts.)
 */
export function workspaceHandlers(store: Store): Handlers<'workspace.'> {
  return {
    'workspace.status': () => {
      const teacher = teacherRole(store);
      return { locked: false, name: basename(store.path), ...(teacher ? { teacher } : {}) };
    },
    'workspace.unlock': () => {
      throw new DomainError('conflict', 'This workspace is already open.');
    },
  };
}
