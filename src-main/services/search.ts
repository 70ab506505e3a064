import type { Store } from '../store/store';
import type { RecordKind, SearchHit, SearchResults } from '../../src-shared/api/contract';
import { RECORD_KIND_SPECS } from '../../src-shared/domain/recordKinds';
import type { Handlers } from './handlers';
// records.ts keeps the index up to date with searchIndex() below; search reads records back with it.
import { recordStore, type RecordStore } from './records';

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

/** How many results a search returns, best first. */
export const SHOWN_RESULTS = 50;

/**
 * How many matches are counted. Counting reads every match's kind, which for a common word in a
 * national workspace takes longer than typing allows: beyond this, the counts are "at least".
 */
export const COUNTED_MATCHES = 5_000;

/**
 * Whose a record is, as a Lead would say it: up its parents (a focus child, then the participant
 * following it) and, for a record of the Work Group itself, the school it names.
 */
function whoseOf(records: RecordStore, kind: RecordKind, record: Record<string, unknown>): string[] {
  const { parent, refs } = RECORD_KIND_SPECS[kind];
  if (parent && parent.kind !== 'workGroup') {
    const owner = records.find(parent.kind, String(record[parent.field]));
    if (!owner) return [];
    return [RECORD_KIND_SPECS[parent.kind].title(owner), ...whoseOf(records, parent.kind, owner)];
  }
  const schoolField = Object.keys(refs).find((field) => refs[field] === 'school');
  const school = schoolField && record[schoolField] ? records.find('school', String(record[schoolField])) : undefined;
  return school ? [RECORD_KIND_SPECS.school.title(school)] : [];
}

export function searchHandlers(store: Store): Handlers<'search.'> {
  const records = recordStore(store);
  type Filter = { match: string; workGroupId: string | null; kind: string | null };
  const inGroup = '(@workGroupId IS NULL OR work_group_id = @workGroupId)';
  const matching = `search_index MATCH @match AND ${inGroup} AND (@kind IS NULL OR kind = @kind)`;
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
     ORDER BY bm25(search_index) LIMIT ${SHOWN_RESULTS}`,
  );
  // Counted over every kind, so that the screen can offer each kind with its number whichever is chosen.
  const countByKind = store.db.prepare<Omit<Filter, 'kind'>, { kind: string; count: number }>(
    `SELECT kind, count(*) AS count
     FROM (SELECT kind FROM search_index WHERE search_index MATCH @match AND ${inGroup} LIMIT ${COUNTED_MATCHES + 1})
     GROUP BY kind ORDER BY count DESC, kind`,
  );
  return {
    'search.query': ({ text, workGroupId, kind }): SearchResults => {
      const match = ftsQuery(text);
      if (!match) return { total: 0, more: false, byKind: [], hits: [] };
      const filter = { match, workGroupId: workGroupId ?? null, kind: kind ?? null };
      const byKind = countByKind.all({ match, workGroupId: filter.workGroupId });
      const hits = query.all({ ...filter, floor: oldestRanked.get(filter) ?? 0 }).map((row): SearchHit => {
        const hitKind = row.kind as RecordKind;
        const record = records.find(hitKind, row.id);
        const whose = record ? whoseOf(records, hitKind, record) : [];
        const date = record && RECORD_KIND_SPECS[hitKind].dates.map((field) => record[field]).find(Boolean);
        return {
          kind: row.kind,
          id: row.id,
          ...(row.work_group_id ? { workGroupId: row.work_group_id } : {}),
          title: row.title,
          snippet: row.snippet,
          ...(whose.length ? { whose: whose.join(' · ') } : {}),
          ...(typeof date === 'string' ? { date } : {}),
        };
      });
      const counted = (kinds: typeof byKind) => kinds.reduce((sum, k) => sum + k.count, 0);
      const more = counted(byKind) > COUNTED_MATCHES;
      const total = counted(kind ? byKind.filter((k) => k.kind === kind) : byKind);
      return { total, more, byKind, hits };
    },
  };
}
