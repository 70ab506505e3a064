import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../../src-shared/api/contract';
import { listBackups } from '../../../src-main/store/backup';
import { dumpEverything } from '../exchange/support';
import { PRIMARY_MASTERY_PROJECT_ID } from '../../support/workspace';
import { tempSession } from './session';

type Call = <M extends Method>(method: M, input: Input<M>) => Output<M>;

/** A Work Group of the given year with one teacher following one focus child, observed once. */
function yearWithChild(call: Call, code: string, academicYear: string) {
  const start = Number(academicYear.slice(0, 4));
  const workGroup = call('workGroup.create', {
    code,
    name: `Reasoning in ${academicYear}`,
    academicYear,
    projectId: PRIMARY_MASTERY_PROJECT_ID,
    leadName: 'Ms Example Lead',
  });
  const school = call('school.create', { name: `Test Primary ${code}`, phase: 'primary', urn: '' });
  const participant = call('participant.create', {
    workGroupId: workGroup.id,
    schoolId: school.id,
    name: 'Ms Sample Teacher',
  });
  const child = call('focusChild.create', {
    participantId: participant.id,
    code: `${code.slice(4, 8)}-A`,
    yearGroup: 'y4',
  });
  call('observation.create', {
    focusChildId: child.id,
    date: `${start}-11-05`,
    kind: 'pupil_voice',
    text: 'Explained why a half is bigger than a third.',
  });
  return { workGroup, child };
}

// "Today" for these tests: the autumn of 2025/26.
const autumn2025 = () => '2025-10-01T09:00:00.000Z';

describe('keeping focus-child data for N years', () => {
  it('lists the focus children of years ended more than N years ago, by their Work Group’s academic year', () => {
    const { call } = tempSession({ now: autumn2025 });
    const old = yearWithChild(call, 'TRG-2020-01', '2020/21');
    const edge = yearWithChild(call, 'TRG-2021-01', '2021/22');
    yearWithChild(call, 'TRG-2022-01', '2022/23');
    yearWithChild(call, 'TRG-2025-01', '2025/26');

    // Three years (the default): 2021/22 ended on 31/08/2022, so it was kept until 31/08/2025.
    const { years, items } = call('retention.list', {});
    expect(years).toBe(3);
    expect(items.map((i) => [i.workGroupCode, i.keepUntil])).toEqual([
      ['TRG-2020-01', '2024-08-31'],
      ['TRG-2021-01', '2025-08-31'],
    ]);
    expect(items[0]).toMatchObject({
      id: old.child.id,
      code: '2020-A',
      yearGroup: 'y4',
      academicYear: '2020/21',
      workGroupId: old.workGroup.id,
      observations: 1,
    });

    call('settings.set', { focusChildRetentionYears: 4 });
    expect(call('retention.list', {}).items.map((i) => i.id)).toEqual([old.child.id]);
    call('settings.set', { focusChildRetentionYears: 1 });
    expect(call('retention.list', {}).items.map((i) => i.workGroupCode)).toEqual([
      'TRG-2020-01',
      'TRG-2021-01',
      'TRG-2022-01',
    ]);
    expect(call('retention.list', {}).items.map((i) => i.id)).toContain(edge.child.id);
  });

  it('moves the chosen old focus children and their observations to the Trash in one action, after a backup', () => {
    const { path, call } = tempSession({ now: autumn2025 });
    const old = yearWithChild(call, 'TRG-2019-01', '2019/20');
    // A year carried into the next is read-only, but its children's data still has to go when it is due.
    const next = call('workGroup.rollover', { id: old.workGroup.id, code: 'TRG-2020-07', carryFocusChildren: true });
    const current = yearWithChild(call, 'TRG-2025-01', '2025/26');
    const due = call('retention.list', {}).items;
    expect(due.map((i) => i.workGroupId)).toEqual([old.workGroup.id, next.id]);

    const done = call('retention.delete', { focusChildIds: due.map((i) => i.id) });
    expect(done).toMatchObject({ deleted: 2, records: 3 }); // two children, the one observation of the first
    expect(listBackups(path).find((b) => b.fileName === done.backup)?.reason).toBe('before-retention');
    expect(call('retention.list', {}).items).toEqual([]);
    expect(call('focusChild.list', { workGroupId: old.workGroup.id })).toEqual([]);
    expect(call('observation.list', { workGroupId: old.workGroup.id })).toEqual([]);
    expect(call('focusChild.list', { workGroupId: current.workGroup.id })).toHaveLength(1);
    // Soft deletes: the Trash holds them, and a slip can be undone.
    const trash = call('trash.list', {});
    expect(
      trash
        .filter((t) => t.kind === 'focusChild')
        .map((t) => t.id)
        .sort(),
    ).toEqual(due.map((i) => i.id).sort());
  });

  it('erases them for good at once when asked, taking no backup that would keep them', () => {
    const { path, call } = tempSession({ now: autumn2025 });
    const old = yearWithChild(call, 'TRG-2019-01', '2019/20');
    const backupsBefore = listBackups(path).length;
    const done = call('retention.delete', { focusChildIds: [old.child.id], eraseNow: true });
    expect(done).toEqual({ deleted: 1, records: 2, erased: true });
    expect(listBackups(path)).toHaveLength(backupsBefore);
    expect(call('retention.list', {}).items).toEqual([]);
    expect(call('trash.list', {})).toEqual([]);
    for (const file of [path, `${path}-wal`]) {
      const bytes = existsSync(file) ? readFileSync(file).toString('latin1') : '';
      expect(bytes).not.toContain('a half is bigger than a third');
    }
  });

  it('refuses children not yet due, unknown ones and bad input, deleting nothing and taking no backup', async () => {
    const { path, session, call, attempt } = tempSession({ now: autumn2025 });
    const old = yearWithChild(call, 'TRG-2019-01', '2019/20');
    const current = yearWithChild(call, 'TRG-2025-01', '2025/26');
    const before = dumpEverything(session.store);
    const backups = listBackups(path).length;

    const notDue = await attempt('retention.delete', { focusChildIds: [old.child.id, current.child.id] });
    expect(notDue).toMatchObject({ ok: false, error: { code: 'conflict', fields: [{ field: 'focusChildIds' }] } });
    expect(!notDue.ok && notDue.error.message).toMatch(/^One of the chosen focus children is not due for deletion/);
    expect(await attempt('retention.delete', { focusChildIds: [crypto.randomUUID()] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    for (const bad of [{ focusChildIds: [] }, { focusChildIds: ['Y4-A'] }, { focusChildIds: old.child.id }, {}]) {
      const reply = await attempt('retention.delete', bad);
      expect(reply, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await attempt('retention.list', { years: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });

    expect(dumpEverything(session.store)).toEqual(before);
    expect(listBackups(path)).toHaveLength(backups);
  });
});
