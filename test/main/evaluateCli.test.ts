import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleWorkGroup, tempFolder, tempWorkspace } from '../support/workspace';
import { wge } from '../support/cli';

function workspace() {
  const ws = tempWorkspace();
  const group = ws.call('workGroup.create', sampleWorkGroup);
  const school = ws.call('school.create', { name: 'Alder Primary', phase: 'primary' });
  ws.call('schoolParticipation.create', { workGroupId: group.id, schoolId: school.id });
  const teacher = ws.call('participant.create', { workGroupId: group.id, schoolId: school.id, name: 'Teacher One' });
  for (const date of ['2025-10-01', '2025-11-20', '2026-02-10']) {
    ws.call('meeting.create', { workGroupId: group.id, date, kind: 'work_group_meeting', attendeeIds: [teacher.id] });
  }
  ws.call('judgement.set', {
    workGroupId: group.id,
    subject: 'standard:sustained',
    rating: 'amber',
    narrative: 'Three so far.',
  });
  return { ...ws, group };
}

describe('wge evaluate', () => {
  it('--json prints exactly what the service returns', async () => {
    const { path, call, group } = workspace();
    const { code, out } = await wge(
      'evaluate',
      '--db',
      path,
      '--work-group',
      'trg-2025-01',
      '--json',
      '--as-of',
      '2026-07-20',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(call('evaluation.workGroup', { id: group.id, asOf: '2026-07-20' }));
  });

  it('--hub --json prints the hub roll-up', async () => {
    const { path, call } = workspace();
    const { code, out } = await wge('evaluate', '--db', path, '--hub', '--json', '--as-of', '2026-07-20');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(call('evaluation.hub', { asOf: '2026-07-20' }));
  });

  it('prints a readable table: standards and indicators, areas, gaps, judgements', async () => {
    const { path } = workspace();
    const { code, out } = await wge('evaluate', '--db', path, '--work-group', 'TRG-2025-01', '--as-of', '2026-07-20');
    expect(code).toBe(0);
    expect(out).toContain('as of 20/07/2026');
    expect(out).toMatch(/4\. Sustained over time: Partly met/);
    expect(out).toMatch(/Meetings held\s+3 \/ +4 {2}Partly met/);
    expect(out).toContain('Improving Pupil Outcomes');
    expect(out).toContain('Only 3 meetings are recorded; the Standard asks for at least four.');
    expect(out).toContain('standard:sustained: amber – Three so far.');
    const hub = await wge('evaluate', '--db', path, '--hub', '--as-of', '2026-07-20');
    expect(hub.out).toContain('Hub roll-up over 1 Work Groups');
    expect(hub.out).toContain('TRG-2025-01');
  });

  it('exits 2 for wrong usage and 1 for an unknown Work Group, with one line', async () => {
    const { path } = workspace();
    for (const argv of [
      ['evaluate', '--db', path],
      ['evaluate', '--db', path, '--hub', '--work-group', 'X'],
      ['evaluate', '--work-group', 'TRG-2025-01'],
      ['evaluate', '--db', path, '--hub', '--as-of', '31/03/2026'],
      ['evaluate', '--db', path, '--hub', '--as-of', '2026-02-31'],
      ['evaluate', '--db', path, '--hub', '--colour'],
    ]) {
      const { code, err } = await wge(...argv);
      expect(code).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^wge: /);
    }
    const missing = await wge('evaluate', '--db', path, '--work-group', 'NOPE');
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual([
      'wge: No Work Group has the code NOPE. Run "wge workgroup list --all" to see the codes.',
    ]);
    const notWorkspace = await wge('evaluate', '--db', join(tempFolder(), 'missing', 'x.wgdb'), '--hub');
    expect(notWorkspace.code).toBe(1);
  });

  it('is listed in the help', async () => {
    expect((await wge('help')).out).toContain('evaluate   --db F (--work-group CODE | --hub)');
  });
});
