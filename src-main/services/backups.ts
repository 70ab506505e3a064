import { basename } from 'node:path';
import type { BackupFile } from '../../src-shared/api/backups';
import { DomainError } from '../../src-shared/api/errors';
import { backupsFolder, listBackups, writeBackup, type BackupFile as StoredBackup } from '../store/backup';
import { WorkspaceOpenError } from '../store/errors';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';
import type { WorkspaceSession } from './session';

// The Backups screen: the copies in the folder beside the workspace, a new one on request, and putting
// one back while the workspace is open (the session closes it, restores and opens it again).

const listed = ({ path: _path, ...backup }: StoredBackup): BackupFile => backup;

export function backupHandlers(store: Store, session: WorkspaceSession | undefined): Handlers<'backup.'> {
  const find = (fileName: string) => {
    const backup = listBackups(store.path).find((b) => b.fileName === fileName);
    if (!backup) {
      throw new DomainError(
        'not_found',
        'That backup is no longer in the backups folder. Refresh the list and choose another.',
        [{ field: 'fileName', message: 'Choose a backup from the list.' }],
      );
    }
    return backup;
  };

  return {
    'backup.list': () => ({ folder: backupsFolder(store.path), backups: listBackups(store.path).map(listed) }),

    'backup.create': () => listed(find(basename(writeBackup(store.db, store.path, 'manual')))),

    'backup.restore': async ({ fileName }) => {
      const backup = find(fileName);
      if (!session) {
        throw new DomainError(
          'failed',
          'A backup can be restored here only while the app has the workspace open. From the command line, use "wge restore".',
        );
      }
      const workspacePath = store.path;
      let keptAs: string;
      try {
        keptAs = await session.restore(backup.path);
      } catch (error) {
        if (error instanceof WorkspaceOpenError)
          throw new DomainError('conflict', `${error.message} Choose another backup.`);
        throw error;
      }
      const kept = listBackups(workspacePath).find((b) => b.path === keptAs);
      return { restored: listed(backup), ...(kept ? { keptAs: listed(kept) } : {}) };
    },
  };
}
