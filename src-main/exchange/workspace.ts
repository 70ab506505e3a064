import type { Store } from '../store/store';

/** This workspace's identity: a UUID made once by migration 004, named in every bundle it sends. */
export function workspaceId(store: Store): string {
  const row = store
    .statement<[], { value: string }>("SELECT value FROM workspace_meta WHERE key = 'workspace_id'")
    .get();
  if (!row) throw new Error('The workspace has no identity (migration 004 has not run).');
  return row.value;
}

/** A table's columns as SQLite describes them: only these names ever go into SQL the merge builds. */
export function tableColumns(store: Store, table: string): Map<string, { notnull: boolean; hasDefault: boolean }> {
  const info = store.db.pragma(`table_info(${table})`) as { name: string; notnull: number; dflt_value: unknown }[];
  return new Map(info.map((c) => [c.name, { notnull: c.notnull === 1, hasDefault: c.dflt_value !== null }]));
}
