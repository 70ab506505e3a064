import { describe, expect, it } from 'vitest';
import { expectAtVersion, openAtVersion, PARTICIPANT_ID, seedWorkGroup, WORK_GROUP_ID, workspaceAt } from './support';

const JOURNAL_ID = '00000000-0000-4000-8000-000000000020';

describe('migration 005: search entries', () => {
  it('finds each record’s existing row in the search index by the record’s id', () => {
    const path = workspaceAt(4, (db) => {
      seedWorkGroup(db);
      const index = db.prepare(
        'INSERT INTO search_index (kind, id, work_group_id, title, body) VALUES (?, ?, ?, ?, ?)',
      );
      index.run(
        'participant',
        PARTICIPANT_ID,
        WORK_GROUP_ID,
        'Ms Example Teacher',
        'How do pupils reason about fractions?',
      );
      index.run('journalEntry', JOURNAL_ID, WORK_GROUP_ID, 'Journal', 'Bar models helped the class compare.');
      // A row removed before the upgrade leaves a gap in the index's row numbers.
      db.prepare("DELETE FROM search_index WHERE kind = 'participant'").run();
      index.run('participant', PARTICIPANT_ID, WORK_GROUP_ID, 'Ms Example Teacher', 'Reasoning with representations.');
    });

    const v5 = openAtVersion(path, 5);
    expectAtVersion(v5.db, 5);
    const found = v5.db
      .prepare(
        `SELECT e.id, s.kind, s.body FROM search_entry e JOIN search_index s ON s.rowid = e.entry ORDER BY s.kind`,
      )
      .all();
    expect(found).toEqual([
      { id: JOURNAL_ID, kind: 'journalEntry', body: 'Bar models helped the class compare.' },
      { id: PARTICIPANT_ID, kind: 'participant', body: 'Reasoning with representations.' },
    ]);
    // Found through a real index, not a scan of the search index.
    const plan = v5.db.prepare('EXPLAIN QUERY PLAN SELECT entry FROM search_entry WHERE id = ?').all(JOURNAL_ID);
    expect(JSON.stringify(plan)).toMatch(/USING (PRIMARY KEY|INDEX)/);
    v5.close();
  });
});
