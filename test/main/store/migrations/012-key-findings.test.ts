import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/services/handlers';
import { migrations } from '../../../../src-main/store/migrations';
import { openStore } from '../../../../src-main/store/store';
import { caller } from '../../../support/workspace';
import { expectAtVersion, openAtVersion, seedWorkGroup, WORK_GROUP_ID, workspaceAt } from './support';

/** The version before 012 (010 and 011 may land in either order). */
const BEFORE = migrations.filter((m) => m.version < 12).at(-1)!.version;

describe('migration 012: key findings', () => {
  it('gives every Work Group an empty list of key findings, so its report shows the draft until the Lead edits it', () => {
    const path = workspaceAt(BEFORE, seedWorkGroup);
    const v12 = openAtVersion(path, 12);
    try {
      expectAtVersion(v12.db, 12);
      expect(v12.db.prepare('SELECT key_findings FROM work_group WHERE id = ?').pluck().get(WORK_GROUP_ID)).toBe('[]');
    } finally {
      v12.close();
    }
    // Today's services read tables later migrations add: they run on the workspace as it opens now.
    const latest = openStore(path);
    try {
      const call = caller(createHandlers(latest));
      expect(call('keyFindings.get', { workGroupId: WORK_GROUP_ID }).edited).toBe(false);
      const own = ['Pupils explain more.'];
      call('keyFindings.set', { workGroupId: WORK_GROUP_ID, findings: own });
      expect(call('workGroup.get', { id: WORK_GROUP_ID }).keyFindings).toEqual(own);
    } finally {
      latest.close();
    }
  });
});
