import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync, statSync } from 'node:fs';

// Encryption at rest in SQLCipher 4's format (AES-256 pages, each with an HMAC-SHA512, the key drawn
// from the passphrase by PBKDF2 with 256,000 rounds), so an encrypted workspace also opens in other
// SQLCipher tools with its passphrase, and an altered page is caught rather than read.

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * What a file is, from its first bytes and its size, without opening it: a plain SQLite database,
 * possibly an encrypted one (SQLCipher leaves no readable header, and the file is whole pages), or
 * neither.
 */
export function fileKind(path: string): 'plain' | 'encrypted' | 'other' {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    if (buffer.toString('latin1', 0, read) === SQLITE_HEADER) return 'plain';
  } finally {
    closeSync(fd);
  }
  const size = statSync(path).size;
  return size >= 1024 && size % 512 === 0 ? 'encrypted' : 'other';
}

const useSqlCipher = (db: Database.Database) => {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
};

/** Gives a new connection the passphrase; it must come before anything reads the file. */
export function unlock(db: Database.Database, passphrase: string): void {
  useSqlCipher(db);
  db.key(Buffer.from(passphrase, 'utf8'));
}

/** The workspace_meta entry kept only while the file is encrypted: the group's bundle passphrase. */
export const KEPT_WHILE_ENCRYPTED = 'bundle_passphrase';

/** Wipes what is kept only while encrypted from a file about to be decrypted: its bytes zeroed, not just unlinked. */
function wipeKeptWhileEncrypted(db: Database.Database) {
  const meta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workspace_meta'").get();
  if (!meta) return;
  db.pragma('secure_delete = ON');
  db.prepare('DELETE FROM workspace_meta WHERE key = ?').run(KEPT_WHILE_ENCRYPTED);
}

/**
 * Encrypts, re-encrypts or decrypts a closed file in place (`undefined`: no passphrase). A failure
 * part-way can leave the file unreadable, so callers work on a copy and swap it in afterwards.
 */
export function rekeyFile(path: string, from: string | undefined, to: string | undefined, nativeBinding?: string) {
  const db = new Database(path, { fileMustExist: true, nativeBinding });
  try {
    if (from === undefined) useSqlCipher(db);
    else unlock(db, from);
    db.pragma('journal_mode = DELETE'); // SQLite3 Multiple Ciphers cannot rekey in WAL mode
    if (to === undefined && from !== undefined) wipeKeptWhileEncrypted(db);
    db.rekey(to === undefined ? Buffer.alloc(0) : Buffer.from(to, 'utf8'));
  } finally {
    db.close();
  }
}
