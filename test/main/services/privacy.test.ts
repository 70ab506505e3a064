import { describe, expect, it } from 'vitest';
import { tempWorkspace } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';

// The check asked for while a Lead types (privacy.check): the export's check, on a real workspace.

describe('privacy.check', () => {
  it('finds names and identifiers in what is typed, text by text, and finds nothing in ordinary notes', () => {
    const { call } = tempWorkspace();
    const { findings } = call('privacy.check', {
      texts: [
        'Grace and Will were our success criteria words; the class used a Number line.',
        'Priya and OLUWASEUN compared fractions. Mum’s email is amara at example dot com.',
      ],
    });
    expect(findings.map(({ where, kind, match }) => ({ where, kind, match }))).toEqual([
      { where: '2', kind: 'email', match: 'amara at example dot com' },
      { where: '2', kind: 'name', match: 'Priya' },
      { where: '2', kind: 'name', match: 'OLUWASEUN' },
    ]);
  });

  it("flags the Work Group's own teachers, leaders and schools, and never its readings' authors", () => {
    const { call } = tempWorkspace();
    const workGroupId = recordSmallYear(call).workGroup.id;
    call('reading.create', {
      workGroupId,
      citation: 'Watson, A. (2006) Raising Achievement in Secondary Mathematics.',
    });
    const text =
      'Ms Sample Teacher and Mr Test Headteacher visited Puddleby Lane Test Primary; as in Watson (2006), we listened.';
    const inGroup = call('privacy.check', { texts: [text], workGroupId }).findings;
    expect(inGroup.map(({ kind, match }) => `${kind}: ${match}`).sort()).toEqual([
      'known_person: Mr Test Headteacher',
      'known_person: Ms Sample Teacher',
      'school: Puddleby Lane Test Primary',
    ]);
    // Without the group, only what any text would show is found.
    const anywhere = call('privacy.check', { texts: [text] }).findings;
    expect(anywhere.map((f) => f.kind)).not.toContain('known_person');
    // ...where an author read by the group is taken for a person.
    expect(anywhere.map((f) => f.match)).toContain('Watson');
  });

  it('changes nothing and refuses what is not a list of texts', () => {
    const { call, attempt, store } = tempWorkspace();
    recordSmallYear(call);
    const changes = () => store.db.prepare('SELECT total_changes() AS n').get();
    const before = changes();
    call('privacy.check', { texts: ['Priya'] });
    expect(changes()).toEqual(before);
    for (const bad of [{}, { texts: [] }, { texts: 'Priya' }, { texts: ['x'.repeat(20_001)] }]) {
      const reply = attempt('privacy.check', bad);
      expect(reply.ok, JSON.stringify(bad).slice(0, 40)).toBe(false);
    }
  });
});
