import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, dispatchAsync } from '../../../src-main/services/dispatch';
import { tempFolder } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';
import { wge } from '../../support/cli';
import { dumpEverything, machine, sharedClock } from './support';

// The shared-folder inbox, with real bundle files in a real folder: the Lead's pack goes into the folder,
// the teacher's workspace takes it from there and writes its updates back, and the Lead's inbox lists
// them (who sent them, what importing would merge) and imports the chosen one, once.

const GROUP_PASSPHRASE = 'seven purple kites over Puddleby';
const secret = { bundlePassphrase: GROUP_PASSPHRASE };

describe('the shared-folder inbox', () => {
  it('lists a bundle dropped into the folder, previews it and imports it once', async () => {
    const now = sharedClock();
    const folder = tempFolder();
    const lead = machine(now, 'lead-laptop');
    const year = recordSmallYear(lead.call);
    const groupId = year.workGroup.id;

    // A folder that is not there is refused in words; with none set, the inbox is empty.
    expect(dispatch(lead.handlers, 'inbox.setFolder', { folder: join(folder, 'missing') })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/There is no folder at .*missing. Type the full path/) },
    });
    expect(await lead.callAsync('inbox.list', {})).toEqual({ bundles: [] });
    expect(lead.call('inbox.setFolder', { folder })).toEqual({ folder });
    expect(lead.call('inbox.status', {})).toEqual({ folder });

    // Nothing goes into the folder open.
    const open = await dispatchAsync(lead.handlers, 'inbox.send', { workGroupId: groupId, allowFlagged: true });
    expect(open).toMatchObject({ ok: false, error: { message: expect.stringMatching(/always encrypted/) } });
    expect(readdirSync(folder)).toEqual([]);

    // The Lead writes the participant's pack into the folder; it is not in the Lead's own inbox.
    const pack = await lead.callAsync('inbox.send', {
      workGroupId: groupId,
      participantId: year.participant.id,
      allowFlagged: true,
      ...secret,
    });
    expect(readdirSync(folder)).toEqual([pack.fileName]);
    expect((await lead.callAsync('inbox.list', secret)).bundles).toEqual([]);

    // The teacher's new workspace, pointed at the same folder, lists the pack: before the passphrase,
    // with what needs doing; with it, with what importing would merge.
    const teacher = machine(now, 'teacher-laptop');
    teacher.call('inbox.setFolder', { folder });
    const locked = await teacher.callAsync('inbox.list', {});
    expect(locked.bundles).toEqual([
      expect.objectContaining({
        fileName: pack.fileName,
        createdAt: expect.any(String),
        problem: expect.stringMatching(/encrypted and no bundle passphrase was given/),
      }),
    ]);
    const [offered] = (await teacher.callAsync('inbox.list', secret)).bundles;
    expect(offered!.preview).toMatchObject({ pack: true, startsTeacherWorkspace: true, workGroupId: groupId });
    const started = await teacher.callAsync('inbox.import', { fileNames: [pack.fileName], ...secret });
    expect(started.imported).toEqual([
      expect.objectContaining({ fileName: pack.fileName, startsTeacherWorkspace: true }),
    ]);
    expect(teacher.call('workspace.status', {}).teacher).toMatchObject({ participantId: year.participant.id });
    expect((await teacher.callAsync('inbox.list', secret)).bundles).toEqual([]);

    // The teacher records a journal entry and sends their updates into the folder.
    const entry = teacher.call('journalEntry.create', {
      participantId: year.participant.id,
      date: '2025-12-02',
      text: 'Tried stem sentences with the whole class after the meeting.',
    });
    const updates = await teacher.callAsync('inbox.send', {
      workGroupId: groupId,
      participantId: year.participant.id,
      allowFlagged: false,
      ...secret,
    });
    expect(readdirSync(folder).sort()).toEqual([pack.fileName, updates.fileName].sort());

    // Something that is not a bundle, dropped in by mistake, is listed with why it cannot be imported.
    writeFileSync(join(folder, 'holiday-photos.wgbundle'), 'not a bundle at all');

    // The Lead's inbox: who sent the updates is known from the clear label, before the passphrase.
    const before = dumpEverything(lead.store);
    const lockedAtLead = await lead.callAsync('inbox.list', {});
    expect(lockedAtLead.bundles.map((b) => [b.fileName, b.from])).toEqual([
      [updates.fileName, 'Ms Sample Teacher’s own computer'],
      ['holiday-photos.wgbundle', undefined],
    ]);
    const listed = await lead.callAsync('inbox.list', secret);
    const [waiting, junk] = listed.bundles;
    expect(waiting!.preview!.tables.find((t) => t.table === 'journal_entry')).toMatchObject({ added: 1 });
    expect(junk!.problem).toMatch(/cannot be imported because it is not a Work Group Evaluator bundle/);
    // Listing and previewing change nothing.
    expect(dumpEverything(lead.store)).toEqual(before);

    const done = await lead.callAsync('inbox.import', { fileNames: [updates.fileName], ...secret });
    expect(done.imported[0]).toMatchObject({ fileName: updates.fileName, totals: { added: 1 } });
    expect(lead.call('journalEntry.list', { workGroupId: groupId }).map((j) => j.id)).toContain(entry.id);

    // Imported is known by the file's bytes: the same file under another name is not offered again.
    copyFileSync(join(folder, updates.fileName), join(folder, 'copy of updates.wgbundle'));
    expect((await lead.callAsync('inbox.list', secret)).bundles.map((b) => b.fileName)).toEqual([
      'holiday-photos.wgbundle',
    ]);
    const again = await dispatchAsync(lead.handlers, 'inbox.import', { fileNames: [updates.fileName], ...secret });
    expect(again).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is not waiting/) } });
  }, 120_000);

  it('from a terminal: wge inbox folder, list and import', async () => {
    const folder = tempFolder();
    const lead = machine(sharedClock(), 'lead-laptop');
    const year = recordSmallYear(lead.call);
    const school = machine(sharedClock('2025-11-01T09:00:00.000Z'), 'school-laptop');
    const exported = await lead.callAsync('bundle.export', { workGroupId: year.workGroup.id, ...secret });
    lead.store.close();
    school.store.close();
    writeFileSync(join(folder, exported.fileName), Buffer.from(exported.dataBase64, 'base64'));
    process.env['WGE_BUNDLE_PASSPHRASE'] = GROUP_PASSPHRASE;
    try {
      expect(await wge('inbox', 'folder', '--db', school.path, folder)).toMatchObject({
        code: 0,
        out: `The shared folder is ${folder}.`,
      });
      const listed = await wge('inbox', '--db', school.path);
      expect(listed.code).toBe(0);
      expect(listed.out).toContain(`Waiting in ${folder}:`);
      expect(listed.out).toMatch(new RegExp(`${exported.fileName} {2}bundled on 2025-10-01`));
      expect(listed.out).toMatch(/Importing would merge TRG-2025-01/);
      const json = JSON.parse((await wge('inbox', '--db', school.path, '--json')).out) as { bundles: unknown[] };
      expect(json.bundles).toHaveLength(1);
      const imported = await wge('inbox', 'import', '--db', school.path, exported.fileName);
      expect(imported).toMatchObject({ code: 0, out: expect.stringMatching(/Merged TRG-2025-01/) });
      expect(await wge('inbox', '--db', school.path)).toMatchObject({ code: 0, out: `Nothing new in ${folder}.` });
      expect(await wge('inbox', 'import', '--db', school.path, exported.fileName)).toMatchObject({
        code: 1,
        err: [expect.stringMatching(/is not waiting in the shared folder/)],
      });
    } finally {
      delete process.env['WGE_BUNDLE_PASSPHRASE'];
    }
  }, 60_000);
});
