import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { STARTER_THEMES } from '../../../src-shared/themes/starter';
import { recordSmallYear } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';
import { asSaved } from './asSaved';

type Call = ReturnType<typeof tempWorkspace>['call'];

/** Codes the first occurrence of some words of a record's field. */
function code(
  call: Call,
  workGroupId: string,
  record: { id: string },
  recordKind: 'journalEntry' | 'observation' | 'focusChild' | 'meeting',
  field: string,
  text: string,
  words: string,
  themeIds: string[],
) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in the text`);
  return call('codedPassage.create', {
    workGroupId,
    recordKind,
    recordId: record.id,
    field,
    startOffset: start,
    endOffset: start + words.length,
    words,
    themeIds,
  });
}

/** Codes words of the small year's journal entry. */
const codeEntry = (call: Call, year: ReturnType<typeof recordSmallYear>, words: string, themeIds: string[]) =>
  code(call, year.workGroup.id, year.journalEntry, 'journalEntry', 'text', year.journalEntry.text, words, themeIds);

/** Codes words of the small year's focus child's pen portrait (start of year). */
const codePortrait = (call: Call, year: ReturnType<typeof recordSmallYear>, words: string, themeIds: string[]) =>
  code(
    call,
    year.workGroup.id,
    year.child,
    'focusChild',
    'penPortraitStart',
    year.child.penPortraitStart,
    words,
    themeIds,
  );

describe('the codebook', () => {
  it('adds starter themes with their broader themes, once, and leaves the rest alone', () => {
    const { call } = tempWorkspace();
    const { workGroup } = recordSmallYear(call);
    const added = call('themes.addStarter', { workGroupId: workGroup.id, names: ['Stem sentences', 'bar models'] });
    // "Bar models" is in the small year's codebook already; "Stem sentences" brings "Talk and language".
    expect(added.map((t) => t.name).sort()).toEqual(['Stem sentences', 'Talk and language']);
    const byName = new Map(call('theme.list', { workGroupId: workGroup.id }).map((t) => [t.name, t]));
    expect(byName.get('Stem sentences')!.parentId).toBe(byName.get('Talk and language')!.id);
    expect(call('themes.addStarter', { workGroupId: workGroup.id, names: ['Stem sentences'] })).toEqual([]);
    expect(STARTER_THEMES.length).toBeGreaterThanOrEqual(12);
  });

  it('refuses a second theme of the same name and a third level', () => {
    const { call, attempt } = tempWorkspace();
    const { workGroup, theme } = recordSmallYear(call);
    expect(attempt('theme.create', { workGroupId: workGroup.id, name: ' bar MODELS ' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'The codebook already has a theme called “bar MODELS”.' },
    });
    const broad = call('theme.create', { workGroupId: workGroup.id, name: 'Representations' });
    const narrow = call('theme.update', asSaved('theme', theme, { parentId: broad.id }));
    expect(narrow.parentId).toBe(broad.id);
    const third = attempt('theme.create', { workGroupId: workGroup.id, name: 'Part-whole bars', parentId: narrow.id });
    expect(third).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('merges a theme into another: its passages and narrower themes move, and it goes to the Trash', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;
    const other = call('theme.create', { workGroupId, name: 'Bar modelling' });
    const under = call('theme.create', { workGroupId, name: 'Comparison bars', parentId: other.id });
    const passage = codeEntry(call, year, 'pupils began to reason aloud', [other.id, year.theme.id]);
    const survivor = call('themes.merge', { id: other.id, intoId: year.theme.id });
    expect(survivor.id).toBe(year.theme.id);
    const passages = call('codedPassage.list', { workGroupId });
    expect(passages.find((p) => p.id === passage.id)!.themeIds).toEqual([year.theme.id]);
    expect(call('theme.list', { workGroupId }).find((t) => t.id === under.id)!.parentId).toBe(year.theme.id);
    expect(call('trash.list', {}).map((i) => i.label)).toContain('Theme: Bar modelling');
  });
});

describe('coded passages', () => {
  it('refuses words that are not at the place given', () => {
    const { call, attempt } = tempWorkspace();
    const year = recordSmallYear(call);
    const reply = attempt('codedPassage.create', {
      workGroupId: year.workGroup.id,
      recordKind: 'journalEntry',
      recordId: year.journalEntry.id,
      field: 'text',
      startOffset: 0,
      endOffset: 9,
      words: 'bar model',
      themeIds: [year.theme.id],
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(attempt('codedPassage.create', { ...year.codedPassage, field: 'date' })).toMatchObject({ ok: false });
  });

  it('follow their words when the record is edited, and are flagged for review, never dropped, when the words go', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;
    const entry = year.journalEntry;
    const passage = () => call('codedPassage.list', { workGroupId }).find((p) => p.id === year.codedPassage.id)!;

    const moved = `Week 3. ${entry.text}`;
    call('journalEntry.update', asSaved('journalEntry', entry, { text: moved }));
    expect(passage()).toMatchObject({
      startOffset: moved.indexOf('the bar model'),
      words: 'the bar model',
      needsReview: false,
    });

    // A word changed inside a longer passage: the closest wording is taken.
    const aloud = code(call, workGroupId, entry, 'journalEntry', 'text', moved, 'pupils began to reason aloud', [
      year.theme.id,
    ]);
    const reworded = moved.replace('began', 'started');
    call('journalEntry.update', asSaved('journalEntry', entry, { text: reworded }));
    expect(call('codedPassage.list', { workGroupId }).find((p) => p.id === aloud.id)).toMatchObject({
      startOffset: reworded.indexOf('pupils started'),
      words: 'pupils started to reason aloud',
      needsReview: false,
    });

    call(
      'journalEntry.update',
      asSaved('journalEntry', entry, { text: 'Pupils worked in pairs on a different task.' }),
    );
    expect(passage()).toMatchObject({ words: 'the bar model', needsReview: true });
    expect(call('evaluation.themes', { workGroupId }).totals).toEqual({ passages: 2, needsReview: 2 });

    // Put back, the words are found again and the flag goes.
    call('journalEntry.update', asSaved('journalEntry', entry, { text: reworded }));
    expect(passage()).toMatchObject({ words: 'the bar model', needsReview: false });
  });

  it('go to the Trash with their record, and come back with it', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;
    expect(call('journalEntry.delete', { id: year.journalEntry.id })).toEqual({ deleted: 2 });
    expect(call('codedPassage.list', { workGroupId })).toEqual([]);
    call('journalEntry.restore', { id: year.journalEntry.id });
    expect(call('codedPassage.list', { workGroupId }).map((p) => p.id)).toEqual([year.codedPassage.id]);
  });
});

describe('theme figures', () => {
  it('count each theme by participant, child, school, term and kind, in the matrix and together', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;
    const stems = call('theme.create', { workGroupId, name: 'Stem sentences' });
    const second = call('participant.create', {
      workGroupId,
      schoolId: year.school.id,
      name: 'Mr Second Teacher',
      role: 'Year 6 teacher',
    });
    const entry = call('journalEntry.create', {
      participantId: second.id,
      date: '2026-02-10',
      text: 'We used stem sentences and a bar model; the stem sentences stuck.',
    });
    code(call, workGroupId, entry, 'journalEntry', 'text', entry.text, 'stem sentences and a bar model', [
      stems.id,
      year.theme.id,
    ]);
    codeEntry(call, year, 'pupils began to reason aloud', [stems.id]);
    codePortrait(call, year, 'relies on counting', [stems.id]);

    const figures = call('evaluation.themes', { workGroupId });
    const [bar, stem] = figures.themes;
    expect(bar).toMatchObject({ name: 'Bar models', passages: 2, records: 2 });
    expect(stem).toMatchObject({ name: 'Stem sentences', passages: 3, records: 3 });
    expect(stem!.byParticipant).toEqual([
      { key: second.id, label: 'Mr Second Teacher', count: 1 },
      { key: year.participant.id, label: 'Ms Sample Teacher', count: 2 },
    ]);
    expect(stem!.byFocusChild).toEqual([{ key: year.child.id, label: year.child.code, count: 2 }]);
    expect(stem!.bySchool).toEqual([{ key: year.school.id, label: year.school.name, count: 3 }]);
    expect(stem!.byTerm).toEqual([
      { key: 'autumn', label: 'Autumn', count: 2 },
      { key: 'spring', label: 'Spring', count: 1 },
    ]);
    expect(stem!.byRecordKind).toEqual([
      { key: 'journalEntry', label: 'Journal entry', count: 2 },
      { key: 'focusChild', label: 'Focus child', count: 1 },
    ]);

    const matrix = figures.matrix.participant;
    expect(matrix.cases.map((c) => c.label)).toEqual(['Mr Second Teacher', 'Ms Sample Teacher']);
    expect(matrix.cells.map((row) => row.map((cell) => cell.count))).toEqual([
      [1, 1],
      [1, 2],
    ]);
    // A cell opens its passages.
    const [cellPassage] = matrix.cells[0]![0]!.passageIds;
    const opened = call('evaluation.themePassages', {
      workGroupId,
      themeId: bar!.id,
      caseKind: 'participant',
      caseId: second.id,
    });
    expect(opened.map((p) => p.id)).toEqual([cellPassage]);
    expect(opened[0]).toMatchObject({
      words: 'stem sentences and a bar model',
      before: 'We used ',
      after: '; the stem sentences stuck.',
      source: 'Journal entry, 10/02/2026 (Mr Second Teacher)',
      fieldLabel: 'entry',
      date: '2026-02-10',
    });

    // Together in the same record in two journal entries, and in the same passage once.
    expect(figures.coOccurrence).toEqual([{ themeId: bar!.id, otherId: stem!.id, records: 2, overlapping: 1 }]);

    // One focus child is too few to show their change: withheld, with the reason in words.
    const change = figures.change.find((c) => c.themeId === stem!.id)!;
    expect(change.with).toEqual({ n: { value: null, suppressed: true }, judgements: null, median: null, notJudged: 0 });
    expect(change.wording).toMatch(/^Fewer than 5 focus children's records carry “Stem sentences”/);
  });
});

describe('themes across a hub', () => {
  it('match by name whatever the case, and by the hub’s own mapping', () => {
    const { call } = tempWorkspace();
    const one = recordSmallYear(call, 'TRG-2025-01');
    const two = recordSmallYear(call, 'TRG-2025-02');
    const three = recordSmallYear(call, 'TRG-2025-03');
    call('theme.update', asSaved('theme', two.theme, { name: 'BAR MODELS' }));
    call('theme.update', asSaved('theme', three.theme, { name: 'Bar modelling' }));
    let hub = call('evaluation.hubThemes', {});
    expect(hub.workGroups).toBe(3);
    expect(hub.themes.map((t) => [t.name, t.workGroups, t.passages])).toEqual([
      ['Bar models', 2, 2],
      ['Bar modelling', 1, 1],
    ]);
    expect(call('themes.map', { themeId: three.theme.id, sameAsId: one.theme.id })).toEqual({
      themeId: three.theme.id,
      sameAsId: one.theme.id,
    });
    hub = call('evaluation.hubThemes', {});
    expect(hub.themes).toHaveLength(1);
    expect(hub.themes[0]).toMatchObject({ name: 'Bar models', workGroups: 3, workGroupsCoding: 3, passages: 3 });
    // Three children in all: too few to show.
    expect(hub.themes[0]!.focusChildren).toEqual({ value: null, suppressed: true });
    expect(call('themeMapping.list', {})).toEqual([{ themeId: three.theme.id, sameAsId: one.theme.id }]);
    call('themes.map', { themeId: three.theme.id, sameAsId: null });
    expect(call('evaluation.hubThemes', {}).themes).toHaveLength(2);
  });
});

describe('broader themes', () => {
  it('count their narrower themes’ passages, each passage once, in the group’s figures and across the hub', () => {
    const { call } = tempWorkspace();
    const year = recordSmallYear(call);
    const workGroupId = year.workGroup.id;
    const representations = call('theme.create', { workGroupId, name: 'Representations' });
    call('theme.update', asSaved('theme', year.theme, { parentId: representations.id }));
    const numberLines = call('theme.create', { workGroupId, name: 'Number lines', parentId: representations.id });
    // The small year's entry has "the bar model" coded to Bar models; one passage carries both narrower
    // themes and one the broader theme alone: three passages, so Representations counts 3, not 4.
    codeEntry(call, year, 'pupils began to reason aloud', [year.theme.id, numberLines.id]);
    codePortrait(call, year, 'relies on counting', [representations.id]);

    const figures = call('evaluation.themes', { workGroupId });
    const byName = new Map(figures.themes.map((t) => [t.name, t]));
    expect(byName.get('Representations')).toMatchObject({ passages: 3, records: 2 });
    expect(byName.get('Bar models')).toMatchObject({ passages: 2, records: 1 });
    expect(byName.get('Number lines')).toMatchObject({ passages: 1, records: 1 });
    const row = figures.themes.findIndex((t) => t.name === 'Representations');
    expect(figures.matrix.participant.cells[row]!.map((cell) => cell.count)).toEqual([3]);
    // Its passages, as a number in the matrix opens them, are the three counted.
    const opened = call('evaluation.themePassages', { workGroupId, themeId: representations.id });
    expect(opened).toHaveLength(3);
    // Which themes occur together is read from the passages' own themes: a narrower theme is not
    // "together" with its broader one only because it sits under it.
    const names = new Map(figures.themes.map((t) => [t.id, t.name]));
    expect(figures.coOccurrence.map((c) => [names.get(c.themeId), names.get(c.otherId)])).toEqual([
      ['Bar models', 'Number lines'],
    ]);

    const hub = call('evaluation.hubThemes', {});
    expect(hub.themes.map((t) => [t.name, t.passages])).toEqual([
      ['Representations', 3],
      ['Bar models', 2],
      ['Number lines', 1],
    ]);
  });
});

describe('the hub’s mapping', () => {
  it('counts a mapped theme as the one at the end of its mapping, says so, and keeps within a codebook to merging', () => {
    const { call, attempt } = tempWorkspace();
    const one = recordSmallYear(call, 'TRG-2025-01');
    const two = recordSmallYear(call, 'TRG-2025-02');
    const three = recordSmallYear(call, 'TRG-2025-03');
    call('theme.update', asSaved('theme', two.theme, { name: 'Bar modelling' }));
    call('theme.update', asSaved('theme', three.theme, { name: 'Bar diagrams' }));
    // Three mapped to two, and two later to one: three follows two to one's theme.
    call('themes.map', { themeId: three.theme.id, sameAsId: two.theme.id });
    call('themes.map', { themeId: two.theme.id, sameAsId: one.theme.id });
    const hub = call('evaluation.hubThemes', {});
    expect(hub.themes).toHaveLength(1);
    expect(hub.themes[0]).toMatchObject({ name: 'Bar models', workGroups: 3, passages: 3 });
    expect(hub.themes[0]!.groups.map((g) => [g.code, g.name, g.mappedTo?.name])).toEqual([
      ['TRG-2025-01', 'Bar models', undefined],
      ['TRG-2025-02', 'Bar modelling', 'Bar models'],
      ['TRG-2025-03', 'Bar diagrams', 'Bar models'],
    ]);
    // The hub view's filters choose the groups: none is in a project of its own.
    expect(call('evaluation.hubThemes', { projectId: randomUUID() })).toEqual({ workGroups: 0, themes: [] });

    const other = call('theme.create', { workGroupId: one.workGroup.id, name: 'Number lines' });
    const refused = attempt('themes.map', { themeId: other.id, sameAsId: one.theme.id });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: 'Both themes are in the same Work Group’s codebook. Merge them on that group’s Themes tab instead.',
      },
    });
  });
});
