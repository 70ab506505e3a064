import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_CHARS } from '../../../src-shared/api/drafts';
import { openWorkspace, tempWorkspace } from '../../support/workspace';
import { recordSmallYear } from '../../support/year';

describe('drafts of forms, kept in the workspace as they are typed', () => {
  it('keeps the latest draft of each form, across closing and opening the workspace, until it is discarded', () => {
    const { path, store, call } = tempWorkspace();
    const year = recordSmallYear(call);
    const key = `journalEntry:new:${year.participant.id}`;
    expect(call('draft.get', { key })).toBeNull();

    call('draft.save', { key, workGroupId: year.workGroup.id, fields: { text: 'Pupils began to' } });
    const { savedAt } = call('draft.save', {
      key,
      workGroupId: year.workGroup.id,
      recordId: year.participant.id,
      fields: { text: 'Pupils began to explain with bar models', areas: ['teacherKnowledge'] },
    });
    call('draft.save', { key: `participant:${year.participant.id}`, fields: { role: 'Year 6 teacher' } });
    store.close();

    const { call: again } = openWorkspace(path);
    expect(again('draft.get', { key })).toEqual({
      fields: { text: 'Pupils began to explain with bar models', areas: ['teacherKnowledge'] },
      savedAt,
    });
    expect(again('draft.discard', { key })).toEqual({ discarded: true });
    expect(again('draft.get', { key })).toBeNull();
    expect(again('draft.discard', { key })).toEqual({ discarded: false });
    // Only that form's draft went.
    expect(again('draft.get', { key: `participant:${year.participant.id}` })?.fields).toEqual({
      role: 'Year 6 teacher',
    });
  });

  it("lists a Work Group's drafts, each with the record it is about, for the lists to mark", () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const other = recordSmallYear(call, 'TRG-2025-99').workGroup;
    expect(call('draft.list', { workGroupId: year.workGroup.id })).toEqual([]);
    call('draft.save', {
      key: `participant:${year.participant.id}`,
      workGroupId: year.workGroup.id,
      recordId: year.participant.id,
      fields: { role: 'Year 6 teacher' },
    });
    call('draft.save', { key: `reading:new:${other.id}`, workGroupId: other.id, fields: { citation: 'Elsewhere' } });
    call('draft.save', {
      key: `observation:run:${year.workGroup.id}`,
      workGroupId: year.workGroup.id,
      fields: { rows: [] },
    });
    const listed = call('draft.list', { workGroupId: year.workGroup.id });
    expect(listed.map((d) => [d.key, d.recordId]).sort()).toEqual([
      [`observation:run:${year.workGroup.id}`, null],
      [`participant:${year.participant.id}`, year.participant.id],
    ]);
    // Without a Work Group, every draft in the workspace (the Work Groups list marks its Rename boxes').
    expect(call('draft.list', {}).map((d) => d.key)).toContain(`reading:new:${other.id}`);
    call('draft.discard', { key: `participant:${year.participant.id}` });
    expect(call('draft.list', { workGroupId: year.workGroup.id }).map((d) => d.key)).toEqual([
      `observation:run:${year.workGroup.id}`,
    ]);
  });

  it('refuses a form it cannot name and a draft too long to keep, in words that say what to do', () => {
    const { attempt } = tempWorkspace();
    const badKey = attempt('draft.save', { key: 'not a key', fields: {} });
    expect(badKey).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const tooLong = attempt('draft.save', { key: 'reading:new', fields: { text: 'x'.repeat(MAX_DRAFT_CHARS) } });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { message: 'This draft is too long to keep. Save what you have typed, or shorten it.' },
    });
  });

  it('erases the drafts of a record erased for good, and of new records under it', () => {
    const { path, call } = tempWorkspace();
    const year = recordSmallYear(call);
    const child = year.child;
    const words = 'Zindleworth hesitated before comparing';
    call('draft.save', {
      key: `focusChild:${child.id}`,
      workGroupId: year.workGroup.id,
      recordId: child.id,
      fields: { penPortraitEnd: words },
    });
    call('draft.save', {
      key: `observation:new:${child.id}`,
      workGroupId: year.workGroup.id,
      recordId: child.id,
      fields: { text: words },
    });
    call('draft.save', { key: 'reading:new', workGroupId: year.workGroup.id, fields: { citation: 'Kept' } });

    call('focusChild.delete', { id: child.id });
    call('trash.erase', { ids: [child.id] });

    expect(call('draft.get', { key: `focusChild:${child.id}` })).toBeNull();
    expect(call('draft.get', { key: `observation:new:${child.id}` })).toBeNull();
    expect(call('draft.get', { key: 'reading:new' })?.fields).toEqual({ citation: 'Kept' });
    const onDisk = [path, `${path}-wal`].some(
      (file) => existsSync(file) && readFileSync(file).toString('latin1').includes('Zindleworth'),
    );
    expect(onDisk).toBe(false);

    call('workGroup.delete', { id: year.workGroup.id });
    call('trash.erase', { ids: [year.workGroup.id] });
    expect(call('draft.get', { key: 'reading:new' })).toBeNull();
  });
});
