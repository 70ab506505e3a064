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
});
