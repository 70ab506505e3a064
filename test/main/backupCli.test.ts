import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, saveSettings } from '../../src-main/services/settings';
import { listBackups } from '../../src-main/store/backup';
import { openStore } from '../../src-main/store/store';
import { tempFolder } from '../support/workspace';
import { addWorkGroup, wge } from '../support/cli';

const codes = async (db: string) =>
  (JSON.parse((await wge('workgroup', 'list', '--db', db, '--json')).out) as { code: string }[]).map((g) => g.code);

describe('wge backup, restore and check', () => {
  it('backs up, restores the backup after later changes, and keeps what was replaced', async () => {
    const folder = tempFolder();
    const db = join(folder, 'team.wgdb');
    const copy = join(folder, 'copy.wgdb');
    await addWorkGroup(db, 'TRG-A');
    expect(await wge('backup', '--db', db, '--out', copy)).toMatchObject({ code: 0 });
    await addWorkGroup(db, 'TRG-B');
    expect(await codes(db)).toEqual(['TRG-A', 'TRG-B']);

    const restored = await wge('restore', '--db', db, copy);
    expect(restored.code).toBe(0);
    expect(await codes(db)).toEqual(['TRG-A']);
    const before = listBackups(db).find((b) => b.reason === 'before-restore');
    expect(before).toBeDefined();
    expect(restored.out).toContain(before!.path);
    expect((await wge('check', '--db', db)).out).toMatch(/healthy/);
  });

  it('keeps the settings for keeping things as the Lead last set them, not as the backup had them', async () => {
    const folder = tempFolder();
    const db = join(folder, 'team.wgdb');
    const copy = join(folder, 'copy.wgdb');
    await addWorkGroup(db, 'TRG-A');
    expect(await wge('backup', '--db', db, '--out', copy)).toMatchObject({ code: 0 });
    const settingsOf = (change?: Parameters<typeof saveSettings>[1]) => {
      const store = openStore(db);
      try {
        return change ? saveSettings(store, change) : readSettings(store);
      } finally {
        store.close();
      }
    };
    settingsOf({ backupsKept: 3, focusChildRetentionYears: 7 });
    expect((await wge('restore', '--db', db, copy)).code).toBe(0);
    expect(settingsOf()).toEqual({ backupsKept: 3, focusChildRetentionYears: 7, hubName: '' });
  });

  it('refuses to restore something that is not a workspace, changing nothing', async () => {
    const folder = tempFolder();
    const db = join(folder, 'team.wgdb');
    await addWorkGroup(db, 'TRG-A');
    const notes = join(folder, 'notes.txt');
    writeFileSync(notes, 'not a workspace');
    const bytes = readFileSync(db);
    const refused = await wge('restore', '--db', db, notes);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(/not a Work Group Evaluator workspace/);
    expect(readFileSync(db).equals(bytes)).toBe(true);
    expect((await wge('restore', '--db', db)).code).toBe(2);
  });

  it('says plainly when a workspace is damaged and names the backup to restore', async () => {
    const folder = tempFolder();
    const db = join(folder, 'team.wgdb');
    for (const code of ['TRG-A', 'TRG-B', 'TRG-C']) await addWorkGroup(db, code);
    await wge('backup', '--db', db, '--out', join(folder, 'safe.wgdb'));
    const bytes = readFileSync(db);
    bytes.fill(0x5a, 4096, 4096 * 3);
    writeFileSync(db, bytes);
    const report = await wge('check', '--db', db);
    expect(report.code).toBe(1);
    expect(report.err[0]).toMatch(/damaged.*wge restore --db/);
  });
});
