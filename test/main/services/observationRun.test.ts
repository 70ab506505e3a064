import { describe, expect, it } from 'vitest';
import { recordSmallYear } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';

describe('a run of observations', () => {
  it('saves every row in one action', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;
    const saved = call('observations.record', {
      observations: [
        { focusChildId: year.child.id, date: '2025-11-19', kind: 'note', text: 'Used a bar model unprompted.' },
        {
          focusChildId: year.child.id,
          date: '2025-11-26',
          kind: 'measure',
          text: 'Fractions check',
          measureValue: 16,
          measureScale: 'out of 20',
        },
      ],
    });
    expect(saved.map((o) => o.text)).toEqual(['Used a bar model unprompted.', 'Fractions check']);
    expect(call('observation.list', { workGroupId })).toHaveLength(3);
  });

  it('saves none when one row is refused, and names the row and its field', () => {
    const { call, attempt } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;
    const ok = { focusChildId: year.child.id, date: '2025-11-19', kind: 'note', text: 'Explained the comparison.' };

    // Refused by the kind's schema at the door: a measure without its scale.
    const badMeasure = { ...ok, kind: 'measure', measureValue: 12 };
    expect(attempt('observations.record', { observations: [ok, badMeasure] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: [{ field: 'observations.1.measureScale' }] },
    });

    // Refused by the store's rules: a date outside the group's year, on the third row.
    const outside = { ...ok, date: '2027-01-10' };
    expect(attempt('observations.record', { observations: [ok, ok, outside] })).toMatchObject({
      ok: false,
      error: {
        code: 'outside_year',
        message: expect.stringMatching(/^Row 3: /),
        fields: [{ field: 'observations.2.date' }],
      },
    });
    expect(call('observation.list', { workGroupId })).toHaveLength(1);
  });
});
