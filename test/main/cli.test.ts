import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../support/workspace';
import { addWorkGroup, wge } from '../support/cli';

describe('wge', () => {
  it('lists its commands', async () => {
    const { code, out } = await wge('--help');
    expect(code).toBe(0);
    for (const command of ['serve', 'workgroup']) expect(out).toContain(command);
  });

  it('adds, lists as JSON, renames and archives Work Groups in a new workspace file', async () => {
    const db = join(tempFolder(), 'new.wgdb');
    expect((await addWorkGroup(db, 'TRG-A')).code).toBe(0);
    expect((await addWorkGroup(db, 'TRG-B')).code).toBe(0);
    expect((await wge('workgroup', 'rename', '--db', db, '--code', 'trg-a', '--name', 'Renamed')).code).toBe(0);
    expect((await wge('workgroup', 'archive', '--db', db, '--code', 'TRG-B')).code).toBe(0);

    const active = JSON.parse((await wge('workgroup', 'list', '--db', db, '--json')).out);
    expect(active.map((g: { code: string; name: string }) => [g.code, g.name])).toEqual([['TRG-A', 'Renamed']]);
    const all = JSON.parse((await wge('workgroup', 'list', '--db', db, '--all', '--json')).out);
    expect(all).toHaveLength(2);
  });

  it('exits 2 with one line for wrong usage', async () => {
    const db = join(tempFolder(), 'usage.wgdb');
    for (const argv of [
      ['frobnicate'],
      ['workgroup'],
      ['workgroup', 'list'],
      ['workgroup', 'list', '--db', db, '--colour'],
    ]) {
      const { code, err } = await wge(...argv);
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^wge: /);
    }
    const badYear = await wge(
      'workgroup',
      'add',
      '--db',
      db,
      '--code',
      'TRG-C',
      '--name',
      'N',
      '--year',
      '25/26',
      '--project',
      'P',
      '--type',
      'work-group',
      '--lead',
      'L',
    );
    expect(badYear).toMatchObject({ code: 2, err: ['wge: --year: Academic year must look like 2025/26.'] });
  });

  it('exits 1 with one line when the action fails', async () => {
    const db = join(tempFolder(), 'fail.wgdb');
    await addWorkGroup(db, 'TRG-A');
    const duplicate = await addWorkGroup(db, 'TRG-A');
    expect(duplicate.code).toBe(1);
    expect(duplicate.err).toEqual(['wge: The code TRG-A is already used by another Work Group.']);
    const missing = await wge('workgroup', 'archive', '--db', db, '--code', 'NOPE');
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/No Work Group has the code NOPE/);
  });

  it('refuses a missing workspace for every command that only reads or changes one, and leaves nothing behind', async () => {
    const folder = tempFolder();
    const outside = tempFolder();
    const csvFile = join(outside, 'schools.csv');
    writeFileSync(csvFile, 'School,URN\nPuddleby Lane Test Primary,100001\n');
    const typo = join(folder, 'typo.wgdb');
    const commands = [
      ['workgroup', 'list'],
      ['workgroup', 'rename', '--code', 'TRG-A', '--name', 'Renamed'],
      ['evaluate', '--work-group', 'TRG-A'],
      ['export', 'report', '--work-group', 'TRG-A', '--out', join(folder, 'report.docx')],
      ['export', 'case-study', '--work-group', 'TRG-A', '--out', join(folder, 'case-studies')],
      ['export', 'summary', '--work-group', 'TRG-A', '--out', join(folder, 'summary.xlsx')],
      ['export', 'hub-summary', '--out', join(folder, 'hub.xlsx')],
      ['bundle', 'export', '--work-group', 'TRG-A', '--unencrypted', '--out', join(folder, 'a.wgbundle')],
      ['bundle', 'import', csvFile, '--dry-run'],
      ['import', 'schools', '--work-group', 'TRG-A', csvFile, '--dry-run'],
      ['trash', 'list'],
      ['backup', '--out', join(folder, 'copy.wgdb')],
      ['check'],
    ];
    for (const command of commands) {
      const { code, err } = await wge(...command, '--db', typo);
      expect(code, command.join(' ')).toBe(1);
      expect(err, command.join(' ')).toEqual([
        `wge: There is no workspace at ${typo}. Check the name and folder; to start a new one, use "wge workgroup add" or "wge demo".`,
      ]);
      expect(readdirSync(folder), command.join(' ')).toEqual([]);
    }

    // A command that creates a workspace but then fails takes it away again.
    const refused = await wge(
      ...['workgroup', 'add', '--db', typo, '--code', 'TRG-A', '--name', 'N', '--year', '25/26'],
      ...['--project', 'Primary Teaching for Mastery Development', '--lead', 'L'],
    );
    expect(refused.code).toBe(2);
    expect(readdirSync(folder)).toEqual([]);
    expect((await addWorkGroup(typo, 'TRG-A')).code).toBe(0);
    expect(readdirSync(folder)).toContain('typo.wgdb');
  });
});
