import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsFolder, listBackups } from '../../../src-main/store/backup';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { asyncCaller, dumpEverything } from '../exchange/support';
import { PRIMARY_MASTERY_PROJECT_ID, sampleWorkGroup, tempWorkspace } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';
import { tempSession } from './session';

const group = (code: string) => ({ ...sampleWorkGroup, code, projectId: PRIMARY_MASTERY_PROJECT_ID });

describe('backups through the contract', () => {
  it('lists the backups beside the workspace, newest first, and takes one on request', () => {
    const { path, call } = tempWorkspace();
    expect(call('backup.list', {})).toEqual({ folder: backupsFolder(path), backups: [] });
    const first = call('backup.create', {});
    const second = call('backup.create', {});
    expect(first).toMatchObject({ reason: 'manual' });
    expect(first.bytes).toBeGreaterThan(0);
    expect(call('backup.list', {}).backups.map((b) => b.fileName)).toEqual([second.fileName, first.fileName]);
    expect(listBackups(path).map((b) => b.fileName)).toEqual([second.fileName, first.fileName]);
  });

  it('keeps as many backups as the workspace setting says', () => {
    const { call } = tempWorkspace();
    expect(call('settings.get', {})).toEqual({ backupsKept: 20, focusChildRetentionYears: 3, hubName: '' });
    expect(call('settings.set', { backupsKept: 2 })).toEqual({
      backupsKept: 2,
      focusChildRetentionYears: 3,
      hubName: '',
    });
    for (let i = 0; i < 4; i++) call('backup.create', {});
    expect(call('backup.list', {}).backups).toHaveLength(2);
  });

  it('refuses bad settings with a message naming the field, and writes nothing', () => {
    const { attempt, call, store } = tempWorkspace();
    call('settings.set', { focusChildRetentionYears: 6 });
    const before = dumpEverything(store);
    for (const bad of [
      { backupsKept: 0 },
      { backupsKept: 501 },
      { backupsKept: 2.5 },
      { backupsKept: '10' },
      { focusChildRetentionYears: 0 },
      { focusChildRetentionYears: 26 },
      { backupsKept: 10, surprise: true },
    ]) {
      const reply = attempt('settings.set', bad);
      expect(reply.ok, JSON.stringify(bad)).toBe(false);
      if (!reply.ok) {
        expect(reply.error.code).toBe('invalid_input');
        expect(reply.error.message).not.toBe('');
      }
    }
    const reply = attempt('settings.set', { backupsKept: 0 });
    expect(!reply.ok && reply.error.fields[0]).toMatchObject({
      field: 'backupsKept',
      message: 'The number of backups to keep must be from 1 to 500.',
    });
    expect(dumpEverything(store)).toEqual(before);
    expect(call('settings.get', {})).toEqual({ backupsKept: 20, focusChildRetentionYears: 6, hubName: '' });
  });

  it('restores a backup while the workspace is open: the same handlers then show the restored data', async () => {
    const { path, call, callAsync } = tempSession();
    call('workGroup.create', group('TRG-BEFORE'));
    const backup = call('backup.create', {});
    call('workGroup.create', group('TRG-AFTER'));
    call('settings.set', { backupsKept: 7 });
    expect(call('workGroup.list', {}).map((g) => g.code)).toEqual(['TRG-AFTER', 'TRG-BEFORE'].sort());

    const done = await callAsync('backup.restore', { fileName: backup.fileName });
    expect(done.restored).toEqual(backup);
    expect(done.keptAs).toMatchObject({ reason: 'before-restore' });
    expect(call('workGroup.list', {}).map((g) => g.code)).toEqual(['TRG-BEFORE']);
    // The Lead's settings for keeping things are today's, not the backup's.
    expect(call('settings.get', {}).backupsKept).toBe(7);
    // The workspace keeps working: a change after the restore lands in the restored file.
    call('workGroup.create', group('TRG-NEXT'));
    expect(call('workGroup.list', {}).map((g) => g.code)).toEqual(['TRG-BEFORE', 'TRG-NEXT']);

    // What was replaced can be brought back the same way.
    await callAsync('backup.restore', { fileName: done.keptAs!.fileName });
    expect(call('workGroup.list', {}).map((g) => g.code)).toEqual(['TRG-AFTER', 'TRG-BEFORE']);
    expect(listBackups(path).filter((b) => b.reason === 'before-restore')).toHaveLength(2);
  });

  it('waits for a call under way before replacing the workspace under it', async () => {
    const other = tempWorkspace();
    const away = recordSmallYear(other.call, 'TRG-AWAY');
    const bundle = await asyncCaller(other.handlers)('bundle.export', {
      workGroupId: away.workGroup.id,
      allowFlagged: true,
    });
    const { path, call, callAsync } = tempSession();
    call('workGroup.create', group('TRG-HOME'));
    const backup = call('backup.create', {});

    // The import reads the bundle before it touches the workspace; the restore must not close it meanwhile.
    const importing = callAsync('bundle.import', { dataBase64: bundle.dataBase64 });
    const restoring = callAsync('backup.restore', { fileName: backup.fileName });
    expect((await importing).totals.added).toBeGreaterThan(0);
    await restoring;
    expect(call('workGroup.list', {}).map((g) => g.code)).toEqual(['TRG-HOME']);
    expect(listBackups(path).some((b) => b.reason === 'before-merge')).toBe(true);
  });

  it('restores the oldest backup even when the backup taken first would rotate it away', async () => {
    const { call, callAsync } = tempSession();
    call('settings.set', { backupsKept: 2 });
    call('workGroup.create', group('TRG-OLDEST'));
    const oldest = call('backup.create', {});
    call('workGroup.create', group('TRG-NEWER'));
    call('backup.create', {});
    await callAsync('backup.restore', { fileName: oldest.fileName });
    expect(call('workGroup.list', {}).map((g) => g.code)).toEqual(['TRG-OLDEST']);
    expect(call('backup.list', {}).backups).toHaveLength(2);
  });

  it('refuses an unknown, damaged or badly named backup, leaving the workspace as it was and open', async () => {
    const { path, session, call, attempt } = tempSession();
    call('workGroup.create', group('TRG-KEPT'));
    call('backup.create', {});
    const damaged = '2020-01-01T00-00-00-000Z.manual.wgdb';
    writeFileSync(join(backupsFolder(path), damaged), 'SQLite format 3\0 but nothing more');
    const before = dumpEverything(session.store);
    const backups = listBackups(path).length;

    const unknown = await attempt('backup.restore', { fileName: '2019-01-01T00-00-00-000Z.manual.wgdb' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const broken = await attempt('backup.restore', { fileName: damaged });
    expect(broken).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!broken.ok && broken.error.message).toMatch(/damaged.*Choose another backup\.$/);
    for (const fileName of ['../workspace.wgdb', '/etc/passwd', 'x'.repeat(200) + '.wgdb', 42]) {
      expect(await attempt('backup.restore', { fileName })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'Choose a backup from the list.' },
      });
    }
    expect(await attempt('backup.create', { surprise: true })).toMatchObject({ ok: false });
    expect(await attempt('backup.list', null)).toMatchObject({ ok: false });

    expect(dumpEverything(session.store)).toEqual(before);
    expect(listBackups(path)).toHaveLength(backups);
    expect(call('workGroup.list', {}).map((g) => g.code)).toEqual(['TRG-KEPT']);
  });

  it('leaves restoring to "wge restore" where the workspace is not held open by the app', async () => {
    const { call, handlers, store } = tempWorkspace();
    const backup = call('backup.create', {});
    const before = dumpEverything(store);
    expect(await dispatchAsync(handlers, 'backup.restore', { fileName: backup.fileName })).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('wge restore') },
    });
    expect(dumpEverything(store)).toEqual(before);
  });
});
