import Database from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { passphraseProblem } from '../../src-shared/domain/passphrase';
import { fileKind, unlock } from './cipher';
import { WorkspaceOpenError } from './errors';
import { migrations as releasedMigrations, type Migration } from './migrations';
import { dailyBackupDue, writeBackup } from './backup';

/** Marks a SQLite file as ours ("WGE1"), so another program's database is never mistaken for a workspace. */
export const APPLICATION_ID = 0x57474531;

export interface OpenOptions {
  /** Path of the better-sqlite3 addon built for this runtime (the desktop app has its own build). */
  nativeBinding?: string;
  /** The workspace's passphrase, if it has one; a new workspace given one is encrypted from the start. */
  passphrase?: string;
  /** The schema's history; tests pass a longer one to prove what happens on upgrade. */
  migrations?: Migration[];
  /** Where new ids and timestamps come from; the demo generator passes seeded ones. */
  now?: () => string;
  newId?: () => string;
  /**
   * Another connection has just opened, checked and upgraded this file (a worker's second connection
   * for long reads): skip the check, the daily backup and the migrations. Its transactions only read
   * (what it keeps to save time may be lost), so they do not take the write lock first.
   */
  checked?: boolean;
}

export interface Store {
  readonly path: string;
  readonly db: Database.Database;
  /** Whether the file is encrypted with a passphrase (and so are its backups). */
  readonly encrypted: boolean;
  /** Runs one user action: it lands whole or not at all. */
  transaction<T>(action: () => T): T;
  now(): string;
  newId(): string;
  /** A prepared statement, compiled once per workspace and reused (SQL built from fixed parts only). */
  statement<P extends unknown[] | object = unknown[], R = unknown>(sql: string): Database.Statement<P, R>;
  close(): void;
}

const notAWorkspace = (path: string) =>
  new WorkspaceOpenError(
    'not_a_workspace',
    `"${basename(path)}" is not a Work Group Evaluator workspace. Choose a workspace file (.wgdb) or create a new one. The file has not been changed.`,
  );

const corrupt = (path: string) =>
  new WorkspaceOpenError(
    'corrupt',
    `"${basename(path)}" is damaged and cannot be opened safely. Restore your latest backup of it, or ask your hub's IT contact for help. The file has not been changed.`,
  );

const passphraseNeeded = (path: string) =>
  new WorkspaceOpenError(
    'passphrase_needed',
    `"${basename(path)}" is protected by a passphrase: open it with its passphrase. (If it has none, it is not a Work Group Evaluator workspace.) The file has not been changed.`,
  );

const wrongPassphrase = (path: string) =>
  new WorkspaceOpenError(
    'wrong_passphrase',
    `That passphrase does not open "${basename(path)}". Check it (capital letters and spaces count) and try again; if it is right, the file is damaged or is not a workspace. The file has not been changed.`,
  );

/**
 * Looks at an existing file without writing to it, and refuses anything we should not touch
 * (including an encrypted file without its passphrase). Answers whether the file is encrypted.
 */
export function inspectExisting(path: string, options: OpenOptions, latestSchemaVersion: number): boolean {
  const kind = fileKind(path);
  if (kind === 'other') throw notAWorkspace(path);
  if (kind === 'encrypted' && options.passphrase === undefined) throw passphraseNeeded(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    if (kind === 'encrypted') {
      unlock(db, options.passphrase!);
      try {
        db.pragma('schema_version');
      } catch {
        throw wrongPassphrase(path);
      }
    }
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (applicationId !== APPLICATION_ID) throw notAWorkspace(path);
    if (version > latestSchemaVersion) {
      throw new WorkspaceOpenError(
        'newer_version',
        `"${basename(path)}" was saved by a newer version of Work Group Evaluator (workspace format ${version}; this version reads up to ${latestSchemaVersion}). Install the latest version to open it. The file has not been changed.`,
      );
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw corrupt(path);
    return kind === 'encrypted';
  } catch (error) {
    if (error instanceof WorkspaceOpenError) throw error;
    throw corrupt(path);
  } finally {
    db?.close();
  }
}

function migrate(
  db: Database.Database,
  path: string,
  fromVersion: number,
  migrations: Migration[],
  now: () => string,
): void {
  const latestSchemaVersion = migrations[migrations.length - 1]!.version;
  const pending = migrations.filter((m) => m.version > fromVersion);
  if (pending.length === 0) return;
  if (fromVersion > 0) writeBackup(db, path, 'before-migration');
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const record = db.prepare('INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, now());
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${latestSchemaVersion}`);
  })();
}

/** Opens a workspace file, creating it if it does not exist yet. */
export function openStore(path: string, options: OpenOptions = {}): Store {
  const migrations = options.migrations ?? releasedMigrations;
  const now = options.now ?? (() => new Date().toISOString());
  const isNew = !existsSync(path);
  const encrypted = isNew
    ? options.passphrase !== undefined
    : options.checked
      ? fileKind(path) === 'encrypted'
      : inspectExisting(path, options, migrations[migrations.length - 1]!.version);
  const weak = isNew && options.passphrase !== undefined && passphraseProblem(options.passphrase);
  if (weak) throw new WorkspaceOpenError('weak_passphrase', `${weak} The workspace has not been created.`);
  let db: Database.Database;
  try {
    db = new Database(path, { nativeBinding: options.nativeBinding });
  } catch {
    throw new WorkspaceOpenError(
      'unreadable',
      `Work Group Evaluator cannot open or create "${basename(path)}". Check that the folder exists and that you may save files there.`,
    );
  }
  try {
    if (encrypted) unlock(db, options.passphrase!);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.checked) {
      // Once a day, a copy from before anything changes today.
      if (!isNew && dailyBackupDue(path)) writeBackup(db, path, 'daily');
      migrate(db, path, isNew ? 0 : (db.pragma('user_version', { simple: true }) as number), migrations, now);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  const statements = new Map<string, Database.Statement>();
  return {
    path,
    db,
    encrypted,
    statement<P extends unknown[] | object, R>(sql: string) {
      let prepared = statements.get(sql);
      if (!prepared) statements.set(sql, (prepared = db.prepare(sql)));
      return prepared as unknown as Database.Statement<P, R>;
    },
    // A user's action takes the write lock as it begins: begun as a read, it would be refused at its
    // first write whenever the worker's reader had kept hub figures since (SQLITE_BUSY_SNAPSHOT, no wait).
    transaction: options.checked
      ? (action) => db.transaction(action)()
      : (action) => db.transaction(action).immediate(),
    now,
    newId: options.newId ?? randomUUID,
    close: () => db.close(),
  };
}
