import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../support/workspace';
import { addWorkGroup, wge } from '../support/cli';
import { removeWorkerBuild, workerBuild } from '../support/worker';

afterAll(() => removeWorkerBuild());

const showsMarker = (path: string) => readFileSync(path).toString('latin1').toLowerCase().includes('quokka');

/** A workspace with one Work Group, and files holding passphrases (as a text editor saves them, newline and all). */
async function setUp() {
  const folder = tempFolder();
  const db = join(folder, 'team.wgdb');
  expect((await addWorkGroup(db, 'TRG-A', { name: 'Quokka reasoning in Year 2' })).code).toBe(0);
  const file = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  };
  return {
    folder,
    db,
    first: file('first.txt', 'correct horse battery staple\n'),
    second: file('second.txt', 'purple elephants dance at noon\r\n'),
    wrong: file('wrong.txt', 'not the passphrase at all\n'),
  };
}

const names = async (db: string, ...passphrase: string[]) => {
  const listed = await wge('workgroup', 'list', '--db', db, ...passphrase, '--json');
  expect(listed.err).toEqual([]);
  return (JSON.parse(listed.out) as { name: string }[]).map((g) => g.name);
};

describe('wge passphrase and --passphrase-file', { timeout: 120_000 }, () => {
  it('sets, uses, changes and removes a passphrase, always read from a file or the environment', async () => {
    const { db, first, second, wrong } = await setUp();

    const set = await wge('passphrase', 'set', '--db', db, '--new-passphrase-file', first);
    expect(set).toMatchObject({ code: 0, err: [] });
    expect(set.out).toMatch(/is now protected by a passphrase.*Keep the passphrase somewhere safe/);
    expect(showsMarker(db)).toBe(false);

    const locked = await wge('workgroup', 'list', '--db', db);
    expect(locked.code).toBe(1);
    expect(locked.err[0]).toMatch(/protected by a passphrase.*--passphrase-file FILE or the WGE_PASSPHRASE/);
    const refused = await wge('workgroup', 'list', '--db', db, '--passphrase-file', wrong);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(/That passphrase does not open "team.wgdb"/);
    expect(await names(db, '--passphrase-file', first)).toEqual(['Quokka reasoning in Year 2']);
    vi.stubEnv('WGE_PASSPHRASE', 'correct horse battery staple');
    try {
      expect(await names(db)).toEqual(['Quokka reasoning in Year 2']);
    } finally {
      vi.unstubAllEnvs();
    }

    expect((await wge('passphrase', 'set', '--db', db, '--new-passphrase-file', second)).err[0]).toMatch(
      /already has a passphrase.*wge passphrase change/,
    );
    const changed = await wge(
      'passphrase',
      'change',
      '--db',
      db,
      '--passphrase-file',
      first,
      '--new-passphrase-file',
      second,
    );
    expect(changed).toMatchObject({ code: 0, err: [] });
    expect(changed.out).toMatch(/has been changed, and so (has its backup|have its \d+ backups)\.$/);
    expect((await wge('workgroup', 'list', '--db', db, '--passphrase-file', first)).code).toBe(1);
    expect(await names(db, '--passphrase-file', second)).toEqual(['Quokka reasoning in Year 2']);

    const removed = await wge('passphrase', 'remove', '--db', db, '--passphrase-file', second);
    expect(removed).toMatchObject({ code: 0, err: [] });
    expect(removed.out).toMatch(/no longer has a passphrase/);
    expect(showsMarker(db)).toBe(true);
    expect(await names(db)).toEqual(['Quokka reasoning in Year 2']);
    expect((await wge('passphrase', 'remove', '--db', db, '--passphrase-file', second)).err[0]).toMatch(
      /has no passphrase to remove/,
    );
  });

  it('never takes a passphrase as a plain argument, and refuses an empty passphrase file', async () => {
    const { db, folder } = await setUp();
    const plain = await wge('passphrase', 'set', '--db', db, '--new-passphrase', 'correct horse battery staple');
    expect(plain.code).toBe(2);
    writeFileSync(join(folder, 'empty.txt'), '\n');
    const empty = await wge('passphrase', 'set', '--db', db, '--new-passphrase-file', join(folder, 'empty.txt'));
    expect(empty).toMatchObject({ code: 2, err: [expect.stringMatching(/is empty/)] });
    const none = await wge('passphrase', 'set', '--db', db);
    expect(none).toMatchObject({ code: 2, err: [expect.stringMatching(/--new-passphrase-file FILE or the WGE_NEW/)] });
    expect(showsMarker(db)).toBe(true);
  });

  it('backs up, checks and restores an encrypted workspace with its passphrase; the copy is encrypted too', async () => {
    const { folder, db, first } = await setUp();
    await wge('passphrase', 'set', '--db', db, '--new-passphrase-file', first);
    const copy = join(folder, 'copy.wgdb');

    expect((await wge('backup', '--db', db, '--out', copy)).code).toBe(1);
    expect(await wge('backup', '--db', db, '--out', copy, '--passphrase-file', first)).toMatchObject({ code: 0 });
    expect(showsMarker(copy)).toBe(false);
    expect((await wge('check', '--db', copy)).err[0]).toMatch(/protected by a passphrase/);
    expect((await wge('check', '--db', copy, '--passphrase-file', first)).out).toMatch(
      /^The workspace is healthy and protected by a passphrase\./,
    );
    const restored = await wge('restore', '--db', db, copy, '--passphrase-file', first);
    expect(restored).toMatchObject({ code: 0, err: [] });
    expect(await names(db, '--passphrase-file', first)).toEqual(['Quokka reasoning in Year 2']);
  });

  it('opens an encrypted workspace in browser mode with the passphrase given the same way (without it, the page asks: see e2e unlock)', async () => {
    const { db, first } = await setUp();
    await wge('passphrase', 'set', '--db', db, '--new-passphrase-file', first);

    vi.stubEnv('WGE_WORKER_FILE', await workerBuild());
    const before = new Set(process.listeners('SIGINT'));
    const served = await wge('serve', '--db', db, '--port', '0', '--passphrase-file', first);
    const stop = process.listeners('SIGINT').find((listener) => !before.has(listener))!;
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
    expect(served).toMatchObject({ code: 0, err: [] });
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(served.out)![0];
    expect((await fetch(new URL('/api/workGroup.list', url), { method: 'POST', body: '{}' })).status).toBe(401);
    stop('SIGINT');
    await vi.waitFor(() => expect(fetch(url)).rejects.toThrow(), { timeout: 5000 });
  });
});
