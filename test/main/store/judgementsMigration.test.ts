import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/store/migrations';
import { openStore } from '../../../src-main/store/store';
import { tempFolder } from '../../support/workspace';

describe('migration 003: the Lead’s judgements', () => {
  it('adds the judgement table to a version 2 workspace, keeping its Work Groups', () => {
    const path = join(tempFolder(), 'v2.wgdb');
    const v2 = openStore(path, { migrations: migrations.filter((m) => m.version <= 2) });
    v2.db
      .prepare(
        `INSERT INTO work_group (id, code, name, academic_year, lead_name, project_id, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-000000000001', 'TRG-1', 'A Work Group', '2025/26', 'A Lead',
                 '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e01', '2025-09-01', '2025-09-01')`,
      )
      .run();
    v2.close();

    const v3 = openStore(path);
    expect(v3.db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(v3.db.prepare('SELECT code FROM work_group').all()).toEqual([{ code: 'TRG-1' }]);
    const insert = v3.db.prepare(
      `INSERT INTO judgement (id, work_group_id, subject, rating, created_at, updated_at)
       VALUES (?, '00000000-0000-4000-8000-000000000001', ?, ?, '2026-07-01', '2026-07-01')`,
    );
    insert.run('00000000-0000-4000-8000-000000000010', 'standard:sustained', 'green');
    const row = v3.db.prepare('SELECT narrative, evidence, deleted_at FROM judgement').get();
    expect(row).toEqual({ narrative: '', evidence: '[]', deleted_at: null });
    // One live judgement per subject, and only the three ratings.
    expect(() => insert.run('00000000-0000-4000-8000-000000000011', 'standard:sustained', 'red')).toThrow(/UNIQUE/);
    expect(() => insert.run('00000000-0000-4000-8000-000000000012', 'area:school_policy', 'blue')).toThrow(/CHECK/);
    v3.close();
  });
});
