import { describe, expect, it } from 'vitest';
import { expectAtVersion, openAtVersion, workspaceAt } from './support';

describe('migration 002: the Work Group year', () => {
  it('turns the project names of existing Work Groups into project records', () => {
    const path = workspaceAt(1, (db) => {
      const insert = db.prepare(
        `INSERT INTO work_group (id, code, name, academic_year, project, pd_activity_type, lead_name, created_at, updated_at)
         VALUES (?, ?, 'A Work Group', '2025/26', ?, ?, 'A Lead', '2025-09-01', '2025-09-01')`,
      );
      insert.run(
        '00000000-0000-4000-8000-000000000001',
        'TRG-1',
        'Primary Teaching for Mastery Development',
        'work_group',
      );
      insert.run('00000000-0000-4000-8000-000000000002', 'TRG-2', 'Local Fractions Network', 'community');
      insert.run('00000000-0000-4000-8000-000000000003', 'TRG-3', 'Local Fractions Network', 'community');
    });

    const v2 = openAtVersion(path, 2);
    expectAtVersion(v2.db, 2);
    const rows = v2.db
      .prepare(
        `SELECT w.code, p.name, p.pd_activity_type AS type FROM work_group w JOIN project p ON p.id = w.project_id ORDER BY w.code`,
      )
      .all();
    expect(rows).toEqual([
      { code: 'TRG-1', name: 'Primary Teaching for Mastery Development', type: 'work_group' },
      { code: 'TRG-2', name: 'Local Fractions Network', type: 'community' },
      { code: 'TRG-3', name: 'Local Fractions Network', type: 'community' },
    ]);
    const local = v2.db.prepare("SELECT id FROM project WHERE name = 'Local Fractions Network'").all() as {
      id: string;
    }[];
    expect(local).toHaveLength(1);
    expect(local[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    v2.close();
  });
});
