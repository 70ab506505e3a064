import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS, type RecordKind } from '../../../src-shared/api/contract';
import { RECORD_KIND_SPECS } from '../../../src-shared/domain/recordKinds';
import { recordYearOfEveryKind } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';

type Fields = Record<string, unknown>;

/** A record's own fields, as its form sends them back. */
const ownFields = (kind: RecordKind, record: Fields) =>
  Object.fromEntries(Object.keys(RECORD_KIND_SPECS[kind].shape).map((key) => [key, record[key]]));

/** Whether a word is anywhere in the workspace's files on disk (the database and its write-ahead log). */
const onDisk = (path: string, word: string) =>
  [path, `${path}-wal`].some(
    (file) => existsSync(file) && readFileSync(file).toString('latin1').toLowerCase().includes(word.toLowerCase()),
  );

function workspaceWithYear() {
  const workspace = tempWorkspace();
  const year = recordYearOfEveryKind(workspace.call);
  const reply = (method: string, input: Fields) => {
    const answer = workspace.attempt(method, input);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return answer.result as Fields;
  };
  const keptRows = (kind: RecordKind, id: string) =>
    workspace.store.db
      .prepare('SELECT version, changed_fields FROM record_version WHERE kind = ? AND record_id = ? ORDER BY version')
      .all(kind, id) as { version: number; changed_fields: string | null }[];
  return { ...workspace, year, reply, keptRows };
}

describe('the edit history of every record', () => {
  it('keeps every kind’s earlier versions, written with the change, newest first with what changed', () => {
    const { call, year, reply, keptRows } = workspaceWithYear();
    const workGroupId = year.workGroup.id;
    for (const kind of RECORD_KINDS) {
      const spec = RECORD_KIND_SPECS[kind];
      const records = reply(`${kind}.list`, spec.parent ? { workGroupId } : {}) as unknown as Fields[];
      const record = records.find((r) => r['id'] === year.school.id) ?? records[0]!;
      const id = record['id'] as string;
      // Never changed: its only version is the one it holds, and nothing is written for it.
      expect(call('history.list', { kind, id }), kind).toEqual([
        {
          version: 1,
          at: record['updatedAt'],
          summary: 'Created.',
          changes: [],
          start: 'created',
          current: true,
          fromBundle: false,
        },
      ]);
      expect(keptRows(kind, id), kind).toEqual([]);

      // What a person wrote: words, or a set of answers (one more answer).
      const text = spec.erased.find((f) => typeof record[f] === 'string') ?? spec.erased[0]!;
      const edit = (n: number) =>
        typeof record[text] === 'string'
          ? `${String(record[text])} (${n})`
          : { ...(record[text] as Fields), edited: `(${n})` };
      const first = reply(`${kind}.update`, { ...ownFields(kind, record), id, [text]: edit(1) });
      reply(`${kind}.update`, { ...ownFields(kind, first), id, [text]: edit(2) });
      const versions = call('history.list', { kind, id });
      expect(
        versions.map((v) => [v.version, v.current]),
        kind,
      ).toEqual([
        [3, true],
        [2, false],
        [1, false],
      ]);
      expect(versions[2]!.summary, kind).toBe('Created.');
      expect(versions[0]!.summary, kind).toMatch(/ changed/);
      expect(keptRows(kind, id), kind).toEqual([
        { version: 1, changed_fields: null },
        { version: 2, changed_fields: JSON.stringify([text]) },
        { version: 3, changed_fields: JSON.stringify([text]) },
      ]);
      // A save that changes nothing is no new version.
      reply(`${kind}.update`, { ...ownFields(kind, first), id, [text]: edit(2) });
      expect(call('history.list', { kind, id }), kind).toHaveLength(3);
      // The first version put back is the record as it was created, as a fourth version.
      expect(call('history.restore', { kind, id, version: 1 }), kind).toMatchObject({ kind, id, version: 4 });
      const restored = (reply(`${kind}.list`, spec.parent ? { workGroupId } : {}) as unknown as Fields[]).find(
        (r) => r['id'] === id,
      )!;
      expect(ownFields(kind, restored), kind).toEqual(ownFields(kind, record));
    }
  });

  it('says what changed in plain words: short values from and to, long texts by name', () => {
    const { call, year } = workspaceWithYear();
    const { id, createdAt: _c, updatedAt: _u, workGroupId: _w, ...entry } = year.journalEntry;
    void [_c, _u, _w];
    call('journalEntry.update', { id, ...entry, date: '2026-02-04', text: 'Pupils reasoned aloud with bar models.' });
    call('journalEntry.update', {
      id,
      ...entry,
      date: '2026-02-04',
      text: 'Pupils reasoned aloud with bar models.',
      areas: ['pupil_outcomes'],
    });
    expect(call('history.list', { kind: 'journalEntry', id }).map((v) => v.summary)).toEqual([
      'Areas changed.',
      'Date changed from 15/10/2025 to 04/02/2026; Text changed.',
      'Created.',
    ]);
    expect(call('history.list', { kind: 'journalEntry', id })[1]!.changes).toEqual([
      { field: 'date', label: 'Date', from: '15/10/2025', to: '04/02/2026' },
      { field: 'text', label: 'Text', from: year.journalEntry.text, to: 'Pupils reasoned aloud with bar models.' },
    ]);
  });

  it('restores an earlier version as a new change, and refuses one that is current or overtaken', () => {
    const { call, attempt, year } = workspaceWithYear();
    const { id, createdAt: _c, updatedAt: _u, workGroupId: _w, ...entry } = year.journalEntry;
    void [_c, _u, _w];
    call('journalEntry.update', { id, ...entry, text: 'Second thoughts about bar models.' });
    const restored = call('history.restore', { kind: 'journalEntry', id, version: 1, ifLatest: 2 });
    expect(restored).toEqual({ kind: 'journalEntry', id, workGroupId: year.workGroup.id, version: 3 });
    const now = call('journalEntry.list', { workGroupId: year.workGroup.id }).find((e) => e.id === id)!;
    expect(now.text).toBe(year.journalEntry.text);
    expect(now.updatedAt > year.journalEntry.updatedAt).toBe(true);
    const versions = call('history.list', { kind: 'journalEntry', id });
    expect(versions[0]).toMatchObject({ version: 3, current: true, restoredFrom: 1 });
    expect(versions[0]!.summary).toBe('Version 1 put back: Text changed.');
    // The search index follows the restored words.
    expect(call('search.query', { text: 'Second thoughts' }).hits).toEqual([]);

    // An undo of a save that has since been overtaken puts nothing back.
    const stale = attempt('history.restore', { kind: 'journalEntry', id, version: 2, ifLatest: 2 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!stale.ok && stale.error.message).toMatch(/changed since.*History/);
    const current = attempt('history.restore', { kind: 'journalEntry', id, version: 3 });
    expect(current).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const unknown = attempt('history.restore', { kind: 'journalEntry', id, version: 9 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call('history.list', { kind: 'journalEntry', id })).toHaveLength(3);
  });

  it('restoring keeps the record’s rules: a version pointing at a reading now in the Trash is refused in words', () => {
    const { call, attempt, year } = workspaceWithYear();
    const { id, createdAt: _c, updatedAt: _u, workGroupId: _w, ...entry } = year.journalEntry;
    void [_c, _u, _w];
    call('journalEntry.update', { id, ...entry, readingIds: [] });
    call('reading.delete', { id: year.reading.id });
    const refused = attempt('history.restore', { kind: 'journalEntry', id, version: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(!refused.ok && refused.error.message).toMatch(/reading no longer exists/);
    expect(call('history.list', { kind: 'journalEntry', id })).toHaveLength(2);
  });

  it('erasing a focus child for good erases its earlier versions: no old pen portrait survives', () => {
    const { path, store, call, keptRows, year } = workspaceWithYear();
    const { id, createdAt: _c, updatedAt: _u, workGroupId: _w, ...child } = year.child;
    void [_c, _u, _w];
    call('focusChild.update', { id, ...child, penPortraitEnd: 'Zebrafinch now explains halves with a bar.' });
    call('focusChild.update', { id, ...child, penPortraitEnd: 'Explains halves with a bar model.' });
    expect(keptRows('focusChild', id)).toHaveLength(3);
    call('focusChild.delete', { id });
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(onDisk(path, 'Zebrafinch')).toBe(true);

    call('trash.erase', { ids: [id] });
    expect(keptRows('focusChild', id)).toEqual([]);
    expect(onDisk(path, 'Zebrafinch')).toBe(false);
    expect(onDisk(path, 'Reluctant to explain')).toBe(false);
  });
});
