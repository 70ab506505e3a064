import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../support/workspace';
import { wge } from '../../support/cli';

describe('a Work Group carried to another workspace', () => {
  it('gives a byte-identical `wge evaluate --json` there', async () => {
    const folder = tempFolder();
    const lead = join(folder, 'lead.wgdb');
    const hub = join(folder, 'hub.wgdb');
    const bundle = join(folder, 'group.wgbundle');
    expect((await wge('demo', '--db', lead, '--scale', 'group')).code).toBe(0);
    const [group] = JSON.parse((await wge('workgroup', 'list', '--db', lead, '--json')).out) as { code: string }[];
    expect(
      (await wge('bundle', 'export', '--db', lead, '--work-group', group!.code, '--unencrypted', '--out', bundle)).code,
    ).toBe(0);
    expect((await wge('bundle', 'import', '--db', hub, bundle)).code).toBe(0);

    // "As of" is given: left out, it would be today, which moves. In February no end-of-year item
    // counts on either side, so their dates travelled too.
    for (const asOf of ['2026-02-15', '2026-05-20', '2026-08-31']) {
      const evaluate = (db: string) =>
        wge('evaluate', '--db', db, '--work-group', group!.code, '--json', '--as-of', asOf);
      const here = await evaluate(lead);
      const there = await evaluate(hub);
      expect(here.code).toBe(0);
      expect(there.code).toBe(0);
      // The evidence lists are long enough for storage order to show, were it to leak through.
      expect(JSON.parse(here.out).standards[0].evidence.length).toBeGreaterThan(20);
      expect(there.out).toBe(here.out);
    }
  }, 60_000);
});
