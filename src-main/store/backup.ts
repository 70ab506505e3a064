import type Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BACKUP_REASONS, type BackupFile as ListedBackup, type BackupReason } from '../../src-shared/api/backups';
import type { Store } from './store';

// Backups live in a folder beside the workspace ("team.wgdb.backups"), one consistent copy per
// file, named for the moment and the reason, so the Backups screen can list and restore them.

/** How many backups are kept when the workspace sets no other number; the oldest go first. */
export const DEFAULT_BACKUPS_KEPT = 20;

/** Where a workspace keeps its own number (in workspace_meta, from migration 004). */
export const BACKUPS_KEPT_KEY = 'backups_kept';

/** Where it keeps how long focus children's data is kept (services/settings.ts). */
export const FOCUS_CHILD_RETENTION_KEY = 'focus_child_retention_years';

/**
 * The Lead's settings for keeping things. They are the Lead's current wishes, not a backup's: a
 * restore keeps them, or an older number could clear away backups at the next one.
 */
export const SETTING_KEYS = [BACKUPS_KEPT_KEY, FOCUS_CHILD_RETENTION_KEY];

/** Sets one of the workspace's own settings (inside the caller's transaction). */
export function saveSetting(store: Store, key: string, value: string): void {
  store
    .statement(
      'INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(key, value);
}

/** How many backups this workspace keeps: its own setting (Backups screen), or the default. */
export function backupsKept(db: Database.Database): number {
  const hasSettings = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workspace_meta'").get();
  const row = hasSettings
    ? (db.prepare('SELECT value FROM workspace_meta WHERE key = ?').get(BACKUPS_KEPT_KEY) as
        { value: string } | undefined)
    : undefined;
  const kept = Number(row?.value);
  return Number.isInteger(kept) && kept >= 1 ? kept : DEFAULT_BACKUPS_KEPT;
}

/** A backup as the Backups screen lists it, and where it is. */
export type BackupFile = ListedBackup & { path: string };

export const backupsFolder = (workspacePath: string) =>
  join(dirname(workspacePath), `${basename(workspacePath)}.backups`);

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.([a-z-]+)\.wgdb$/;

export function listBackups(workspacePath: string): BackupFile[] {
  const folder = backupsFolder(workspacePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((fileName) => {
      const match = NAME.exec(fileName);
      if (!match || !(BACKUP_REASONS as readonly string[]).includes(match[2]!)) return [];
      const [date, time] = match[1]!.split('T') as [string, string];
      const takenAt = `${date}T${time.replace(/^(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, '$1:$2:$3.$4Z')}`;
      const path = join(folder, fileName);
      return [{ path, fileName, takenAt, reason: match[2] as BackupReason, bytes: statSync(path).size }];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * Writes a consistent copy of the open workspace into its backups folder, then keeps the newest
 * `keep` (the workspace's setting unless given). VACUUM INTO copies synchronously, so it can run
 * inside opening and migrating.
 */
export function writeBackup(
  db: Database.Database,
  workspacePath: string,
  reason: BackupReason,
  keep = backupsKept(db),
): string {
  const folder = backupsFolder(workspacePath);
  mkdirSync(folder, { recursive: true });
  let stamp = new Date().toISOString().replace(/[:.]/g, '-');
  // Two backups in the same millisecond (a migration right after a daily backup) must not collide.
  while (listBackups(workspacePath).some((b) => b.fileName.startsWith(stamp))) {
    stamp = new Date(Date.parse(stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z')) + 1)
      .toISOString()
      .replace(/[:.]/g, '-');
  }
  const target = join(folder, `${stamp}.${reason}.wgdb`);
  db.prepare('VACUUM INTO ?').run(target);
  for (const old of listBackups(workspacePath).slice(Math.max(1, keep))) rmSync(old.path, { force: true });
  return target;
}

/** A backup a day: true when the newest is more than a day old (or there is none). */
export function dailyBackupDue(workspacePath: string, now = new Date()): boolean {
  const newest = listBackups(workspacePath)[0];
  return !newest || now.getTime() - Date.parse(newest.takenAt) > 24 * 60 * 60 * 1000;
}
