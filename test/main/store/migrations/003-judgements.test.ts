import { describe, expect, it } from 'vitest';
import { expectAtVersion, openAtVersion, seedWorkGroup, WORK_GROUP_ID, workspaceAt } from './support';

describe('migration 003: the Lead’s judgements', () => {
  it('adds the judgement table to a version 2 workspace, keeping its Work Groups', () => {
    const v3 = openAtVersion(workspaceAt(2, seedWorkGroup), 3);
    expectAtVersion(v3.db, 3);
    expect(v3.db.prepare('SELECT code FROM work_group').all()).toEqual([{ code: 'TRG-1' }]);

    const insert = v3.db.prepare(
      `INSERT INTO judgement (id, work_group_id, subject, rating, created_at, updated_at)
       VALUES (?, ?, ?, ?, '2026-07-01', '2026-07-01')`,
    );
    insert.run('00000000-0000-4000-8000-000000000010', WORK_GROUP_ID, 'standard:sustained', 'green');
    const row = v3.db.prepare('SELECT narrative, evidence, deleted_at FROM judgement').get();
    expect(row).toEqual({ narrative: '', evidence: '[]', deleted_at: null });
    // One live judgement per subject, and only the three ratings.
    expect(() =>
      insert.run('00000000-0000-4000-8000-000000000011', WORK_GROUP_ID, 'standard:sustained', 'red'),
    ).toThrow(/UNIQUE/);
    expect(() =>
      insert.run('00000000-0000-4000-8000-000000000012', WORK_GROUP_ID, 'area:school_policy', 'blue'),
    ).toThrow(/CHECK/);
    // A judgement moved to the Trash leaves room for a new one on the same subject.
    v3.db.prepare("UPDATE judgement SET deleted_at = '2026-07-02'").run();
    insert.run('00000000-0000-4000-8000-000000000013', WORK_GROUP_ID, 'standard:sustained', 'amber');
    v3.close();
  });
});
