import type Database from 'better-sqlite3';
import { dirname, join, basename } from 'node:path';

/** Writes a consistent copy of the open workspace next to it, named for the moment and the reason. */
export function backupBeside(db: Database.Database, path: string, reason: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(path), `${basename(path)}.${stamp}.${reason}.bak`);
  // VACUUM INTO writes a consistent copy synchronously, so it can run inside opening and migrating.
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
