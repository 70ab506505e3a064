import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addWorkGroup, wge } from '../support/cli';
import { tempFolder } from '../support/workspace';

describe('wge workgroup findings', () => {
  it('shows the draft, sets the Lead’s own key findings, refuses six, and goes back to the draft', async () => {
    const db = join(tempFolder(), 'team.wgdb');
    expect((await addWorkGroup(db, 'TRG-A')).code).toBe(0);
    const show = async () =>
      JSON.parse((await wge('workgroup', 'findings', '--db', db, '--code', 'TRG-A', '--json')).out);

    const draft = await show();
    expect(draft.edited).toBe(false);
    expect(draft.findings.length).toBeGreaterThan(0);
    const printed = await wge('workgroup', 'findings', '--db', db, '--code', 'TRG-A');
    expect(printed.out).toMatch(/^Key findings \(draft — not yet edited by the Lead\):/);

    const own = ['Pupils explain their reasoning more.', 'Two schools carry it on.'];
    const set = await wge('workgroup', 'findings', '--db', db, '--code', 'TRG-A', ...own.flatMap((f) => ['--set', f]));
    expect(set.code).toBe(0);
    expect(set.out).toBe(['Key findings (your own):', ...own.map((f) => `  - ${f}`)].join('\n'));
    expect(await show()).toEqual({ findings: own, edited: true });

    const six = ['1', '2', '3', '4', '5', '6'].flatMap((n) => ['--set', `Finding ${n}.`]);
    const refused = await wge('workgroup', 'findings', '--db', db, '--code', 'TRG-A', ...six);
    expect(refused.code).toBe(2);
    expect(refused.err.join('\n')).toMatch(/Keep to 5 key findings at most/);
    expect(await show()).toEqual({ findings: own, edited: true });

    expect((await wge('workgroup', 'findings', '--db', db, '--code', 'TRG-A', '--draft')).code).toBe(0);
    expect(await show()).toEqual(draft);
  });
});
