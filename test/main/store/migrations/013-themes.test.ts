import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../src-main/services/handlers';
import { migrations } from '../../../../src-main/store/migrations';
import { openStore } from '../../../../src-main/store/store';
import { caller } from '../../../support/workspace';
import { expectAtVersion, openAtVersion, seedWorkGroup, WORK_GROUP_ID, workspaceAt } from './support';

/** The version before 013, whichever that is now. */
const BEFORE = migrations.filter((m) => m.version < 13).at(-1)!.version;

describe('migration 013: themes', () => {
  it('gives every Work Group an empty codebook, ready for themes and coded passages', () => {
    const path = workspaceAt(BEFORE, seedWorkGroup);
    const store = openAtVersion(path, 13);
    try {
      expectAtVersion(store.db, 13);
      for (const table of ['theme', 'coded_passage', 'theme_mapping'])
        expect(store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    } finally {
      store.close();
    }
    // Today's services read tables later migrations add: they run on the workspace as it opens now.
    const latest = openStore(path);
    try {
      const call = caller(createHandlers(latest));
      expect(call('theme.list', { workGroupId: WORK_GROUP_ID })).toEqual([]);
      expect(call('evaluation.themes', { workGroupId: WORK_GROUP_ID }).totals).toEqual({ passages: 0, needsReview: 0 });
      const added = call('themes.addStarter', { workGroupId: WORK_GROUP_ID, names: ['Stem sentences'] });
      expect(added.map((t) => t.name)).toEqual(['Talk and language', 'Stem sentences']);
    } finally {
      latest.close();
    }
  });
});
