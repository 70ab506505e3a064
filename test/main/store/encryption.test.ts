import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { createHandlers } from '../../../src-main/services/handlers';
import { openSession } from '../../../src-main/services/session';
import { listBackups, writeBackup } from '../../../src-main/store/backup';
import { fileKind } from '../../../src-main/store/cipher';
import { WorkspaceOpenError } from '../../../src-main/store/errors';
import { changePassphrase } from '../../../src-main/store/passphrase';
import { checkWorkspace, restoreWorkspace } from '../../../src-main/store/restore';
import { openStore, type OpenOptions } from '../../../src-main/store/store';
import { caller, sampleWorkGroup, tempFolder } from '../../support/workspace';

// Every test here works on real workspace files and reads their bytes: "encrypted" means the words
// put in cannot be found in the file, not that a flag says so.

const MARKER = 'Quokka reasoning marker';
const PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'a new one, with £ and "quotes" in it';

/** The file's bytes show the marker (in any case, as the search index keeps words in lower case). */
const showsMarker = (path: string) => readFileSync(path).toString('latin1').toLowerCase().includes('quokka');

/** A plain workspace holding one Work Group named with the marker, closed. */
function plainWorkspace(options: OpenOptions = {}): string {
  const path = join(tempFolder(), 'team.wgdb');
  const store = openStore(path, options);
  caller(createHandlers(store))('workGroup.create', { ...sampleWorkGroup, name: MARKER });
  store.close();
  return path;
}

/**
 * A workspace given a passphrase after a backup of it was copied away (as onto a USB stick, outside
 * the backups folder, so the passphrase change leaves the copy plain).
 */
function encryptedAfterABackup() {
  const path = plainWorkspace();
  const plain = openStore(path);
  const old = join(tempFolder(), 'before-the-passphrase.wgdb');
  copyFileSync(writeBackup(plain.db, path, 'manual'), old);
  plain.close();
  changePassphrase(path, undefined, PASSPHRASE);
  return { path, old };
}

const groupNames = (path: string, options: OpenOptions) => {
  const store = openStore(path, options);
  try {
    return caller(createHandlers(store))('workGroup.list', {}).map((g) => g.name);
  } finally {
    store.close();
  }
};

/** Every file in the folder (and its backups folder) with a digest of its bytes. */
const snapshot = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return `${path} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
    });

/** What openStore refuses with, and proof that the folder is byte for byte as it was. */
function refusal(path: string, options: OpenOptions): string {
  const folder = join(path, '..');
  const before = snapshot(folder);
  let reason = '';
  try {
    openStore(path, options).close();
  } catch (error) {
    expect(error).toBeInstanceOf(WorkspaceOpenError);
    expect((error as Error).message).toMatch(/The file has not been changed\.$/);
    reason = (error as WorkspaceOpenError).reason;
  }
  expect(snapshot(folder)).toEqual(before);
  return reason;
}

// Each opening of an encrypted file draws its key from the passphrase, slowly on purpose (PBKDF2).
describe('encryption at rest', { timeout: 120_000 }, () => {
  it('encrypts a workspace so none of its words can be read from the file, and opens it with the passphrase', () => {
    const path = plainWorkspace();
    expect(showsMarker(path)).toBe(true);

    changePassphrase(path, undefined, PASSPHRASE);

    expect(showsMarker(path)).toBe(false);
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(fileKind(path)).toBe('encrypted');
    expect(groupNames(path, { passphrase: PASSPHRASE })).toEqual([MARKER]);
    const store = openStore(path, { passphrase: PASSPHRASE });
    expect(store.encrypted).toBe(true);
    store.close();
    expect(showsMarker(path)).toBe(false); // and writing to it (a WAL checkpoint on close) keeps it so
  });

  it('refuses an encrypted workspace without its passphrase or with a wrong one, changing nothing', () => {
    const path = plainWorkspace();
    changePassphrase(path, undefined, PASSPHRASE);

    expect(refusal(path, {})).toBe('passphrase_needed');
    expect(refusal(path, { passphrase: 'correct horse battery stapler' })).toBe('wrong_passphrase');
    expect(refusal(path, { passphrase: PASSPHRASE.toUpperCase() })).toBe('wrong_passphrase');
    expect(groupNames(path, { passphrase: PASSPHRASE })).toEqual([MARKER]);
  });

  it('changes and removes the passphrase: only the current one opens it, and without one it is plain again', () => {
    const path = plainWorkspace();
    changePassphrase(path, undefined, PASSPHRASE);

    changePassphrase(path, PASSPHRASE, NEW_PASSPHRASE);
    expect(refusal(path, { passphrase: PASSPHRASE })).toBe('wrong_passphrase');
    expect(groupNames(path, { passphrase: NEW_PASSPHRASE })).toEqual([MARKER]);
    expect(showsMarker(path)).toBe(false);

    changePassphrase(path, NEW_PASSPHRASE, undefined);
    expect(fileKind(path)).toBe('plain');
    expect(showsMarker(path)).toBe(true);
    expect(groupNames(path, {})).toEqual([MARKER]);
    expect(checkWorkspace(path)).toEqual({ healthy: true, problems: [], encrypted: false });
  });

  it('refuses a wrong current passphrase and a short new one, changing nothing', () => {
    const path = plainWorkspace();
    expect(() => changePassphrase(path, undefined, 'short')).toThrow(/at least 8 characters.*Nothing has been changed/);
    expect(fileKind(path)).toBe('plain');
    changePassphrase(path, undefined, PASSPHRASE);
    const bytes = readFileSync(path);
    expect(() => changePassphrase(path, 'not the passphrase', NEW_PASSPHRASE)).toThrow(/does not open/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('will not change the passphrase while the workspace is open elsewhere', () => {
    const path = plainWorkspace();
    const open = openStore(path);
    try {
      expect(() => changePassphrase(path, undefined, PASSPHRASE)).toThrow(/is open in Work Group Evaluator/);
    } finally {
      open.close();
    }
    expect(fileKind(path)).toBe('plain');
    expect(readdirSync(join(path, '..')).filter((name) => name.includes('rekeying'))).toEqual([]);
  });

  it('encrypts a new workspace from the start when it is created with a passphrase', () => {
    const path = plainWorkspace({ passphrase: PASSPHRASE });
    expect(showsMarker(path)).toBe(false);
    expect(groupNames(path, { passphrase: PASSPHRASE })).toEqual([MARKER]);
    expect(() => openStore(join(tempFolder(), 'new.wgdb'), { passphrase: 'short' })).toThrow(/at least 8 characters/);
  });

  it('keeps the backups under the same passphrase as the workspace: the old ones are re-keyed, new ones are made so', () => {
    const path = plainWorkspace();
    const plain = openStore(path);
    const before = writeBackup(plain.db, path, 'manual');
    plain.close();
    expect(showsMarker(before)).toBe(true);
    const backups = listBackups(path).length; // with the day's first backup, taken when it was opened

    expect(changePassphrase(path, undefined, PASSPHRASE)).toEqual({ backupsChanged: backups, backupsLeft: [] });
    expect(listBackups(path).filter((b) => showsMarker(b.path))).toEqual([]);
    expect(showsMarker(before)).toBe(false);
    expect(refusal(before, {})).toBe('passphrase_needed');
    expect(groupNames(before, { passphrase: PASSPHRASE })).toEqual([MARKER]);

    const encrypted = openStore(path, { passphrase: PASSPHRASE });
    const after = writeBackup(encrypted.db, path, 'manual');
    encrypted.close();
    expect(showsMarker(after)).toBe(false);
    expect(refusal(after, {})).toBe('passphrase_needed');
    expect(refusal(after, { passphrase: NEW_PASSPHRASE })).toBe('wrong_passphrase');
    expect(groupNames(after, { passphrase: PASSPHRASE })).toEqual([MARKER]);

    // A backup under some other passphrase is left as it was, and said so.
    const stranger = join(join(path, '..'), 'team.wgdb.backups', '2020-01-01T00-00-00-000Z.manual.wgdb');
    copyFileSync(after, stranger);
    changePassphrase(stranger, PASSPHRASE, 'a passphrase nobody here knows');
    const change = changePassphrase(path, PASSPHRASE, NEW_PASSPHRASE);
    expect(change).toEqual({ backupsChanged: backups + 1, backupsLeft: [stranger] });
    expect(groupNames(after, { passphrase: NEW_PASSPHRASE })).toEqual([MARKER]);
    expect(groupNames(stranger, { passphrase: 'a passphrase nobody here knows' })).toEqual([MARKER]);
  });

  it('restores and checks an encrypted workspace with its passphrase, and refuses without it', async () => {
    const path = plainWorkspace({ passphrase: PASSPHRASE });
    const store = openStore(path, { passphrase: PASSPHRASE });
    const backup = writeBackup(store.db, path, 'manual');
    caller(createHandlers(store))('workGroup.create', { ...sampleWorkGroup, code: 'TRG-2025-02' });
    store.close();

    expect(() => restoreWorkspace(path, backup)).toThrow(/protected by a passphrase/);
    expect(() => checkWorkspace(path)).toThrow(/protected by a passphrase/);
    expect(checkWorkspace(path, { passphrase: PASSPHRASE })).toEqual({ healthy: true, problems: [], encrypted: true });

    restoreWorkspace(path, backup, { passphrase: PASSPHRASE });
    expect(groupNames(path, { passphrase: PASSPHRASE })).toEqual([MARKER]);
    const keptAs = listBackups(path).find((b) => b.reason === 'before-restore')!;
    expect(showsMarker(keptAs.path)).toBe(false);

    // The app's doors hold the workspace in a session, which restores with the same passphrase.
    const session = openSession(path, { passphrase: PASSPHRASE });
    try {
      await session.restore(keptAs.path);
      expect(caller(session.handlers)('workGroup.list', {}).map((g) => g.code)).toEqual(['TRG-2025-01', 'TRG-2025-02']);
    } finally {
      session.close();
    }
    expect(showsMarker(path)).toBe(false);
  });

  it('encrypts a backup from before the passphrase as it is restored: the workspace stays unreadable without it', async () => {
    const { path, old } = encryptedAfterABackup();
    expect(showsMarker(old)).toBe(true);

    restoreWorkspace(path, old, { passphrase: PASSPHRASE });
    expect(showsMarker(path)).toBe(false);
    expect(fileKind(path)).toBe('encrypted');
    expect(refusal(path, {})).toBe('passphrase_needed');
    expect(groupNames(path, { passphrase: PASSPHRASE })).toEqual([MARKER]);
    expect(listBackups(path).filter((b) => showsMarker(b.path))).toEqual([]);

    // The app's doors restore through the session, with the workspace's passphrase.
    const session = openSession(path, { passphrase: PASSPHRASE });
    try {
      await session.restore(old);
    } finally {
      session.close();
    }
    expect(showsMarker(path)).toBe(false);
    expect(groupNames(path, { passphrase: PASSPHRASE })).toEqual([MARKER]);
  });

  it('refuses to restore into an encrypted workspace without its passphrase, rather than setting it aside', () => {
    const { path, old: outside } = encryptedAfterABackup();
    const folder = join(path, '..');
    const files = snapshot(folder);

    expect(() => restoreWorkspace(path, outside)).toThrow(/protected by a passphrase/);
    expect(snapshot(folder)).toEqual(files);
    expect(fileKind(path)).toBe('encrypted');
  });

  it('keeps the file encrypted through a merge and an erasure, each of which rewrites it', async () => {
    const path = plainWorkspace({ passphrase: PASSPHRASE });
    const store = openStore(path, { passphrase: PASSPHRASE });
    const handlers = createHandlers(store);
    try {
      // A bundle from a plain workspace elsewhere, carrying the marker in.
      const source = openStore(join(tempFolder(), 'elsewhere.wgdb'));
      const sourceCall = caller(createHandlers(source));
      const group = sourceCall('workGroup.create', { ...sampleWorkGroup, code: 'TRG-2025-03', name: `${MARKER} too` });
      const bundle = await dispatchAsync(createHandlers(source), 'bundle.export', { workGroupId: group.id });
      source.close();
      expect(bundle.ok).toBe(true);
      const merged = await dispatchAsync(handlers, 'bundle.import', {
        dataBase64: (bundle as { result: { dataBase64: string } }).result.dataBase64,
      });
      expect(merged).toMatchObject({ ok: true, result: { totals: { added: expect.any(Number) } } });
      expect(showsMarker(path)).toBe(false);
      expect(listBackups(path).filter((b) => showsMarker(b.path))).toEqual([]);

      // Erasing rebuilds the whole file so that erased words are nowhere in it: it is rebuilt encrypted.
      const call = caller(handlers);
      const other = call('workGroup.create', { ...sampleWorkGroup, code: 'TRG-2025-04', name: 'To be erased' });
      call('workGroup.delete', { id: other.id });
      expect(call('trash.erase', { everything: true }).erased).toBeGreaterThan(0);
    } finally {
      store.close();
    }
    expect(showsMarker(path)).toBe(false);
    expect(fileKind(path)).toBe('encrypted');
    expect(groupNames(path, { passphrase: PASSPHRASE }).sort()).toEqual([MARKER, `${MARKER} too`].sort());
  });

  it('opens locked in the app without its passphrase: everything is refused until the right one unlocks it', async () => {
    const path = plainWorkspace();
    changePassphrase(path, undefined, PASSPHRASE);
    // The command line and other callers still refuse at once.
    expect(() => openSession(path)).toThrow(WorkspaceOpenError);

    const session = openSession(path, {}, { askForPassphrase: true });
    try {
      const call = (method: string, input: unknown) => dispatchAsync(session.handlers, method, input);
      expect(await call('workspace.status', {})).toEqual({ ok: true, result: { locked: true, name: 'team.wgdb' } });
      const refused = await call('workGroup.list', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(!refused.ok && refused.error.message).toMatch(/protected by a passphrase: enter it/);

      const wrong = await call('workspace.unlock', { passphrase: 'not the passphrase' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ field: 'passphrase' }] } });
      expect(!wrong.ok && wrong.error.message).toMatch(/does not open/);
      expect(await call('workspace.status', {})).toMatchObject({ result: { locked: true } });

      expect(await call('workspace.unlock', { passphrase: PASSPHRASE })).toMatchObject({ result: { locked: false } });
      expect(await call('workGroup.list', {})).toMatchObject({ ok: true, result: [{ name: MARKER }] });
      // A restore afterwards reopens it with the same passphrase.
      const backup = await call('backup.create', {});
      const restored = await call('backup.restore', {
        fileName: (backup as { result: { fileName: string } }).result.fileName,
      });
      expect(restored.ok).toBe(true);
      expect(await call('workGroup.list', {})).toMatchObject({ ok: true, result: [{ name: MARKER }] });
    } finally {
      session.close();
    }
    expect(showsMarker(path)).toBe(false);
  });
});
