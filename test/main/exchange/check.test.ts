import { describe, expect, it } from 'vitest';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { recordSmallYear } from '../../support/year';
import { dumpEverything, machine, sharedClock } from './support';

describe('the personal-data check on a bundle before it is made', () => {
  it('finds names in what would leave, for the whole Work Group or one participant, and writes nothing', async () => {
    const lead = machine(sharedClock());
    const year = recordSmallYear(lead.call);
    const other = lead.call('participant.create', {
      workGroupId: year.workGroup.id,
      schoolId: year.school.id,
      name: 'Mr Second Teacher',
    });
    lead.call('journalEntry.create', {
      participantId: year.participant.id,
      date: '2025-11-12',
      text: 'In the plenary, Amelia explained her comparison to the group without prompting.',
    });
    const before = dumpEverything(lead.store);

    const whole = lead.call('bundle.check', { workGroupId: year.workGroup.id });
    expect(whole.findings.map((f) => f.match)).toContain('Amelia');
    expect(whole.findings.find((f) => f.match === 'Amelia')).toMatchObject({ kind: 'name' });
    // The group's own teachers and schools travel in a bundle by design: they are not findings.
    expect(whole.findings.map((f) => f.match)).not.toContain('Ms Sample Teacher');
    expect(lead.call('bundle.check', { workGroupId: year.workGroup.id, participantId: other.id }).findings).toEqual([]);
    expect(dumpEverything(lead.store)).toEqual(before);

    // Exporting refuses until the Lead has looked and says it may go.
    const refused = await dispatchAsync(lead.handlers, 'bundle.export', { workGroupId: year.workGroup.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!refused.ok && refused.error.message).toContain('“Amelia”');
    const made = await lead.callAsync('bundle.export', { workGroupId: year.workGroup.id, allowFlagged: true });
    expect(made.findings).toEqual(whole.findings);
  });

  it('refuses an unknown Work Group or participant and bad input', async () => {
    const lead = machine(sharedClock());
    const year = recordSmallYear(lead.call);
    const before = dumpEverything(lead.store);
    const attempt = (input: unknown) => dispatchAsync(lead.handlers, 'bundle.check', input);
    expect(await attempt({ workGroupId: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await attempt({ workGroupId: year.workGroup.id, participantId: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/participant is not in this Work Group/) },
    });
    for (const bad of [{}, { workGroupId: 'TRG-2025-01' }, { workGroupId: year.workGroup.id, allowFlagged: true }]) {
      expect(await attempt(bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(dumpEverything(lead.store)).toEqual(before);
  });
});
