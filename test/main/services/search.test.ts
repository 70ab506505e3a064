import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RANKED_MATCHES, searchIndex } from '../../../src-main/services/search';
import { tempWorkspace } from '../../support/workspace';

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
    const hits = call('search.query', { text: 'fraction' });
    expect(hits).toHaveLength(50);
    expect(hits[0]!.id).toBe(best);
    // The oldest entries lie beyond the ranked matches.
    expect(hits.map((h) => h.id)).not.toContain(entries[0]);
    const inGroup = call('search.query', { text: 'fractions', workGroupId: groupB });
    expect(inGroup.map((h) => h.id)).toEqual([elsewhere]);
  });
});
