import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src-main/demo/generate';
import { evaluationService } from '../../../src-main/services/evaluation';
import { migrations } from '../../../src-main/store/migrations';
import { openStore, type Store } from '../../../src-main/store/store';
import { engineFingerprint } from '../../../scripts/engine-fingerprint';
import { recomputedHub } from '../../support/hub';
import { seedWorkGroup, WORK_GROUP_ID } from '../store/migrations/support';
import { recordSmallYear } from '../../support/year';
import { openWorkspace, tempFolder, tempWorkspace } from '../../support/workspace';
import { carry, machine, sharedClock } from '../exchange/support';

const AS_OF = '2026-07-20';
const ENGINE = engineFingerprint();

const kept = (store: Store) =>
  store.db.prepare('SELECT work_group_id, version, as_of, engine FROM hub_figures ORDER BY work_group_id').all() as {
    work_group_id: string;
    version: number;
    as_of: string;
    engine: string;
  }[];
const versions = (store: Store) => store.db.prepare('SELECT * FROM work_group_version ORDER BY work_group_id').all();

describe('hub figures kept in the workspace, on the hub demo', () => {
  // Made once for these tests, in a folder of its own (test folders go after each test).
  const folder = mkdtempSync(join(tmpdir(), 'wge-hub-figures-'));
  const demo = join(folder, 'hub.wgdb');
  beforeAll(() => generateDemo(demo, { scale: 'hub', seed: 5 }), 240_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** A copy of the demo of its own, so that each test starts from the same file. */
  const copyOfTheDemo = () => {
    const path = join(tempFolder(), 'hub.wgdb');
    copyFileSync(demo, path);
    return path;
  };

  it('reads the figures on reopening, equal to figures worked out afresh, before and after an edit', () => {
    const path = copyOfTheDemo();
    const first = openWorkspace(path);
    const workedOut = first.call('evaluation.hub', { asOf: AS_OF });
    // The hub demo's 40 Work Groups of this year and the 3 of last year rolled over into this one, and a community's second year.
    expect(workedOut.workGroupCount).toBe(44);
    const rows = kept(first.store);
    expect(rows).toHaveLength(44);
    expect(new Set(rows.map((r) => `${r.as_of} ${r.engine}`))).toEqual(new Set([`${AS_OF} ${ENGINE}`]));
    first.store.close();

    const reopened = openWorkspace(path);
    const read = reopened.call('evaluation.hub', { asOf: AS_OF });
    expect(read).toStrictEqual(workedOut);
    expect(read).toStrictEqual(recomputedHub(reopened.store, AS_OF));

    const [group] = reopened.call('workGroup.list', {});
    const meeting = reopened.call('meeting.list', { workGroupId: group!.id })[0]!;
    reopened.call('meeting.delete', { id: meeting.id });
    reopened.call('workGroup.rename', { id: group!.id, name: 'A renamed Work Group' });
    reopened.store.close();

    const afterTheEdit = openWorkspace(path);
    const rolledUp = afterTheEdit.call('evaluation.hub', { asOf: AS_OF });
    expect(rolledUp.rows.find((r) => r.workGroup.id === group!.id)!.workGroup.name).toBe('A renamed Work Group');
    expect(rolledUp).toStrictEqual(recomputedHub(afterTheEdit.store, AS_OF));
    expect(rolledUp).not.toEqual(workedOut);
  });

  it('keeps what a roll-up works out in one transaction, moving no Work Group’s version', () => {
    const store = openStore(copyOfTheDemo());
    try {
      const before = versions(store);
      let transactions = 0;
      const counted: Store = {
        ...store,
        transaction: (action) => {
          transactions += 1;
          return store.transaction(action);
        },
      };
      evaluationService(counted).evaluateHub({ asOf: AS_OF });
      expect(kept(store)).toHaveLength(44);
      expect(transactions).toBe(1);
      expect(versions(store)).toEqual(before);
    } finally {
      store.close();
    }
  });
});

describe('hub figures kept in the workspace', () => {
  /** A small year, rolled up once (so its figures are kept), then its figures altered on disk to tell them apart. */
  function keptAndMarked() {
    const { path, call, store } = tempWorkspace();
    const year = recordSmallYear(call);
    call('evaluation.hub', { asOf: AS_OF });
    store.db.exec(`UPDATE hub_figures SET facts = json_set(facts, '$.totals.meetings', 999)`);
    store.close();
    return { path, year };
  }
  const meetingsIn = (ws: ReturnType<typeof openWorkspace>, asOf = AS_OF) =>
    ws.call('evaluation.hub', { asOf }).totals.meetings;

  it('are read, not worked out, when the version, the "as of" date and the engine are the same', () => {
    const { path } = keptAndMarked();
    expect(meetingsIn(openWorkspace(path))).toBe(999);
  });

  it('are worked out afresh for another "as of" date, another version or another engine, and replaced', () => {
    const ws = openWorkspace(keptAndMarked().path);
    expect(meetingsIn(ws, '2026-07-21')).toBe(1);
    expect(kept(ws.store)[0]!.as_of).toBe('2026-07-21');
    ws.store.close();

    const again = keptAndMarked();
    const edited = openWorkspace(again.path);
    edited.call('reading.create', { workGroupId: again.year.workGroup.id, citation: 'Another paper' });
    expect(meetingsIn(edited)).toBe(1);

    const older = keptAndMarked();
    const db = openStore(older.path);
    db.db.exec(`UPDATE hub_figures SET engine = 'an older engine'`);
    db.db
      .prepare(`INSERT INTO hub_figures (work_group_id, version, as_of, engine, facts) VALUES (?, 1, ?, ?, '{}')`)
      .run('a-group-no-longer-rolled-up', AS_OF, 'an older engine');
    db.close();
    const upgraded = openWorkspace(older.path);
    expect(meetingsIn(upgraded)).toBe(1);
    // Figures of an older engine are dropped, not just passed over.
    expect(kept(upgraded.store).map((r) => [r.work_group_id, r.engine])).toEqual([[older.year.workGroup.id, ENGINE]]);
  });

  it('are not kept on a full disk, and the roll-up is still right', () => {
    const { call, store } = tempWorkspace();
    recordSmallYear(call);
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    expect(call('evaluation.hub', { asOf: AS_OF })).toStrictEqual(recomputedHub(store, AS_OF));
    expect(kept(store)).toEqual([]);
  });

  it('are not carried in bundles', async () => {
    const now = sharedClock();
    const lead = machine(now, 'lead');
    const hub = machine(now, 'hub');
    const year = recordSmallYear(lead.call);
    lead.call('evaluation.hub', { asOf: AS_OF });
    expect(kept(lead.store)).toHaveLength(1);
    await carry(lead, hub, year.workGroup.id);
    expect(kept(hub.store)).toEqual([]);
    expect(hub.call('evaluation.hub', { asOf: AS_OF })).toStrictEqual(lead.call('evaluation.hub', { asOf: AS_OF }));
  });

  it('go when anything is erased, so that an erased Work Group’s name is nowhere in the file', () => {
    const { path, call, store } = tempWorkspace();
    const year = recordSmallYear(call);
    call('workGroup.rename', { id: year.workGroup.id, name: 'Quokkaberry Work Group' });
    call('evaluation.hub', { asOf: AS_OF });
    call('workGroup.delete', { id: year.workGroup.id });
    call('trash.erase', { ids: [year.workGroup.id] });
    expect(kept(store)).toEqual([]);
    const onDisk = [path, `${path}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1'));
    expect(onDisk.join('')).not.toContain('Quokkaberry');
  });
});

describe('migration 009: hub figures', () => {
  it('upgrades a workspace with nothing kept, and its first roll-up keeps its figures', () => {
    const path = join(tempFolder(), 'v7.wgdb');
    // Rows as the version before wrote them: today's services write columns that version did not have.
    const older = openStore(path, { migrations: migrations.filter((m) => m.version < 9) });
    seedWorkGroup(older.db);
    older.close();

    const { store, call } = openWorkspace(path);
    expect(kept(store)).toEqual([]);
    expect(call('evaluation.hub', { asOf: AS_OF })).toStrictEqual(recomputedHub(store, AS_OF));
    expect(kept(store).map((r) => r.work_group_id)).toEqual([WORK_GROUP_ID]);
  });
});
