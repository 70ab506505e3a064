import type { Store } from '../store/store';
import type { SearchHit } from '../../src-shared/api/contract';
import type { Handlers } from './handlers';

export interface SearchIndex {
  put(kind: string, id: string, workGroupId: string | undefined, title: string, body: string): void;
  remove(id: string): void;
}

export function searchIndex(store: Store): SearchIndex {
  const remove = store.db.prepare('DELETE FROM search_index WHERE id = ?');
  const insert = store.db.prepare(
    'INSERT INTO search_index (kind, id, work_group_id, title, body) VALUES (@kind, @id, @workGroupId, @title, @body)',
  );
  return {
    put(kind, id, workGroupId, title, body) {
      remove.run(id);
      insert.run({ kind, id, workGroupId: workGroupId ?? null, title, body });
    },
    remove: (id) => void remove.run(id),
  };
}

/** Turns what a person typed into an FTS5 query: every word must appear, each as a prefix. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"*`).join(' ');
}

export function searchHandlers(store: Store): Handlers<'search.'> {
  const query = store.db.prepare<
    { match: string; workGroupId: string | null },
    { kind: string; id: string; work_group_id: string | null; title: string; snippet: string }
  >(
    `SELECT kind, id, work_group_id, title, snippet(search_index, 4, '[', ']', '…', 12) AS snippet
     FROM search_index
     WHERE search_index MATCH @match AND (@workGroupId IS NULL OR work_group_id = @workGroupId)
     ORDER BY rank LIMIT 50`,
  );
  return {
    'search.query': ({ text, workGroupId }) => {
      const match = ftsQuery(text);
      if (!match) return [];
      return query.all({ match, workGroupId: workGroupId ?? null }).map((row): SearchHit => ({
        kind: row.kind,
        id: row.id,
        ...(row.work_group_id ? { workGroupId: row.work_group_id } : {}),
        title: row.title,
        snippet: row.snippet,
      }));
    },
  };
}
