import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../../src-main/exchange/bundleCipher';
import { tempFolder, tempWorkspace } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';
import { wge } from '../../support/cli';

// The teacher's side from a terminal, and the bundle passphrase kept once per (encrypted) workspace.

const BUNDLE_SECRET = 'seven purple kites over Puddleby';

describe('wge bundle for a teacher’s own workspace', () => {
  it('starts it from a pack, sends updates back, and keeps the bundle passphrase only while encrypted', async () => {
    const lead = tempWorkspace();
    const year = recordSmallYear(lead.call, 'TRG-PACK');
    lead.store.close();
    const folder = tempFolder();
    const file = (name: string, text: string) => {
      writeFileSync(join(folder, name), `${text}\n`);
      return join(folder, name);
    };
    const workspaceSecret = file('workspace.txt', 'a lantern by the canal');
    const bundleSecret = file('bundle.txt', BUNDLE_SECRET);
    const teacherDb = join(folder, 'teacher.wgdb');
    const pack = join(folder, 'pack.wgbundle');
    const updates = join(folder, 'updates.wgbundle');
    const asLead = ['--db', lead.path, '--passphrase-file', workspaceSecret];

    // A workspace without its own passphrase does not keep the bundle passphrase.
    expect(
      await wge('bundle', 'passphrase', '--db', lead.path, '--bundle-passphrase-file', bundleSecret),
    ).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/has no passphrase of its own.*Protect the workspace with a passphrase first/)],
    });
    expect((await wge('passphrase', 'set', '--db', lead.path, '--new-passphrase-file', workspaceSecret)).code).toBe(0);
    const kept = await wge('bundle', 'passphrase', ...asLead, '--bundle-passphrase-file', bundleSecret);
    expect(kept).toMatchObject({ code: 0, out: expect.stringMatching(/now keeps the bundle passphrase/) });

    // The pack is encrypted with the kept passphrase; a new workspace made from it is the teacher's.
    const listed = await wge('bundle', 'participants', ...asLead, '--work-group', 'TRG-PACK');
    expect(listed).toMatchObject({ code: 0, out: `${year.participant.id}  Ms Sample Teacher` });
    const exported = await wge(
      'bundle',
      'export',
      ...asLead,
      '--work-group',
      'TRG-PACK',
      '--participant',
      year.participant.id,
      '--out',
      pack,
    );
    expect(exported.code).toBe(0);
    expect(isSealed(readFileSync(pack))).toBe(true);
    const started = await wge('bundle', 'import', '--db', teacherDb, pack, '--bundle-passphrase-file', bundleSecret);
    expect(started.code).toBe(0);
    expect(started.out).toMatch(/\(a participant’s pack\), bundled on .* on a Lead’s computer:/);
    expect(started.out).toMatch(/This workspace is now that participant’s own/);

    // There, "export" with no Work Group sends this participant's updates; the Lead's kept passphrase opens them.
    const sent = await wge(
      'bundle',
      'export',
      '--db',
      teacherDb,
      '--out',
      updates,
      '--bundle-passphrase-file',
      bundleSecret,
    );
    expect(sent.code).toBe(0);
    const back = await wge('bundle', 'import', ...asLead, updates);
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/\(one participant’s updates\), bundled on .* on Ms Sample Teacher’s own computer:/);
    expect(back.out).toMatch(/Nothing to change/);

    // Another participant's bundle, or the whole group's, is refused in the teacher's workspace.
    const otherGroup = await wge(
      ...['bundle', 'export', '--db', teacherDb, '--work-group', 'TRG-PACK', '--out', updates, '--unencrypted'],
      ...['--participant', '00000000-0000-4000-8000-000000000000'],
    );
    expect(otherGroup).toMatchObject({ code: 1, err: [expect.stringMatching(/Send my updates/)] });

    // Removing the workspace's passphrase forgets the kept one: its words are nowhere in the plain files.
    expect((await wge('passphrase', 'remove', ...asLead)).code).toBe(0);
    const plainFiles = [lead.path, ...readdirSync(`${lead.path}.backups`).map((f) => join(`${lead.path}.backups`, f))];
    for (const path of plainFiles) expect(readFileSync(path).includes(BUNDLE_SECRET), path).toBe(false);
    const asked = await wge('bundle', 'export', '--db', lead.path, '--work-group', 'TRG-PACK', '--out', pack);
    expect(asked).toMatchObject({ code: 2, err: [expect.stringMatching(/^wge: Give the bundle passphrase/)] });
  }, 120_000);
});
