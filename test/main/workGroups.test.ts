import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src-main/services/dispatch';
import { sampleWorkGroup, tempWorkspace } from '../support/workspace';

const count = (store: ReturnType<typeof tempWorkspace>['store']) =>
  (store.db.prepare('SELECT count(*) AS n FROM work_group').get() as { n: number }).n;

describe('Work Groups through the contract', () => {
  it('creates, lists, renames, archives and restores', () => {
    const { handlers } = tempWorkspace();
    const created = dispatch(handlers, 'workGroup.create', { ...sampleWorkGroup, code: ' trg-2025-01 ' });
    expect(created.ok).toBe(true);
    const group = (created as { result: { id: string; code: string; status: string } }).result;
    expect(group.code).toBe('TRG-2025-01');
    expect(group.status).toBe('active');

    const renamed = dispatch(handlers, 'workGroup.rename', { id: group.id, name: 'Fractions and reasoning' });
    expect(renamed).toMatchObject({ ok: true, result: { name: 'Fractions and reasoning' } });

    dispatch(handlers, 'workGroup.archive', { id: group.id });
    expect(dispatch(handlers, 'workGroup.list', {})).toEqual({ ok: true, result: [] });
    expect(dispatch(handlers, 'workGroup.list', { includeArchived: true })).toMatchObject({
      ok: true,
      result: [{ code: 'TRG-2025-01', status: 'archived' }],
    });
    dispatch(handlers, 'workGroup.archive', { id: group.id, archived: false });
    expect(dispatch(handlers, 'workGroup.list', {})).toMatchObject({ ok: true, result: [{ status: 'active' }] });
  });

  it('names each bad field and writes nothing', () => {
    const { handlers, store } = tempWorkspace();
    const reply = dispatch(handlers, 'workGroup.create', { ...sampleWorkGroup, academicYear: '2025/27', name: ' ' });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('invalid_input');
    expect(reply.error.fields).toEqual([
      { field: 'name', message: 'Name is required.' },
      { field: 'academicYear', message: 'Academic year must look like 2025/26.' },
    ]);
    expect(count(store)).toBe(0);
  });

  it('refuses a code already in use, beside the code field', () => {
    const { handlers, store } = tempWorkspace();
    dispatch(handlers, 'workGroup.create', sampleWorkGroup);
    const reply = dispatch(handlers, 'workGroup.create', { ...sampleWorkGroup, name: 'Another' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict', fields: [{ field: 'code' }] } });
    expect(count(store)).toBe(1);
  });

  it('refuses unknown ids, unknown fields, huge strings and unknown methods', () => {
    const { handlers, store } = tempWorkspace();
    const missing = dispatch(handlers, 'workGroup.rename', { id: crypto.randomUUID(), name: 'X' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const extra = dispatch(handlers, 'workGroup.create', { ...sampleWorkGroup, pupilName: 'someone' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const huge = dispatch(handlers, 'workGroup.create', { ...sampleWorkGroup, name: 'x'.repeat(1024 * 1024) });
    expect(huge).toMatchObject({ ok: false, error: { fields: [{ field: 'name' }] } });
    const notId = dispatch(handlers, 'workGroup.archive', { id: 'drop table' });
    expect(notId).toMatchObject({ ok: false, error: { fields: [{ field: 'id' }] } });
    expect(dispatch(handlers, 'workGroup.frobnicate', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(count(store)).toBe(0);
  });
});
