import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { listBackups } from './backup';
import { passphraseProblem } from '../../src-shared/domain/passphrase';
import { fileKind, rekeyFile } from './cipher';
import { WorkspaceOpenError } from './errors';
import { migrations } from './migrations';
import { inspectExisting, openStore, type OpenOptions, type Store } from './store';

// Setting, changing or removing a workspace's passphrase. Nothing is re-encrypted in place: each file
// is copied, the copy re-keyed (SQLite's rekey) and proved to open with the new passphrase, and only
// then swapped in by a rename, so a crash at any moment leaves either the old file or the new one.
// The backups beside the workspace follow it, so a plain copy of an encrypted workspace is never
// left behind, and a changed passphrase is the only one needed to restore.

export interface PassphraseChange {
  /** Backups now under the new passphrase (or none). */
  backupsChanged: number;
  /** Backups that did not open with the old passphrase (made under an earlier one, or damaged): left as they are. */
  backupsLeft: string[];
}

const latestVersion = () => migrations[migrations.length - 1]!.version;

const inUse = (path: string) =>
  new WorkspaceOpenError(
    'in_use',
    `"${basename(path)}" is open in Work Group Evaluator or browser mode. Close it there and try again. Nothing has been changed.`,
  );

/** Takes the workspace for this connection alone: out of WAL mode (refused while any other has it open), then locked. */
function holdAlone(store: Store): void {
  try {
    if (store.db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw inUse(store.path);
    store.db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw inUse(store.path);
    throw error;
  }
}

/** A copy of `file` beside it under the new passphrase, proved to open with it; `file` itself is untouched. */
function rekeyedCopy(file: string, from: string | undefined, to: string | undefined, options: OpenOptions): string {
  const copy = `${file}.rekeying`;
  try {
    copyFileSync(file, copy);
    rekeyFile(copy, from, to, options.nativeBinding);
    inspectExisting(copy, { ...options, passphrase: to }, latestVersion());
    return copy;
  } catch (error) {
    rmSync(copy, { force: true });
    throw error;
  }
}

/**
 * Puts the workspace, and every backup of it that opens with `from`, under the passphrase `to`.
 * `from` is the current passphrase (ignored if the workspace has none); `to` undefined removes it.
 */
export function changePassphrase(
  path: string,
  from: string | undefined,
  to: string | undefined,
  options: OpenOptions = {},
): PassphraseChange {
  const weak = to !== undefined && passphraseProblem(to);
  if (weak) throw new WorkspaceOpenError('weak_passphrase', `${weak} Nothing has been changed.`);
  const store = openStore(path, { ...options, passphrase: from }); // refuses a wrong passphrase
  const current = store.encrypted ? from : undefined;
  let copy: string;
  try {
    holdAlone(store);
    copy = rekeyedCopy(path, current, to, options);
  } finally {
    if (store.db.inTransaction) store.db.exec('ROLLBACK');
    store.close();
  }
  renameSync(copy, path);

  const change: PassphraseChange = { backupsChanged: 0, backupsLeft: [] };
  for (const backup of listBackups(path)) {
    const encrypted = fileKind(backup.path) === 'encrypted';
    if (!encrypted && to === undefined) continue;
    let rekeyed: string | undefined;
    if (!encrypted || current !== undefined) {
      try {
        rekeyed = rekeyedCopy(backup.path, encrypted ? current : undefined, to, options);
      } catch {
        // It did not open with the old passphrase, or is damaged: it is listed as left as it was.
      }
    }
    if (rekeyed === undefined) {
      change.backupsLeft.push(backup.path);
    } else {
      renameSync(rekeyed, backup.path);
      change.backupsChanged += 1;
    }
  }
  return change;
}
