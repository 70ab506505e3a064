import type { Store } from '../store/store';
import type { Handlers } from './handlers';

// Drafts (migration 010): what a form holds, kept as it is typed, until the form is saved or discarded.
export function draftHandlers(store: Store): Handlers<'draft.'> {
  return {
    'draft.get': ({ key }) => {
      const row = store
        .statement<[string], { fields: string; savedAt: string }>(
          'SELECT fields, saved_at AS savedAt FROM draft WHERE form_key = ?',
        )
        .get(key);
      return row ? { fields: JSON.parse(row.fields) as Record<string, unknown>, savedAt: row.savedAt } : null;
    },
    'draft.save': ({ key, workGroupId, recordId, fields }) => {
      const savedAt = store.now();
      store
        .statement(
          `INSERT INTO draft (form_key, work_group_id, record_id, fields, saved_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (form_key) DO UPDATE SET work_group_id = excluded.work_group_id,
             record_id = excluded.record_id, fields = excluded.fields, saved_at = excluded.saved_at`,
        )
        .run(key, workGroupId ?? null, recordId ?? null, JSON.stringify(fields), savedAt);
      return { savedAt };
    },
    'draft.list': ({ workGroupId }) =>
      store
        .statement<{ workGroupId: string | null }, { key: string; recordId: string | null; savedAt: string }>(
          `SELECT form_key AS key, record_id AS recordId, saved_at AS savedAt FROM draft
           WHERE @workGroupId IS NULL OR work_group_id = @workGroupId ORDER BY saved_at DESC`,
        )
        .all({ workGroupId: workGroupId ?? null }),
    'draft.discard': ({ key }) => ({
      discarded: store.statement('DELETE FROM draft WHERE form_key = ?').run(key).changes > 0,
    }),
  };
}
