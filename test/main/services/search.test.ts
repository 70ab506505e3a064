import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { COUNTED_MATCHES, RANKED_MATCHES, searchIndex, SHOWN_RESULTS } from '../../../src-main/services/search';
import { tempWorkspace } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';

describe('search across many matches', () => {
  it('ranks the most recently written matches when a common word matches more than can be ranked at once', () => {
    const { store, call } = tempWorkspace();
    const index = searchIndex(store);
    const [groupA, groupB, best, elsewhere] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const entries = Array.from({ length: RANKED_MATCHES + 200 }, () => randomUUID());
    store.transaction(() => {
      entries.forEach((id, i) =>
        index.put('journalEntry', id, groupA, `Journal entry ${i}`, 'We tried bar models with fractions.'),
      );
      // Written last, and about fractions above all: it must come first.
      index.put('reading', best, groupA, 'Fractions', 'Fractions, fractions and more fractions.');
      index.put('journalEntry', elsewhere, groupB, 'Elsewhere', 'Fractions in another Work Group.');
    });
    const { hits, total, byKind } = call('search.query', { text: 'fraction' });
    expect(hits).toHaveLength(SHOWN_RESULTS);
    expect(hits[0]!.id).toBe(best);
    // Every match is counted, though only the best are returned.
    expect(total).toBe(RANKED_MATCHES + 202);
    expect(call('search.query', { text: 'fraction' }).more).toBe(false);
    expect(byKind).toEqual([
      { kind: 'journalEntry', count: RANKED_MATCHES + 201 },
      { kind: 'reading', count: 1 },
    ]);
    // The oldest entries lie beyond the ranked matches.
    expect(hits.map((h) => h.id)).not.toContain(entries[0]);
    const inGroup = call('search.query', { text: 'fractions', workGroupId: groupB });
    expect(inGroup.hits.map((h) => h.id)).toEqual([elsewhere]);
    expect(inGroup.total).toBe(1);
    // Asked for one kind, only that kind comes back and is totalled; the other kinds keep their counts.
    const readings = call('search.query', { text: 'fraction', kind: 'reading' });
    expect(readings.hits.map((h) => h.id)).toEqual([best]);
    expect(readings.total).toBe(1);
    expect(readings.byKind).toEqual(byKind);
  });
});

describe('search counts', () => {
  it('stop at a limit, and then say the counts are "at least"', () => {
    const { store, call } = tempWorkspace();
    const index = searchIndex(store);
    const group = randomUUID();
    store.transaction(() => {
      for (let i = 0; i < COUNTED_MATCHES + 100; i++) {
        index.put(i % 2 ? 'journalEntry' : 'observation', randomUUID(), group, `Entry ${i}`, 'Counting in tens.');
      }
    });
    const results = call('search.query', { text: 'tens' });
    // One more than the limit is counted: there are at least that many.
    expect(results).toMatchObject({ total: COUNTED_MATCHES + 1, more: true });
    expect(results.byKind.map((k) => k.count).reduce((a, b) => a + b, 0)).toBe(COUNTED_MATCHES + 1);
    expect(results.hits).toHaveLength(SHOWN_RESULTS);
    const journal = call('search.query', { text: 'tens', kind: 'journalEntry' });
    expect(journal.more).toBe(true);
    expect(journal.total).toBe(results.byKind.find((k) => k.kind === 'journalEntry')!.count);
  });
});

describe('search results', () => {
  it('say whose each record is and its date', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const { hits } = call('search.query', { text: 'fractions' });
    const hit = (id: string) => hits.find((h) => h.id === id);

    // A journal entry is its participant's, who works at a school.
    const journal = call('search.query', { text: 'quadrilateral' }).hits[0]!;
    expect(journal).toMatchObject({
      id: year.journalEntry.id,
      whose: 'Ms Sample Teacher · Puddleby Lane Test Primary',
      date: '2025-10-15',
    });
    // An observation is its focus child's, followed by a participant.
    expect(call('search.query', { text: 'fractions check', kind: 'observation' }).hits).toEqual([
      expect.objectContaining({
        id: year.observation.id,
        whose: `Focus child ${year.child.code} · Ms Sample Teacher · Puddleby Lane Test Primary`,
        date: '2025-11-05',
      }),
    ]);
    // A school's participation and a meeting name their school; a reading is the Work Group's own.
    expect(hit(year.participation.id)).toMatchObject({ whose: 'Puddleby Lane Test Primary' });
    expect(hit(year.participation.id)).not.toHaveProperty('date');
    const reading = call('search.query', { text: 'bar models', kind: 'reading' }).hits[0]!;
    expect(reading.id).toBe(year.reading.id);
    expect(reading).not.toHaveProperty('whose');
    expect(call('search.query', { text: 'launch meeting', kind: 'meeting' }).hits[0]).toMatchObject({
      whose: 'Puddleby Lane Test Primary',
      date: '2025-10-08',
    });
  });

  it('counts nothing and returns nothing for words that match nothing', () => {
    const { call } = tempWorkspace();
    recordSmallYear(call);
    expect(call('search.query', { text: 'zebra' })).toEqual({ total: 0, more: false, byKind: [], hits: [] });
    expect(call('search.query', { text: '!!!' })).toEqual({ total: 0, more: false, byKind: [], hits: [] });
  });
});
