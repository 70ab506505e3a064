import { copyFileSync, existsSync } from 'node:fs';
import { formatDateGB } from '../../src-shared/calendar/dates';
import { listBackups, writeBackup } from '../store/backup';
import { WorkspaceOpenError } from '../store/errors';
import { checkWorkspace, restoreWorkspace } from '../store/restore';
import { openStore } from '../store/store';
import { existingDb, Failure, type Io, openOptions, parse, parseWithFiles, requireDb, UsageError } from './common';

/** wge backup --db FILE --out FILE: a consistent copy, also kept in the workspace's backups folder. */
export function backup(args: string[], io: Io): void {
  const o = parse(args, { out: { type: 'string' } });
  if (typeof o.out !== 'string' || !o.out) throw new UsageError('--out FILE is required: where to write the backup.');
  if (existsSync(o.out)) throw new Failure(`${o.out} already exists. Choose a new file name for the backup.`);
  const db = existingDb(o.db);
  const store = openStore(db, openOptions(o));
  try {
    copyFileSync(writeBackup(store.db, db, 'manual'), o.out);
  } finally {
    store.close();
  }
  io.out(`Backed up ${db} to ${o.out}.`);
}

/** wge restore --db FILE BACKUP: puts the backup in place, after backing up what is there now. */
export function restore(args: string[], io: Io): void {
  const { o, files } = parseWithFiles(args);
  const [file] = files;
  if (!file || files.length > 1) throw new UsageError('Name one backup to restore: wge restore --db FILE BACKUP.');
  const db = requireDb(o.db);
  const keptAs = restoreWorkspace(db, file, openOptions(o));
  io.out(`Restored ${db} from ${file}.${keptAs ? ` What was there before is kept as ${keptAs}.` : ''}`);
}

/** wge check --db FILE: the full integrity check, in plain words. */
export function check(args: string[], io: Io): void {
  const o = parse(args);
  const db = existingDb(o.db);
  let report;
  try {
    report = checkWorkspace(db, openOptions(o));
  } catch (error) {
    if (!(error instanceof WorkspaceOpenError) || error.reason !== 'corrupt') throw error;
    const latest = listBackups(db)[0];
    throw new Failure(
      `${error.message}${latest ? ` The latest backup is from ${formatDateGB(latest.takenAt)}: wge restore --db ${db} "${latest.path}"` : ''}`,
    );
  }
  const backups = listBackups(db);
  if (o.json) return io.out(JSON.stringify({ ...report, backups: backups.length }));
  if (!report.healthy) {
    for (const problem of report.problems) io.out(`  ${problem}`);
    throw new Failure('The workspace has problems (listed above). Restore your latest backup with "wge restore".');
  }
  io.out(
    `The workspace is healthy${report.encrypted ? ' and protected by a passphrase' : ''}.${backups[0] ? ` The latest of its ${backups.length} backups is from ${formatDateGB(backups[0].takenAt)}.` : ' It has no backups yet.'}`,
  );
}
