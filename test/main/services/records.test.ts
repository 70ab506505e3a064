import { describe, expect, it } from 'vitest';
import { RECORD_KINDS, type RecordKind } from '../../../src-shared/api/contract';
import { RECORD_KIND_SPECS } from '../../../src-shared/domain/recordKinds';
import { recordResearchLesson, recordSmallYear, recordYearOfEveryKind } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';

describe('recording a year', () => {
  it('refuses a chosen record that is gone, naming it with the right article', () => {
    const { call, attempt } = tempWorkspace();
    const study = recordResearchLesson(call);
    const elsewhere = recordSmallYear(call, 'TRG-ELSEWHERE');
    const reply = attempt('researchLesson.create', { ...study.lesson, observationIds: [elsewhere.observation.id] });
    expect(reply).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'observationIds', message: 'Choose an observation from this Work Group.' }] },
    });
  });

  it('creates, lists, updates, deletes and restores every kind of record in the registry', () => {
    const { call, attempt } = tempWorkspace();
    const year = recordYearOfEveryKind(call);
    const workGroupId = year.workGroup.id;
    type Fields = Record<string, unknown>;
    const reply = (method: string, input: Fields) => {
      const answer = attempt(method, input);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
      return answer.result as Fields;
    };
    const listed = (kind: RecordKind) =>
      reply(`${kind}.list`, RECORD_KIND_SPECS[kind].parent ? { workGroupId } : {}) as unknown as Fields[];
    const ownFields = (kind: RecordKind, record: Fields) =>
      Object.fromEntries(Object.keys(RECORD_KIND_SPECS[kind].shape).map((key) => [key, record[key]]));

    for (const kind of RECORD_KINDS) {
      const spec = RECORD_KIND_SPECS[kind];
      // Of workspace-wide records (projects, schools), the one the year uses.
      const inYear = new Set([year.workGroup.projectId, year.school.id]);
      const records = listed(kind);
      const recorded = records.find((r) => inYear.has(r['id'] as string)) ?? records[0];
      expect(recorded, `the small year has a ${spec.label}`).toBeDefined();
      // Change the first thing a person wrote (what erasure would overwrite), and save the record whole:
      // words, or a set of answers (emptied).
      const text = spec.erased.find((f) => typeof recorded![f] === 'string');
      const edited = text ? { [text]: `${String(recorded![text])} (edited)` } : { [spec.erased[0]!]: {} };
      const fields = { ...ownFields(kind, recorded!), ...edited };
      const updated = reply(`${kind}.update`, { ...fields, id: recorded!['id'] });
      expect(ownFields(kind, updated), kind).toEqual(fields);

      let target = updated;
      if (!spec.parent) {
        // A workspace-wide record the year uses stays; a new one, used by nothing, can go.
        expect(attempt(`${kind}.delete`, { id: recorded!['id'] }), kind).toMatchObject({
          ok: false,
          error: { code: 'conflict' },
        });
        target = reply(`${kind}.create`, { ...fields, [text!]: `Another ${spec.label}` });
        expect(
          listed(kind).map((r) => r['id']),
          kind,
        ).toContain(target['id']);
      }
      const id = target['id'] as string;
      expect(reply(`${kind}.delete`, { id })['deleted'], kind).toBeGreaterThanOrEqual(1);
      expect(
        listed(kind).map((r) => r['id']),
        kind,
      ).not.toContain(id);
      expect(
        call('trash.list', {}).find((item) => item.id === id),
        kind,
      ).toMatchObject({ kind, label: spec.title(target) });
      expect(ownFields(kind, reply(`${kind}.restore`, { id })), kind).toEqual(ownFields(kind, target));
      expect(
        listed(kind).map((r) => r['id']),
        kind,
      ).toContain(id);
    }
  });

  it('takes everything that hangs off a participant to the Trash, and brings it all back', () => {
    const { call, attempt } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;

    // Asked before the delete, to confirm it: what goes with the participant, by kind.
    const linked = call('trash.linked', { kind: 'participant', id: year.participant.id });
    expect(linked).toEqual(
      expect.arrayContaining([
        { kind: 'focusChild', count: 1 },
        { kind: 'observation', count: 1 },
        { kind: 'journalEntry', count: 1 },
        { kind: 'surveyResponse', count: 1 },
        { kind: 'codedPassage', count: 1 },
      ]),
    );
    // What the Lead confirms is what moves: the participant and these six.
    expect(linked.reduce((n, item) => n + item.count, 0)).toBe(6);
    expect(call('trash.linked', { kind: 'observation', id: year.observation.id })).toEqual([]);

    // The five records, and the passage coded in the journal entry, go with the participant.
    expect(call('participant.delete', { id: year.participant.id })).toEqual({ deleted: 7 });
    expect(attempt('trash.linked', { kind: 'participant', id: year.participant.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(call('focusChild.list', { workGroupId })).toEqual([]);
    expect(call('observation.list', { workGroupId })).toEqual([]);
    expect(call('search.query', { text: 'quadrilateral' }).hits).toEqual([]);
    expect(call('trash.list', {})).toMatchObject([{ kind: 'participant', label: 'Ms Sample Teacher', alsoDeleted: 6 }]);

    expect(attempt('focusChild.restore', { id: year.child.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    call('participant.restore', { id: year.participant.id });
    expect(call('focusChild.list', { workGroupId })).toHaveLength(1);
    expect(call('observation.list', { workGroupId })).toHaveLength(1);
    expect(call('journalEntry.list', { workGroupId })).toHaveLength(1);
    expect(call('surveyResponse.list', { workGroupId })).toHaveLength(1);
    expect(call('trash.list', {})).toEqual([]);
    expect(call('search.query', { text: 'quadrilateral' }).hits).toMatchObject([{ kind: 'journalEntry' }]);
  });

  it('finds free text across the workspace, as prefixes, and only in the chosen Work Group when asked', () => {
    const { call } = tempWorkspace();
    const first = recordSmallYear(call, 'TRG-A');
    recordSmallYear(call, 'TRG-B');
    expect(call('search.query', { text: 'bar mod' }).total).toBeGreaterThanOrEqual(4);
    const inFirst = call('search.query', { text: 'quadrilateral', workGroupId: first.workGroup.id }).hits;
    expect(inFirst).toEqual([
      expect.objectContaining({
        kind: 'journalEntry',
        id: first.journalEntry.id,
        snippet: expect.stringContaining('['),
      }),
    ]);
    expect(call('search.query', { text: '"*) OR (' }).hits).toEqual([]);
  });
});
