import { describe, expect, it } from 'vitest';
import { filterBy } from '../../src-renderer/src/components/listFilters';

const trash = [
  { kind: 'journalEntry', group: 'TRG-2025-10' },
  { kind: 'observation', group: 'TRG-2025-2' },
  { kind: 'journalEntry', group: 'TRG-2025-2' },
];
const label = (value: string) => ({ journalEntry: 'Journal entry', observation: 'Observation' })[value] ?? value;

describe('a filter by one value of each row', () => {
  it('offers the values the rows hold, by name in number order, and keeps the rows with the one chosen', () => {
    const [byGroup] = filterBy(trash, { label: 'Work Group', allLabel: 'All Work Groups' }, (r) => r.group, label);
    expect(byGroup!.options).toEqual([
      { value: 'TRG-2025-2', label: 'TRG-2025-2' },
      { value: 'TRG-2025-10', label: 'TRG-2025-10' },
    ]);
    expect(trash.filter((row) => byGroup!.matches(row, 'TRG-2025-2'))).toHaveLength(2);
    const [byKind] = filterBy(trash, { label: 'What', allLabel: 'Every kind' }, (r) => r.kind, label);
    expect(byKind!.options.map((o) => o.label)).toEqual(['Journal entry', 'Observation']);
  });

  it('is left out when every row has the same value: there is nothing to choose between', () => {
    expect(filterBy(trash.slice(0, 1), { label: 'What', allLabel: 'Every kind' }, (r) => r.kind, label)).toEqual([]);
  });
});
