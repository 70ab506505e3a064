import { describe, expect, it } from 'vitest';
import { carry, sharedByTwoComputers } from './support';

/** A record's own fields, as its form sends them back with its id. */
function formOf<T extends { id: string; createdAt: string; updatedAt: string; workGroupId?: string }>(record: T) {
  const { createdAt: _c, updatedAt: _u, workGroupId: _w, ...fields } = record;
  void [_c, _u, _w];
  return fields;
}

describe('bundles and the edit history', () => {
  it('a restored earlier version travels as an ordinary change, and arrives in the history as from a bundle', async () => {
    const { lead, school, year } = await sharedByTwoComputers();

    const entry = formOf(year.journalEntry);
    const { id } = entry;
    lead.call('journalEntry.update', { ...entry, text: 'A hasty rewrite the Lead thought better of.' });
    await carry(lead, school, year.workGroup.id);
    lead.call('history.restore', { kind: 'journalEntry', id, version: 1 });

    const exported = await lead.callAsync('bundle.export', { workGroupId: year.workGroup.id });
    const preview = await school.callAsync('bundle.preview', { dataBase64: exported.dataBase64 });
    const entries = preview.tables.find((t) => t.table === 'journal_entry')!;
    expect(entries).toMatchObject({ added: 0, updated: 1, conflicts: 0 });
    await school.callAsync('bundle.import', { dataBase64: exported.dataBase64 });

    const arrived = school.call('journalEntry.list', { workGroupId: year.workGroup.id }).find((e) => e.id === id)!;
    expect(arrived.text).toBe(year.journalEntry.text);
    expect(school.call('history.list', { kind: 'journalEntry', id }).map((v) => [v.summary, v.fromBundle])).toEqual([
      ['Text changed.', true],
      ['Text changed.', true],
      ['Created.', false],
    ]);
    // Both sides agree, so the same bundle again changes nothing, and nothing comes back the other way.
    expect((await school.callAsync('bundle.import', { dataBase64: exported.dataBase64 })).totals.updated).toBe(0);
    expect((await carry(school, lead, year.workGroup.id)).totals).toMatchObject({ updated: 0, conflicts: 0 });
  });

  it('an erasure that arrives in a bundle erases the record’s earlier versions there too', async () => {
    const { lead, school, year } = await sharedByTwoComputers();
    const child = formOf(year.child);
    const { id } = child;
    lead.call('focusChild.update', { ...child, penPortraitEnd: 'Now explains halves with a bar model.' });
    await carry(lead, school, year.workGroup.id);
    const kept = () =>
      school.store.db.prepare('SELECT count(*) AS n FROM record_version WHERE record_id = ?').get(id) as { n: number };
    expect(kept().n).toBe(2);

    lead.call('focusChild.delete', { id });
    lead.call('trash.erase', { ids: [id] });
    await carry(lead, school, year.workGroup.id);
    expect(kept().n).toBe(0);
  });

  it('swapping a conflict for the other version is a change in the history, and can be put back', async () => {
    const { lead, school, year } = await sharedByTwoComputers();
    const entry = formOf(year.journalEntry);
    const { id } = entry;
    school.call('journalEntry.update', { ...entry, text: 'Written at the school.' });
    lead.call('journalEntry.update', { ...entry, text: 'Written by the Lead, later.' });
    await carry(lead, school, year.workGroup.id);
    const [conflict] = school.call('conflict.list', { workGroupId: year.workGroup.id });
    school.call('conflict.swap', { id: conflict!.id });

    const textNow = () =>
      school.call('journalEntry.list', { workGroupId: year.workGroup.id }).find((e) => e.id === id)!.text;
    expect(textNow()).toBe('Written at the school.');
    const versions = school.call('history.list', { kind: 'journalEntry', id });
    expect(versions.map((v) => [v.version, v.fromBundle])).toEqual([
      [4, false],
      [3, true],
      [2, false],
      [1, false],
    ]);
    school.call('history.restore', { kind: 'journalEntry', id, version: 3 });
    expect(textNow()).toBe('Written by the Lead, later.');
  });

  it('a Work Group’s own fields and a judgement put back travel as ordinary changes, kept in the history there as from a bundle', async () => {
    const { lead, school, year } = await sharedByTwoComputers();
    const workGroupId = year.workGroup.id;
    const { status: _s, projectName: _p, pdActivityType: _t, ...group } = formOf(year.workGroup);
    void [_s, _p, _t];
    const judge = (narrative: string) =>
      lead.call('judgement.set', {
        workGroupId,
        subject: 'standard:sustained',
        rating: 'green',
        narrative,
        evidence: [],
      });
    lead.call('workGroup.update', { ...group, umbrellaQuestion: 'A question the Lead thought better of.' });
    const judgement = judge('Every school has planned a second year.');
    judge('A hasty rewrite of the narrative.');
    await carry(lead, school, workGroupId);

    lead.call('history.restore', { kind: 'workGroup', id: workGroupId, version: 1 });
    lead.call('history.restore', { kind: 'judgement', id: judgement.id, version: 1 });
    const arrived = await carry(lead, school, workGroupId);
    expect(arrived.totals).toMatchObject({ conflicts: 0 });
    expect(arrived.tables.filter((t) => t.updated > 0).map((t) => [t.table, t.updated])).toEqual([
      ['work_group', 1],
      ['judgement', 1],
    ]);

    expect(school.call('workGroup.get', { id: workGroupId }).umbrellaQuestion).toBe(year.workGroup.umbrellaQuestion);
    const [there] = school.call('evaluation.workGroup', { id: workGroupId }).judgements;
    expect(there).toMatchObject({ id: judgement.id, narrative: 'Every school has planned a second year.' });
    expect(
      school.call('history.list', { kind: 'workGroup', id: workGroupId }).map((v) => [v.summary, v.fromBundle]),
    ).toEqual([
      ['Umbrella question cleared.', true],
      ['Umbrella question set to A question the Lead thought better of.', true],
      ['Created.', false],
    ]);
    expect(
      school.call('history.list', { kind: 'judgement', id: judgement.id }).map((v) => [v.summary, v.fromBundle]),
    ).toEqual([
      ['Narrative changed from A hasty rewrite of the narrative. to Every school has planned a second year.', true],
      // It came here already rewritten once: what it was before is not kept here.
      ['The earliest version kept.', false],
    ]);
    // Both sides agree: nothing more comes back the other way.
    expect((await carry(school, lead, workGroupId)).totals).toMatchObject({ updated: 0, conflicts: 0 });
  });
});
