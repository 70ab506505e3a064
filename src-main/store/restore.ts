import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import type Database from 'better-sqlite3-multiple-ciphers';
import { rekeyFile } from './cipher';
import { saveSetting, SETTING_KEYS, writeBackup } from './backup';
import { WorkspaceOpenError } from './errors';
import { migrations } from './migrations';
import { inspectExisting, openStore, type OpenOptions } from './store';

/**
 * Puts a backup in the workspace's place. The backup is checked first; the current workspace is
 * backed up before it is replaced (or, if it is too damaged to open, kept beside it as it is), and
 * its settings for keeping things stay as they are. A workspace with a passphrase keeps it: a
 * backup from before the passphrase is encrypted with it on the way in.
 */
export function restoreWorkspace(workspacePath: string, backupPath: string, options: OpenOptions = {}): string {
  const encrypted = inspectExisting(backupPath, options, migrations[migrations.length - 1]!.version);
  // Copied aside first: the backup taken next may rotate this very backup (the oldest) away.
  const incoming = `${workspacePath}.restoring`;
  copyFileSync(backupPath, incoming);
  let current: Kept = { keptAs: '', settings: [] };
  try {
    if (!encrypted && options.passphrase !== undefined)
      rekeyFile(incoming, undefined, options.passphrase, options.nativeBinding);
    if (existsSync(workspacePath)) current = keepCurrent(workspacePath, options);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  for (const side of ['-wal', '-shm']) rmSync(`${workspacePath}${side}`, { force: true });
  renameSync(incoming, workspacePath);
  const restored = openStore(workspacePath, options); // brings an older backup up to date, and proves it opens
  try {
    restored.transaction(() => current.settings.forEach(({ key, value }) => saveSetting(restored, key, value)));
  } finally {
    restored.close();
  }
  return current.keptAs;
}

interface Kept {
  /** Where what was there is kept ('' when there was nothing). */
  keptAs: string;
  settings: { key: string; value: string }[];
}

const settingsOf = (db: Database.Database) =>
  db
    .prepare('SELECT key, value FROM workspace_meta WHERE key IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(SETTING_KEYS)) as Kept['settings'];

/** A workspace that will not open for these reasons is whole: it is refused, never set aside as damaged. */
const LOCKED = new Set<WorkspaceOpenError['reason']>(['passphrase_needed', 'wrong_passphrase']);

/** Backs up the workspace about to be replaced, or keeps it beside as it is if it is too damaged to open. */
function keepCurrent(workspacePath: string, options: OpenOptions): Kept {
  try {
    const current = openStore(workspacePath, options);
    try {
      return { keptAs: writeBackup(current.db, workspacePath, 'before-restore'), settings: settingsOf(current.db) };
    } finally {
      current.close();
    }
  } catch (error) {
    if (!(error instanceof WorkspaceOpenError) || LOCKED.has(error.reason)) throw error;
    const keptAs = `${workspacePath}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(workspacePath, keptAs);
    return { keptAs, settings: [] };
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
