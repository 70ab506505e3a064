import type { Store } from '../store/store';
import type { SearchHit } from '../../src-shared/api/contract';
import type { Handlers } from './handlers';

export interface SearchIndex {
  put(kind: string, id: string, workGroupId: string | undefined, title: string, body: string): void;
  remove(id: string): void;
}

export function searchIndex(store: Store): SearchIndex {
  // search_entry finds a record's row in the index by id, so nothing scans the whole index.
  const entryOf = store.statement<[string], { entry: number }>('SELECT entry FROM search_entry WHERE id = ?');
  const removeRow = store.statement('DELETE FROM search_index WHERE rowid = ?');
  const forget = store.statement('DELETE FROM search_entry WHERE id = ?');
  const insert = store.statement(
    'INSERT INTO search_index (kind, id, work_group_id, title, body) VALUES (@kind, @id, @workGroupId, @title, @body)',
  );
  const remember = store.statement('INSERT OR REPLACE INTO search_entry (id, entry) VALUES (?, ?)');
  const remove = (id: string) => {
    const found = entryOf.get(id);
    if (!found) return;
    removeRow.run(found.entry);
    forget.run(id);
  };
  return {
    put(kind, id, workGroupId, title, body) {
      remove(id);
      const { lastInsertRowid } = insert.run({ kind, id, workGroupId: workGroupId ?? null, title, body });
      remember.run(id, lastInsertRowid);
    },
    remove,
  };
}

/** Turns what a person typed into an FTS5 query: every word must appear, each as a prefix. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"*`).join(' ');
}

/**
 * How many matches are ranked. Common words match tens of thousands of records in a national
 * workspace, and ranking them all takes too long to keep up with typing: beyond this, the best of
 * the most recently written matches are shown.
 */
export const RANKED_MATCHES = 2_000;

export function searchHandlers(store: Store): Handlers<'search.'> {
  type Filter = { match: string; workGroupId: string | null };
  const matching = 'search_index MATCH @match AND (@workGroupId IS NULL OR work_group_id = @workGroupId)';
  const oldestRanked = store.db
    .prepare<Filter, number>(
      `SELECT rowid FROM search_index WHERE ${matching} ORDER BY rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1}`,
    )
    .pluck();
  // bm25() in ORDER BY (not "rank") so that only the rows past the rowid floor are scored.
  const query = store.db.prepare<
    Filter & { floor: number },
    { kind: string; id: string; work_group_id: string | null; title: string; snippet: string }
  >(
    `SELECT kind, id, work_group_id, title, snippet(search_index, 4, '[', ']', '…', 12) AS snippet
     FROM search_index
     WHERE ${matching} AND rowid >= @floor
     ORDER BY bm25(search_index) LIMIT 50`,
  );
  return {
    'search.query': ({ text, workGroupId }) => {
      const match = ftsQuery(text);
      if (!match) return [];
      const filter = { match, workGroupId: workGroupId ?? null };
      return query.all({ ...filter, floor: oldestRanked.get(filter) ?? 0 }).map((row): SearchHit => ({
        kind: row.kind,
        id: row.id,
        ...(row.work_group_id ? { workGroupId: row.work_group_id } : {}),
        title: row.title,
        snippet: row.snippet,
      }));
    },
  };
}
