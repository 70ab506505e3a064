import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/services/handlers';
import { migrations } from '../../../../src-main/store/migrations';
import { caller } from '../../../support/workspace';
import { expectAtVersion, openAtVersion, seedWorkGroup, WORK_GROUP_ID, workspaceAt } from './support';

/** The version before 014 (013 may land before or after it). */
const BEFORE = migrations.filter((m) => m.version < 14).at(-1)!.version;

describe('migration 014: teachers’ own workspaces', () => {
  it('leaves a workspace that was already in use a Lead’s, with its Work Groups and every action', () => {
    const path = workspaceAt(BEFORE, seedWorkGroup);
    const v14 = openAtVersion(path, 14);
    try {
      expectAtVersion(v14.db, 14);
      expect(v14.db.prepare('SELECT COUNT(*) FROM teacher_workspace').pluck().get()).toBe(0);
      expect(v14.db.prepare('SELECT COUNT(*) FROM bundle_sender').pluck().get()).toBe(0);
      const call = caller(createHandlers(v14));
      expect(call('workspace.status', {}).teacher).toBeUndefined();
      call('workGroup.rename', { id: WORK_GROUP_ID, name: 'Renamed by the Lead' });
      expect(call('workGroup.get', { id: WORK_GROUP_ID }).name).toBe('Renamed by the Lead');
    } finally {
      v14.close();
    }
  });
});
