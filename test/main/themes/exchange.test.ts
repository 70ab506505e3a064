import { describe, expect, it } from 'vitest';
import { carry, sharedByTwoComputers } from '../exchange/support';

describe('themes in bundles', () => {
  it('carry the codebook and coded passages, and passages follow text edited on the other computer', async () => {
    const { lead, school, year } = await sharedByTwoComputers();
    const workGroupId = year.workGroup.id;
    // The small year's theme and passage arrived with the rest.
    expect(school.call('theme.list', { workGroupId }).map((t) => t.name)).toEqual(['Bar models']);
    expect(school.call('codedPassage.list', { workGroupId }).map((p) => p.words)).toEqual(['the bar model']);

    // The Lead codes another passage; the school, without it yet, edits the entry.
    const stems = lead.call('theme.create', { workGroupId, name: 'Reasoning aloud' });
    const words = 'pupils began to reason aloud';
    const start = year.journalEntry.text.indexOf(words);
    const coded = lead.call('codedPassage.create', {
      workGroupId,
      recordKind: 'journalEntry',
      recordId: year.journalEntry.id,
      field: 'text',
      startOffset: start,
      endOffset: start + words.length,
      words,
      themeIds: [stems.id],
    });
    const { id, participantId, date, focusChildIds, readingIds, areas, standards } = year.journalEntry;
    const edited = `First week back. ${year.journalEntry.text}`;
    school.call('journalEntry.update', {
      id,
      participantId,
      date,
      focusChildIds,
      readingIds,
      areas,
      standards,
      text: edited,
    });

    // The school's edit reaches the Lead: the Lead's new passage, which the school never had, follows the words.
    await carry(school, lead, workGroupId);
    const passages = lead.call('codedPassage.list', { workGroupId });
    expect(passages.find((p) => p.id === coded.id)).toMatchObject({
      startOffset: edited.indexOf(words),
      words,
      needsReview: false,
    });
    expect(passages.find((p) => p.id === year.codedPassage.id)!.startOffset).toBe(edited.indexOf('the bar model'));

    // And back: the school now has the Lead's theme and passage, where the words are.
    await carry(lead, school, workGroupId);
    expect(school.call('evaluation.themes', { workGroupId }).themes.map((t) => [t.name, t.passages])).toEqual([
      ['Bar models', 1],
      ['Reasoning aloud', 1],
    ]);
    expect(school.call('codedPassage.list', { workGroupId })).toEqual(lead.call('codedPassage.list', { workGroupId }));
  });
});
