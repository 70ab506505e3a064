import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../src-main/store/migrations';
import { createHandlers } from '../../../../src-main/services/handlers';
import { openStore } from '../../../../src-main/store/store';
import { caller } from '../../../support/workspace';
import { expectAtVersion, openAtVersion, PARTICIPANT_ID, seedWorkGroup, SCHOOL_ID, workspaceAt } from './support';

/** The version before this migration, whichever that is now. */
const BEFORE = migrations.filter((m) => m.version < 11).at(-1)!.version;

describe('migration 011: record versions', () => {
  it('starts every record with no kept versions; the first change keeps the version it had before', () => {
    const path = workspaceAt(BEFORE, (db) => {
      seedWorkGroup(db);
      // Changed once already, before versions were kept.
      db.prepare("UPDATE participant SET role = 'Year 4 teacher', updated_at = '2025-10-01T09:00:00.000Z'").run();
    });
    const v11 = openAtVersion(path, 11);
    expectAtVersion(v11.db, 11);
    expect(v11.db.prepare('SELECT count(*) FROM record_version').pluck().get()).toBe(0);
    v11.close();

    // Today's services need today's columns (later migrations add some to participants).
    const store = openStore(path);
    const call = caller(createHandlers(store));
    expect(call('history.list', { kind: 'participant', id: PARTICIPANT_ID })).toEqual([
      {
        version: 1,
        at: '2025-10-01T09:00:00.000Z',
        summary: 'The earliest version kept.',
        changes: [],
        start: 'earliest',
        current: true,
        fromBundle: false,
      },
    ]);
    const participant = call('participant.list', {}).find((p) => p.id === PARTICIPANT_ID)!;
    call('participant.update', {
      id: PARTICIPANT_ID,
      workGroupId: participant.workGroupId!,
      schoolId: SCHOOL_ID,
      name: participant.name,
      role: 'Year 5 teacher',
    });
    const versions = call('history.list', { kind: 'participant', id: PARTICIPANT_ID });
    expect(versions.map((v) => v.summary)).toEqual([
      'Role changed from Year 4 teacher to Year 5 teacher.',
      'The earliest version kept.',
    ]);
    call('history.restore', { kind: 'participant', id: PARTICIPANT_ID, version: 1 });
    expect(call('participant.list', {}).find((p) => p.id === PARTICIPANT_ID)!.role).toBe('Year 4 teacher');
    store.close();
  });
});
