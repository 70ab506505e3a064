import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/services/handlers';
import { migrations } from '../../../../src-main/store/migrations';
import { tempFolder, caller } from '../../../support/workspace';
import { expectAtVersion, openAtVersion, seedWorkGroup, workspaceAt } from './support';

/** The version before 015 (013 may land before or after it). */
const BEFORE = migrations.filter((m) => m.version < 15).at(-1)!.version;

describe('migration 015: the shared-folder inbox', () => {
  it('gives a workspace already in use no shared folder and nothing taken from one, and lets it set one', () => {
    const path = workspaceAt(BEFORE, seedWorkGroup);
    const v15 = openAtVersion(path, 15);
    try {
      expectAtVersion(v15.db, 15);
      expect(v15.db.prepare('SELECT COUNT(*) FROM inbox_bundle').pluck().get()).toBe(0);
      const call = caller(createHandlers(v15));
      expect(call('inbox.status', {})).toEqual({});
      const folder = tempFolder();
      expect(call('inbox.setFolder', { folder })).toEqual({ folder });
    } finally {
      v15.close();
    }
  });
});
