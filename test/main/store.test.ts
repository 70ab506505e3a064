import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { listBackups, writeBackup } from '../../src-main/store/backup';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src-main/store/migrations';
import { APPLICATION_ID, openStore } from '../../src-main/store/store';
import { WorkspaceOpenError } from '../../src-main/store/errors';
import { sampleWorkGroup, tempFolder, tempWorkspace } from '../support/workspace';

function refusal(path: string, reason: WorkspaceOpenError['reason'], options = {}) {
  const before = readFileSync(path);
  let caught: unknown;
  try {
    openStore(path, options).close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WorkspaceOpenError);
  expect((caught as WorkspaceOpenError).reason).toBe(reason);
  expect((caught as Error).message).toMatch(/has not been changed/);
  expect(readFileSync(path).equals(before)).toBe(true);
  return caught as WorkspaceOpenError;
}

describe('the store', () => {
  it('creates a workspace with WAL, foreign keys and its migrations recorded', () => {
    const { store } = tempWorkspace();
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const recorded = store.db.prepare('SELECT version, name FROM schema_migration ORDER BY version').all();
    expect(recorded).toEqual(migrations.map(({ version, name }) => ({ version, name })));
  });

  it('reopens a workspace with its data', () => {
    const { path, store, call } = tempWorkspace();
    call('workGroup.create', sampleWorkGroup);
    store.close();
    const again = openStore(path);
    expect(again.db.prepare('SELECT code FROM work_group').all()).toEqual([{ code: 'TRG-2025-01' }]);
    again.close();
  });

  it('refuses a file that is not a database, unchanged', () => {
    const path = join(tempFolder(), 'notes.wgdb');
    writeFileSync(path, 'Minutes of the autumn meeting\n'.repeat(50));
    refusal(path, 'not_a_workspace');
  });

  it("refuses another program's SQLite database, unchanged", () => {
    const path = join(tempFolder(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    other.close();
    refusal(path, 'not_a_workspace');
  });

  it('refuses a corrupt workspace, unchanged', () => {
    const { path, store, call } = tempWorkspace();
    for (let i = 0; i < 200; i++) call('workGroup.create', { ...sampleWorkGroup, code: `TRG-${i}` });
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize, pageSize * 3); // scribble over pages 2 and 3
    writeFileSync(path, bytes);
    expect(refusal(path, 'corrupt').message).toMatch(/damaged/);
  });

  it('refuses a workspace written by a newer version, unchanged', () => {
    const { path, store } = tempWorkspace();
    store.db.pragma('user_version = 999');
    store.db.pragma('journal_mode = DELETE');
    store.close();
    expect(refusal(path, 'newer_version').message).toMatch(/newer version/);
  });

  it('backs the workspace up beside itself before migrating it', () => {
    const { path, store, call } = tempWorkspace();
    call('workGroup.create', sampleWorkGroup);
    store.close();
    const next = [...migrations, { version: 99, name: '099-test-notes', sql: 'CREATE TABLE test_note (id TEXT)' }];
    const upgraded = openStore(path, { migrations: next });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(99);
    upgraded.close();

    const backups = listBackups(path).filter((b) => b.reason === 'before-migration');
    expect(backups).toHaveLength(1);
    const backup = new Database(backups[0]!.path, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(backup.prepare('SELECT code FROM work_group').all()).toEqual([{ code: 'TRG-2025-01' }]);
    backup.close();
  });

  it('keeps a daily backup, and only the newest backups', () => {
    const { path, store } = tempWorkspace();
    store.close();
    openStore(path).close();
    openStore(path).close();
    expect(listBackups(path).map((b) => b.reason)).toEqual(['daily']);
    const again = openStore(path);
    for (let i = 0; i < 5; i++) writeBackup(again.db, path, 'manual', 3);
    again.close();
    const kept = listBackups(path);
    expect(kept).toHaveLength(3);
    expect(kept.every((b) => b.reason === 'manual')).toBe(true);
    expect(new Set(kept.map((b) => b.fileName)).size).toBe(3);
  });

  it('rolls a failed migration back whole', () => {
    const { path, store } = tempWorkspace();
    store.close();
    const broken = [...migrations, { version: 99, name: '099-broken', sql: 'CREATE TABLE ok (x); NOT SQL' }];
    expect(() => openStore(path, { migrations: broken })).toThrow();
    const reopened = openStore(path);
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(reopened.db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok'").all()).toEqual([]);
    reopened.close();
    expect(existsSync(path)).toBe(true);
  });

  it("lands a user's action even when the worker's reader keeps hub figures between its first read and its first write", () => {
    const { path, store, call } = tempWorkspace();
    const group = call('workGroup.create', sampleWorkGroup);
    const reader = openStore(path, { checked: true });
    // The reader gives way at once rather than after the usual wait, as it does when keeping figures fails.
    reader.db.pragma('busy_timeout = 0');
    const keep = () =>
      reader.transaction(() =>
        reader.db
          .prepare(
            'INSERT OR REPLACE INTO hub_figures (work_group_id, version, as_of, engine, facts) VALUES (?, 1, ?, ?, ?)',
          )
          .run(group.id, '2026-12-05', 'test', '{}'),
      );
    let readerKept = true;
    store.transaction(() => {
      store.db.prepare('SELECT count(*) FROM work_group').get();
      try {
        keep();
      } catch (error) {
        readerKept = false;
        expect((error as { code: string }).code).toMatch(/^SQLITE_BUSY/);
      }
      store.db.prepare('UPDATE work_group SET name = ? WHERE id = ?').run('Renamed while the reader worked', group.id);
    });
    expect(readerKept).toBe(false);
    expect(store.db.prepare('SELECT name FROM work_group WHERE id = ?').pluck().get(group.id)).toBe(
      'Renamed while the reader worked',
    );
    // Once the action is over, the reader keeps its figures as before.
    keep();
    reader.close();
  });
});
