import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { tempFolder, tempWorkspace } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';
import { dumpDomain } from './support';
import { addWorkGroup, wge } from '../../support/cli';

describe('wge bundle', () => {
  it('exports a Work Group to a file, previews the import with --dry-run, then imports it', async () => {
    const source = tempWorkspace();
    const year = recordSmallYear(source.call, 'TRG-CLI');
    source.store.close();
    const folder = tempFolder();
    const file = join(folder, 'trg-cli.wgbundle');
    const target = join(folder, 'target.wgdb');

    const exportOpen = ['bundle', 'export', '--db', source.path, '--work-group', 'trg-cli', '--out', file];
    // Without a passphrase, a bundle is written only when the user says it may go unencrypted.
    const asked = await wge(...exportOpen);
    expect(asked).toMatchObject({ code: 2, err: [expect.stringMatching(/^wge: Give the bundle passphrase/)] });
    expect(existsSync(file)).toBe(false);
    const exported = await wge(...exportOpen, '--unencrypted');
    expect(exported.err).toEqual([]);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/^The bundle is not encrypted: anyone who finds the file can read it\./);
    expect(existsSync(file)).toBe(true);

    // A dry run only reads: it needs a workspace to compare with, and never makes one.
    const nowhere = await wge('bundle', 'import', '--db', target, file, '--dry-run');
    expect(nowhere).toMatchObject({ code: 1, err: [expect.stringMatching(/^wge: There is no workspace at /)] });
    expect(existsSync(target)).toBe(false);
    expect((await addWorkGroup(target, 'TRG-HERE')).code).toBe(0);

    const dry = await wge('bundle', 'import', '--db', target, file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/^Warning: this bundle was not encrypted/);
    expect(dry.out).toMatch(/Importing would merge TRG-CLI/);
    expect(dry.out).toMatch(/journal_entry\s+1 added, 0 updated, 0 unchanged, 0 conflicts/);
    const listed = await wge('workgroup', 'list', '--db', target, '--json');
    expect(JSON.parse(listed.out).map((g: { code: string }) => g.code)).toEqual(['TRG-HERE']);

    const imported = await wge('bundle', 'import', '--db', target, file, '--json');
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.out) as { totals: { added: number }; backupPath: string };
    expect(summary.totals.added).toBeGreaterThan(10);
    expect(existsSync(summary.backupPath)).toBe(true);
    const again = await wge('bundle', 'import', '--db', target, file);
    expect(again.out).toMatch(/Nothing to change/);
    expect((await wge('workgroup', 'list', '--db', target, '--json')).out).toContain(year.workGroup.id);
  });

  it('encrypts with the passphrase from WGE_BUNDLE_PASSPHRASE or --bundle-passphrase-file, and opens only with it', async () => {
    const source = tempWorkspace();
    const year = recordSmallYear(source.call, 'TRG-SEAL');
    source.store.close();
    const folder = tempFolder();
    const file = join(folder, 'sealed.wgbundle');
    const target = join(folder, 'target.wgdb');
    const secretFile = join(folder, 'bundle-passphrase.txt');
    writeFileSync(secretFile, 'seven purple kites over Puddleby\n');

    process.env['WGE_BUNDLE_PASSPHRASE'] = 'seven purple kites over Puddleby';
    try {
      const exported = await wge('bundle', 'export', '--db', source.path, '--work-group', 'TRG-SEAL', '--out', file);
      expect(exported).toMatchObject({ code: 0, err: [] });
      expect(exported.out).not.toMatch(/not encrypted/);
      const both = await wge(
        'bundle',
        'export',
        '--db',
        source.path,
        '--work-group',
        'TRG-SEAL',
        '--out',
        file,
        '--unencrypted',
      );
      expect(both).toMatchObject({
        code: 2,
        err: ['wge: Give either a bundle passphrase or --unencrypted, not both.'],
      });
    } finally {
      delete process.env['WGE_BUNDLE_PASSPHRASE'];
    }
    expect(readFileSync(file).toString('utf8')).not.toContain('Ms Sample Teacher');

    const without = await wge('bundle', 'import', '--db', target, file);
    expect(without.code).toBe(1);
    expect(without.err[0]).toMatch(/because it is encrypted and no bundle passphrase was given/);
    expect(existsSync(target)).toBe(false);
    const wrongFile = join(folder, 'wrong.txt');
    writeFileSync(wrongFile, 'six purple kites over Puddleby\n');
    const wrong = await wge('bundle', 'import', '--db', target, file, '--bundle-passphrase-file', wrongFile);
    expect(wrong.code).toBe(1);
    expect(wrong.err[0]).toMatch(/because the bundle passphrase given does not open it/);
    expect(existsSync(target)).toBe(false);

    const imported = await wge('bundle', 'import', '--db', target, file, '--bundle-passphrase-file', secretFile);
    expect(imported.code).toBe(0);
    expect(imported.out).not.toMatch(/Warning/);
    expect(imported.out).toMatch(/^Merged TRG-SEAL/);
    expect((await wge('workgroup', 'list', '--db', target, '--json')).out).toContain(year.workGroup.id);
  }, 60_000);

  it('fails with exit 1 and one line on a broken bundle, and exit 2 on a wrong command line', async () => {
    const folder = tempFolder();
    const bad = join(folder, 'bad.wgbundle');
    writeFileSync(bad, 'not a bundle');
    const failed = await wge('bundle', 'import', '--db', join(folder, 'w.wgdb'), bad);
    expect(failed.code).toBe(1);
    expect(failed.err[0]).toMatch(
      /^wge: This bundle cannot be imported because it is not a Work Group Evaluator bundle/,
    );
    expect((await wge('bundle', 'import', '--db', join(folder, 'w.wgdb'))).code).toBe(2);
    expect((await wge('bundle', 'export', '--db', join(folder, 'w.wgdb'), '--work-group', 'X1')).code).toBe(2);
    expect((await wge('bundle', 'shuffle')).code).toBe(2);
  });

  it('refuses to export text that may identify a pupil unless the user accepts it', async () => {
    const { call, handlers } = tempWorkspace();
    const year = recordSmallYear(call);
    call('journalEntry.create', {
      participantId: year.participant.id,
      date: '2025-11-20',
      text: 'In the lesson Amelia explained why three fifths is bigger than three eighths.',
    });
    const refused = await dispatchAsync(handlers, 'bundle.export', { workGroupId: year.workGroup.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.message).toMatch(/may identify someone.*“Amelia” in Journal entry, 20\/11\/2025/);
    const accepted = await dispatchAsync(handlers, 'bundle.export', {
      workGroupId: year.workGroup.id,
      allowFlagged: true,
    });
    expect(accepted.ok).toBe(true);
    if (accepted.ok) {
      const findings = (accepted.result as { findings: { match: string }[] }).findings;
      expect(findings.map((f) => f.match)).toEqual(['Amelia']);
    }
  });

  it('a bundle of the small year, with its people and schools, has nothing flagged', async () => {
    const source = tempWorkspace();
    const year = recordSmallYear(source.call);
    const reply = await dispatchAsync(source.handlers, 'bundle.export', { workGroupId: year.workGroup.id });
    expect(reply.ok).toBe(true);
    const target = tempWorkspace();
    if (reply.ok) {
      const data = (reply.result as { dataBase64: string }).dataBase64;
      await dispatchAsync(target.handlers, 'bundle.import', { dataBase64: data });
      expect(dumpDomain(target.store).work_group).toEqual(dumpDomain(source.store).work_group);
    }
  });
});
