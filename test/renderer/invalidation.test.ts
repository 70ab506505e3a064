import { describe, expect, it } from 'vitest';
import { methods, type Method } from '../../src-shared/api/contract';
import { invalidatedBy, type Read } from '../../src-renderer/src/invalidation';

const G = '11111111-1111-4111-8111-111111111111';
const H = '22222222-2222-4222-8222-222222222222';
const RECORD = '33333333-3333-4333-8333-333333333333';

// What the group page, the Evaluation tab and the workspace's screens keep, for two Work Groups.
const kept: Read[] = [
  { method: 'workGroup.get', input: { id: G } },
  { method: 'workGroup.get', input: { id: H } },
  { method: 'workGroup.list', input: { includeArchived: true } },
  { method: 'school.list', input: {} },
  { method: 'project.list', input: {} },
  { method: 'reading.list', input: { workGroupId: G } },
  { method: 'reading.list', input: { workGroupId: H } },
  { method: 'journalEntry.list', input: { workGroupId: G } },
  { method: 'participant.list', input: { workGroupId: G } },
  { method: 'evaluation.workGroup', input: { id: G } },
  { method: 'evaluation.workGroup', input: { id: H } },
  { method: 'evaluation.hub', input: {} },
  { method: 'search.query', input: { text: 'fractions' } },
  { method: 'trash.list', input: {} },
  { method: 'backup.list', input: {} },
  { method: 'settings.get', input: {} },
];

/** Every list of records kept for G, and those across the workspace. */
const LISTS_OF_G = ['school.list', 'project.list', 'reading.list G', 'journalEntry.list G', 'participant.list G'];

const name = ({ method, input }: Read) => {
  const about = (input as { id?: string; workGroupId?: string }).id ?? (input as { workGroupId?: string }).workGroupId;
  return `${method}${about === G ? ' G' : about === H ? ' H' : ''}`;
};
const outOfDate = (method: Method, input: unknown, output: unknown = {}) =>
  kept.filter(invalidatedBy(method, input, output)).map(name);

describe('what a call makes out of date', () => {
  it('a record saved in a Work Group: its kind’s list there, that group’s evaluation, the hub and the workspace’s views', () => {
    const reading = { id: RECORD, workGroupId: G, citation: 'Boaler (2016)' };
    const expected = ['reading.list G', 'evaluation.workGroup G', 'evaluation.hub', 'search.query', 'trash.list'];
    expect(outOfDate('reading.create', { workGroupId: G, citation: 'Boaler (2016)' }, reading)).toEqual(expected);
    expect(outOfDate('reading.update', { id: RECORD, workGroupId: G, citation: 'Boaler' }, reading)).toEqual(expected);
  });

  it('a record deleted (named by id alone) takes linked records with it: every list of every group', () => {
    expect(outOfDate('participant.delete', { id: RECORD }, { deleted: 4 })).toEqual([
      'school.list',
      'project.list',
      'reading.list G',
      'reading.list H',
      'journalEntry.list G',
      'participant.list G',
      'evaluation.workGroup G',
      'evaluation.workGroup H',
      'evaluation.hub',
      'search.query',
      'trash.list',
    ]);
  });

  it('a record restored brings back its linked records, in its own Work Group', () => {
    expect(outOfDate('participant.restore', { id: RECORD }, { id: RECORD, workGroupId: G })).toEqual([
      ...LISTS_OF_G,
      'evaluation.workGroup G',
      'evaluation.hub',
      'search.query',
      'trash.list',
    ]);
  });

  it('a project renamed: every Work Group shows its project’s name, and every evaluation', () => {
    expect(outOfDate('project.update', { id: RECORD, name: 'Mastery' }, { id: RECORD, name: 'Mastery' })).toEqual([
      'workGroup.get G',
      'workGroup.get H',
      'workGroup.list',
      'project.list',
      'evaluation.workGroup G',
      'evaluation.workGroup H',
      'evaluation.hub',
      'search.query',
      'trash.list',
    ]);
  });

  it('a Work Group’s own fields changed: that group, the list of groups and its evaluation, none of its records', () => {
    const expected = [
      'workGroup.get G',
      'workGroup.list',
      'evaluation.workGroup G',
      'evaluation.hub',
      'search.query',
      'trash.list',
    ];
    expect(outOfDate('workGroup.update', { id: G, name: 'Fractions' }, { id: G })).toEqual(expected);
    expect(outOfDate('workGroup.rename', { id: G, name: 'Fractions' }, { id: G })).toEqual(expected);
    // The output of a rollover is the new year: the earlier one is what changed.
    expect(outOfDate('workGroup.rollover', { id: G, code: 'TRG-2026-01' }, { id: H })).toEqual(expected);
  });

  it('a Work Group moved to the Trash: it and all its records', () => {
    expect(outOfDate('workGroup.delete', { id: G }, { deleted: 12 })).toEqual([
      'workGroup.get G',
      'workGroup.list',
      ...LISTS_OF_G,
      'evaluation.workGroup G',
      'evaluation.hub',
      'search.query',
      'trash.list',
    ]);
  });

  it('a record’s History: out of date after any change to records, and a version put back is an update of its kind', () => {
    const history: Read = { method: 'history.list', input: { kind: 'reading', id: RECORD } };
    const changes = (method: Method, input: unknown, output: unknown = {}) =>
      invalidatedBy(method, input, output)(history);
    expect(
      changes('reading.update', { id: RECORD, workGroupId: G, citation: 'Boaler' }, { id: RECORD, workGroupId: G }),
    ).toBe(true);
    expect(changes('conflict.swap', { id: RECORD })).toBe(true);
    expect(changes('trash.erase', { everything: true })).toBe(true);
    expect(changes('judgement.set', { workGroupId: G })).toBe(false);
    expect(changes('backup.create', {})).toBe(false);
    const restored = { kind: 'reading', id: RECORD, workGroupId: G, version: 3 };
    expect(outOfDate('history.restore', { kind: 'reading', id: RECORD, version: 1 }, restored)).toEqual([
      'reading.list G',
      'evaluation.workGroup G',
      'evaluation.hub',
      'search.query',
      'trash.list',
    ]);
    expect(changes('history.restore', { kind: 'reading', id: RECORD, version: 1 }, restored)).toBe(true);
  });

  it('a Work Group’s own fields or a judgement put back: as their own saves, and their History', () => {
    const judgementHistory: Read = { method: 'history.list', input: { kind: 'judgement', id: RECORD } };
    const groupHistory: Read = { method: 'history.list', input: { kind: 'workGroup', id: G } };
    const findings: Read = { method: 'keyFindings.get', input: { workGroupId: G } };
    const group = { kind: 'workGroup', id: G, workGroupId: G, version: 4 };
    const changes = invalidatedBy('history.restore', { kind: 'workGroup', id: G, version: 1 }, group);
    expect([findings, groupHistory, judgementHistory].map(changes)).toEqual([true, true, true]);
    expect(outOfDate('history.restore', { kind: 'workGroup', id: G, version: 1 }, group)).toEqual(
      outOfDate('workGroup.update', { id: G }),
    );
    const judgement = { kind: 'judgement', id: RECORD, workGroupId: G, version: 3 };
    expect(outOfDate('history.restore', { kind: 'judgement', id: RECORD, version: 1 }, judgement)).toEqual(
      outOfDate('judgement.set', { workGroupId: G, subject: 'area:pupil_outcomes' }),
    );
    // Saving a judgement: the History of judgements, not a reading's.
    expect(invalidatedBy('judgement.set', { workGroupId: G }, {})(judgementHistory)).toBe(true);
    expect(invalidatedBy('judgement.set', { workGroupId: G }, {})(groupHistory)).toBe(false);
  });

  it('a judgement: only that group’s evaluation and the hub', () => {
    expect(outOfDate('judgement.set', { workGroupId: G, subject: 'area:pupil_outcomes' })).toEqual([
      'evaluation.workGroup G',
      'evaluation.hub',
    ]);
  });

  it('backups and settings: their own screens', () => {
    expect(outOfDate('backup.create', {})).toEqual(['backup.list']);
    expect(outOfDate('settings.set', { backupsKept: 5 })).toEqual(['backup.list', 'settings.get']);
  });

  it('whatever may change anything (a restore, an import, the demo, unlocking): everything', () => {
    for (const method of [
      'backup.restore',
      'bundle.import',
      'import.commit',
      'demo.load',
      'workspace.unlock',
    ] as const) {
      expect(outOfDate(method, {})).toHaveLength(kept.length);
    }
  });

  it('reads, checks, previews and exports change nothing', () => {
    const unchanging = methods.filter((method) =>
      /\.(list|get|query|status|check|preview|inspect|export|document|workbook)$|^evaluation\./.test(method),
    );
    expect(unchanging.length).toBeGreaterThan(20);
    for (const method of unchanging) expect(outOfDate(method, { id: G, workGroupId: G }), method).toEqual([]);
  });
});

describe('coded passages', () => {
  it('follow an edit of the text they are coded in, so the coding view shows them where the words now are', () => {
    const passages: Read = { method: 'codedPassage.list', input: { workGroupId: G } };
    const entry = { id: RECORD, workGroupId: G };
    expect(invalidatedBy('journalEntry.update', entry, entry)(passages)).toBe(true);
    expect(invalidatedBy('observation.update', { id: RECORD }, entry)(passages)).toBe(true);
    // A reading has no text that can be coded.
    expect(invalidatedBy('reading.update', entry, entry)(passages)).toBe(false);
  });
});
