import { describe, expect, it } from 'vitest';
import { bindToContract, dispatch } from '../../../src-main/services/dispatch';
import { workGroupHandlers } from '../../../src-main/services/workGroups';
import { sampleWorkGroup, tempWorkspace } from '../../support/workspace';

/** A Work Group whose row breaks the contract (no Lead's name), as a file from an older version might hold. */
function workspaceWithABrokenRow() {
  const workspace = tempWorkspace();
  const group = workspace.call('workGroup.create', sampleWorkGroup);
  workspace.store.db.prepare("UPDATE work_group SET lead_name = '' WHERE id = ?").run(group.id);
  const nameOf = () =>
    (workspace.store.db.prepare('SELECT name FROM work_group WHERE id = ?').get(group.id) as { name: string }).name;
  return { ...workspace, group, nameOf };
}

const messageOf = (reply: unknown) => (reply as { error: { message: string } }).error.message;

describe('an answer that breaks the contract', () => {
  it('saves nothing when it is checked inside the call’s transaction, as the reply says', () => {
    const { attempt, group, nameOf } = workspaceWithABrokenRow();

    const reply = attempt('workGroup.rename', { id: group.id, name: 'A name that must not land' });

    expect(reply).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(messageOf(reply)).toMatch(/nothing was saved/);
    expect(nameOf()).toBe(sampleWorkGroup.name);
  });

  it('says the work may have been saved when the call cannot run in one transaction', () => {
    const { store, handlers, group, nameOf } = workspaceWithABrokenRow();
    // A backup copies the whole file, which SQLite refuses inside a transaction: here it renames instead.
    const rename = workGroupHandlers(store)['workGroup.rename'];
    const renamingBackup = bindToContract(
      { ...handlers, 'backup.create': () => rename({ id: group.id, name: 'Renamed' }) as never },
      store.transaction,
    );

    const reply = dispatch(renamingBackup, 'backup.create', {});

    expect(nameOf()).toBe('Renamed');
    expect(reply).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(messageOf(reply)).toMatch(/may have been saved/);
    expect(messageOf(reply)).not.toMatch(/nothing was saved/);
  });
});
