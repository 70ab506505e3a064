import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { writeBackup } from './backup';
import { WorkspaceOpenError } from './errors';
import { migrations } from './migrations';
import { inspectExisting, openStore, type OpenOptions } from './store';

/**
 * Puts a backup in the workspace's place. The backup is checked first; the current workspace is
 * backed up before it is replaced (or, if it is too damaged to open, kept beside it as it is).
 */
export function restoreWorkspace(workspacePath: string, backupPath: string, options: OpenOptions = {}): string {
  inspectExisting(backupPath, options, migrations[migrations.length - 1]!.version);
  // Copied aside first: the backup taken next may rotate this very backup (the oldest) away.
  const incoming = `${workspacePath}.restoring`;
  copyFileSync(backupPath, incoming);
  let keptAs: string;
  try {
    keptAs = existsSync(workspacePath) ? keepCurrent(workspacePath, options) : '';
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  for (const side of ['-wal', '-shm']) rmSync(`${workspacePath}${side}`, { force: true });
  renameSync(incoming, workspacePath);
  openStore(workspacePath, options).close(); // brings an older backup up to date, and proves it opens
  return keptAs;
}

/** Backs up the workspace about to be replaced, or keeps it beside as it is if it is too damaged to open. */
function keepCurrent(workspacePath: string, options: OpenOptions): string {
  try {
    const current = openStore(workspacePath, options);
    try {
      return writeBackup(current.db, workspacePath, 'before-restore');
    } finally {
      current.close();
    }
  } catch (error) {
    if (!(error instanceof WorkspaceOpenError)) throw error;
    const keptAs = `${workspacePath}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(workspacePath, keptAs);
    return keptAs;
  }
}

export interface HealthReport {
  healthy: boolean;
  problems: string[];
  /** Protected by a passphrase. */
  encrypted: boolean;
}

/** The full integrity check and the foreign-key check, for `wge check` and the Backups screen. */
export function checkWorkspace(workspacePath: string, options: OpenOptions = {}): HealthReport {
  const store = openStore(workspacePath, options);
  try {
    const integrity = store.db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = integrity.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const orphans = store.db.pragma('foreign_key_check') as { table: string }[];
    if (orphans.length > 0) problems.push(`${orphans.length} records point to records that do not exist.`);
    return { healthy: problems.length === 0, problems, encrypted: store.encrypted };
  } finally {
    store.close();
  }
}
