import { describe, expect, it } from 'vitest';
import {
  expectAtVersion,
  openAtVersion,
  PARTICIPANT_ID,
  PROJECT_ID,
  SCHOOL_ID,
  seedWorkGroup,
  WORK_GROUP_ID,
  workspaceAt,
} from './support';

const SECOND_GROUP_ID = '00000000-0000-4000-8000-000000000030';

describe('migration 006: Work Group versions', () => {
  it('moves a Work Group’s version when it or anything the evaluation reads of it changes, and no other', () => {
    const v6 = openAtVersion(workspaceAt(5, seedWorkGroup), 6);
    expectAtVersion(v6.db, 6);
    const { db } = v6;
    const versions = () =>
      Object.fromEntries(
        db
          .prepare('SELECT work_group_id, version FROM work_group_version')
          .all()
          .map((row) => {
            const { work_group_id: id, version } = row as { work_group_id: string; version: number };
            return [id, version];
          }),
      );
    // A group from before the upgrade has no version yet: the roll-up reads that as 0.
    expect(versions()).toEqual({});

    db.prepare("UPDATE participant SET research_question = 'How do pupils compare fractions?' WHERE id = ?").run(
      PARTICIPANT_ID,
    );
    expect(versions()).toEqual({ [WORK_GROUP_ID]: 1 });

    db.prepare(
      `INSERT INTO work_group (id, code, name, academic_year, lead_name, project_id, created_at, updated_at)
       VALUES (?, 'TRG-2', 'Another group', '2025/26', 'A Lead', ?, '2025-09-01', '2025-09-01')`,
    ).run(SECOND_GROUP_ID, PROJECT_ID);
    expect(versions()).toEqual({ [WORK_GROUP_ID]: 1, [SECOND_GROUP_ID]: 1 });

    // A new meeting, then a participant moved to the Trash (a soft delete is an update).
    db.prepare(
      `INSERT INTO meeting (id, work_group_id, date, kind, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-000000000031', ?, '2025-10-01', 'work_group_meeting', '2025-10-01', '2025-10-01')`,
    ).run(WORK_GROUP_ID);
    db.prepare("UPDATE participant SET deleted_at = '2025-10-02' WHERE id = ?").run(PARTICIPANT_ID);
    expect(versions()).toEqual({ [WORK_GROUP_ID]: 3, [SECOND_GROUP_ID]: 1 });

    // Renaming the project moves every group in it.
    db.prepare("UPDATE project SET name = 'Primary Mastery' WHERE id = ?").run(PROJECT_ID);
    expect(versions()).toEqual({ [WORK_GROUP_ID]: 4, [SECOND_GROUP_ID]: 2 });

    // A school's own row belongs to no one group: its change moves none.
    db.prepare("UPDATE school SET urn = '100001' WHERE id = ?").run(SCHOOL_ID);
    expect(versions()).toEqual({ [WORK_GROUP_ID]: 4, [SECOND_GROUP_ID]: 2 });
    v6.close();
  });
});
