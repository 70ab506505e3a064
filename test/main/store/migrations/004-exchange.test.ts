import { describe, expect, it } from 'vitest';
import { expectAtVersion, openAtVersion, seedWorkGroup, workspaceAt } from './support';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('migration 004: offline exchange', () => {
  it('gives each existing workspace an id of its own and empty exchange records, keeping its rows', () => {
    const ids = [1, 2].map(() => {
      const v4 = openAtVersion(workspaceAt(3, seedWorkGroup), 4);
      expectAtVersion(v4.db, 4);
      expect(v4.db.prepare('SELECT code FROM work_group').all()).toEqual([{ code: 'TRG-1' }]);
      expect(v4.db.prepare('SELECT name FROM participant').all()).toEqual([{ name: 'Ms Example Teacher' }]);
      for (const table of ['row_version', 'merge_conflict', 'merge_log']) {
        expect(v4.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
      const meta = v4.db.prepare('SELECT key, value FROM workspace_meta').all() as { key: string; value: string }[];
      v4.close();
      expect(meta.map((m) => m.key)).toEqual(['workspace_id']);
      return meta[0]!.value;
    });
    for (const id of ids) expect(id).toMatch(UUID_V4);
    // Two machines' workspaces never share an id, or their bundles would be taken for each other's.
    expect(ids[0]).not.toBe(ids[1]);
  });
});
