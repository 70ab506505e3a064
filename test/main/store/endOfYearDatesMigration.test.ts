import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../src-main/store/migrations';
import { openStore } from '../../../src-main/store/store';
import { tempFolder } from '../../support/workspace';

const GROUP = '00000000-0000-4000-8000-000000000001';
const SCHOOL = '00000000-0000-4000-8000-000000000002';
const id = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;

describe('migration 008: the dates end-of-year items were recorded', () => {
  it('dates the items already recorded by the day their row last changed, and leaves the rest undated', () => {
    const path = join(tempFolder(), 'v7.wgdb');
    const v7 = openStore(path, { migrations: migrations.filter((m) => m.version <= 7) });
    const run = (sql: string, ...params: unknown[]) => v7.db.prepare(sql).run(...params);
    run(
      `INSERT INTO work_group (id, code, name, academic_year, lead_name, project_id, created_at, updated_at)
       VALUES (?, 'TRG-1', 'A Work Group', '2025/26', 'A Lead', '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e01',
               '2025-09-01T16:00:00.000Z', '2025-09-01T16:00:00.000Z')`,
      GROUP,
    );
    run(
      `INSERT INTO school (id, name, phase, created_at, updated_at) VALUES (?, 'Alder Primary', 'primary', '2025-09-01', '2025-09-01')`,
      SCHOOL,
    );
    const participant = run.bind(
      null,
      `INSERT INTO participant (id, work_group_id, school_id, name, end_ratings, created_at, updated_at)
       VALUES (?, '${GROUP}', '${SCHOOL}', ?, ?, '2025-09-10T16:00:00.000Z', ?)`,
    );
    participant(id(1), 'Teacher One', '{"confidence":4}', '2026-07-08T17:00:00.000Z');
    participant(id(2), 'Teacher Two', '{}', '2026-03-02T17:00:00.000Z');
    const child = run.bind(
      null,
      `INSERT INTO focus_child (id, work_group_id, participant_id, code, year_group, pen_portrait_end, change_judgement,
         change_note, created_at, updated_at)
       VALUES (?, '${GROUP}', '${id(1)}', ?, 'y4', ?, ?, ?, '2025-09-20T16:00:00.000Z', ?)`,
    );
    child(id(3), 'Y4-A', 'Now explains.', 4, '', '2026-07-10T16:30:00.000Z');
    child(id(4), 'Y4-B', '', null, 'Too early to say.', '2026-07-11T16:30:00.000Z');
    child(id(5), 'Y4-C', '', null, '', '2026-02-01T16:30:00.000Z');
    const participation = run.bind(
      null,
      `INSERT INTO school_participation (id, work_group_id, school_id, end_evaluation, created_at, updated_at)
       VALUES (?, '${GROUP}', '${SCHOOL}', ?, '2025-09-05T16:00:00.000Z', ?)`,
    );
    participation(id(6), 'Reasoning is now in every lesson.', '2026-07-15T12:00:00.000Z');
    participation(id(7), '', '2026-01-15T12:00:00.000Z');
    v7.close();

    const v8 = openStore(path);
    const all = (sql: string) => v8.db.prepare(sql).all();
    expect(all('SELECT code, change_recorded_on, pen_portrait_end_recorded_on FROM focus_child ORDER BY code')).toEqual(
      [
        { code: 'Y4-A', change_recorded_on: '2026-07-10', pen_portrait_end_recorded_on: '2026-07-10' },
        { code: 'Y4-B', change_recorded_on: '2026-07-11', pen_portrait_end_recorded_on: null },
        { code: 'Y4-C', change_recorded_on: null, pen_portrait_end_recorded_on: null },
      ],
    );
    expect(all('SELECT name, end_ratings_recorded_on FROM participant ORDER BY name')).toEqual([
      { name: 'Teacher One', end_ratings_recorded_on: '2026-07-08' },
      { name: 'Teacher Two', end_ratings_recorded_on: null },
    ]);
    expect(all('SELECT id, end_evaluation_recorded_on FROM school_participation ORDER BY id')).toEqual([
      { id: id(6), end_evaluation_recorded_on: '2026-07-15' },
      { id: id(7), end_evaluation_recorded_on: null },
    ]);
    v8.close();
  });
});
