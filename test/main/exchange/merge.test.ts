import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../src-main/store/backup';
import { recordSmallYear } from '../../support/year';
import { carry, dumpDomain, dumpEverything, machine, sharedClock, type Machine } from './support';

/** A record as the update form sends it back: its fields without the store's own. */
function fieldsOf<T extends { id: string; createdAt: string; updatedAt: string }>(record: T) {
  const { createdAt: _c, updatedAt: _u, ...fields } = record;
  void [_c, _u];
  return fields;
}
/** The same for a record that belongs to its Work Group through a parent (the form does not send workGroupId). */
function childFieldsOf<T extends { id: string; createdAt: string; updatedAt: string; workGroupId?: string }>(
  record: T,
) {
  const { workGroupId: _w, ...fields } = fieldsOf(record);
  void _w;
  return fields;
}

/** The smallest whole PNG: one transparent pixel. */
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('bundles: export and merge', () => {
  it('round trip: a Work Group exported from one workspace arrives whole in an empty one, deletions included', async () => {
    const now = sharedClock();
    const a = machine(now, 'a');
    const b = machine(now, 'b');
    const year = recordSmallYear(a.call);
    const extra = a.call('reading.create', {
      workGroupId: year.workGroup.id,
      citation: 'Withdrawn, B. (2019) A reading.',
    });
    a.call('reading.delete', { id: extra.id });
    const image = a.call('attachment.add', {
      workGroupId: year.workGroup.id,
      mimeType: 'image/png',
      dataBase64: PIXEL,
    });
    a.call('observation.update', { ...childFieldsOf(year.observation), attachmentId: image.id });

    const preview = await b.callAsync('bundle.preview', {
      dataBase64: (await a.callAsync('bundle.export', { workGroupId: year.workGroup.id })).dataBase64,
    });
    expect(preview.totals).toMatchObject({ updated: 0, conflicts: 0 });
    expect(preview.tables.find((t) => t.table === 'reading')).toMatchObject({ label: 'reading', added: 2 });
    expect(preview.tables.find((t) => t.table === 'project')).toMatchObject({ added: 0, unchanged: 1 });
    expect(dumpDomain(b.store).work_group).toEqual([]); // a preview writes nothing

    const result = await carry(a, b, year.workGroup.id);
    expect(result.totals.added).toBe(preview.totals.added);
    expect(result.backupPath).toBeDefined();
    expect(listBackups(b.path).some((backup) => backup.reason === 'before-merge')).toBe(true);

    const left = dumpDomain(a.store);
    const right = dumpDomain(b.store);
    expect(right).toEqual(left);
    expect(right.reading!.filter((r) => (r as { deleted_at: string | null }).deleted_at)).toHaveLength(1);
    // The merged rows are searchable and readable through the contract like any other.
    expect(b.call('search.query', { text: 'quadrilateral' }).hits.map((h) => h.id)).toEqual([year.journalEntry.id]);
    expect(b.call('attachment.get', { id: image.id }).dataBase64).toBe(
      a.call('attachment.get', { id: image.id }).dataBase64,
    );
    expect(b.call('workGroup.get', { id: year.workGroup.id }).code).toBe('TRG-2025-01');
  });

  it('importing the same bundle twice changes nothing', async () => {
    const now = sharedClock();
    const a = machine(now, 'a');
    const b = machine(now, 'b');
    const year = recordSmallYear(a.call);
    const { dataBase64 } = await a.callAsync('bundle.export', { workGroupId: year.workGroup.id });
    await b.callAsync('bundle.import', { dataBase64 });
    const before = dumpEverything(b.store);
    const backups = listBackups(b.path).length;

    const again = await b.callAsync('bundle.import', { dataBase64 });
    expect(again.totals).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(again.backupPath).toBeUndefined();
    expect(dumpEverything(b.store)).toEqual(before);
    expect(listBackups(b.path)).toHaveLength(backups);
  });

  it('two machines that each recorded part of the year end up identical, with a conflict to review and swap', async () => {
    const now = sharedClock();
    const a = machine(now, 'lead-laptop');
    const b = machine(now, 'school-laptop');
    const year = recordSmallYear(a.call);
    const groupId = year.workGroup.id;
    await carry(a, b, groupId);

    // Apart for a term. B: a new journal entry, an observation, an edit to the journal entry A also edits.
    const bEntry = b.call('journalEntry.create', {
      participantId: year.participant.id,
      date: '2025-11-12',
      text: 'Second cycle: pupils compared unit fractions on a number line.',
      focusChildIds: [year.child.id],
    });
    b.call('observation.create', {
      focusChildId: year.child.id,
      date: '2025-11-19',
      kind: 'pupil_voice',
      text: 'Said the bigger the denominator, the smaller each part.',
    });
    b.call('journalEntry.update', {
      ...childFieldsOf(year.journalEntry),
      text: 'Edited at school: bar models worked.',
      areas: ['professional_learning'],
    });
    // A: a meeting, a second participant, a deletion, and a later edit to the same journal entry.
    const secondTeacher = a.call('participant.create', {
      workGroupId: groupId,
      schoolId: year.school.id,
      name: 'Mr Second Teacher',
    });
    a.call('meeting.create', {
      workGroupId: groupId,
      date: '2025-11-26',
      kind: 'research_lesson',
      attendeeIds: [year.participant.id, secondTeacher.id],
    });
    a.call('impactClaim.delete', { id: year.claim.id });
    a.call('journalEntry.update', {
      ...childFieldsOf(year.journalEntry),
      text: 'Edited by the Lead: bar models worked well.',
      focusChildIds: [],
    });

    // Exchange both ways.
    const atB = await carry(a, b, groupId);
    expect(atB.tables.find((t) => t.table === 'journal_entry')).toMatchObject({ conflicts: 1 });
    expect(atB.tables.find((t) => t.table === 'impact_claim')).toMatchObject({ updated: 1 });
    const atA = await carry(b, a, groupId);
    expect(atA.totals.conflicts).toBe(0);
    expect(atA.tables.find((t) => t.table === 'journal_entry')).toMatchObject({ added: 1 });

    expect(dumpDomain(b.store)).toEqual(dumpDomain(a.store));
    const texts = a.call('journalEntry.list', { workGroupId: groupId }).map((e) => e.text);
    expect(texts.sort()).toEqual([bEntry.text, 'Edited by the Lead: bar models worked well.'].sort());
    expect(b.call('impactClaim.list', { workGroupId: groupId })).toEqual([]); // the deletion travelled
    expect(b.call('participant.list', { workGroupId: groupId })).toHaveLength(2);

    // B sees the conflict: the newer edit (the Lead's) was kept, its own is the other version.
    const [conflict, ...more] = b.call('conflict.list', { workGroupId: groupId });
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({
      table: 'journal_entry',
      rowId: year.journalEntry.id,
      label: 'journal entry',
      title: 'Journal entry, 15/10/2025: Edited by the Lead: bar models worked well.',
    });
    expect(conflict!.keptVersion['text']).toBe('Edited by the Lead: bar models worked well.');
    expect(conflict!.otherVersion['text']).toBe('Edited at school: bar models worked.');
    // Where they differ, in words: the areas' names and the focus child's code, not codes and ids.
    expect(conflict!.fields.map(({ label, kept, other }) => [label, kept, other]).slice(1)).toEqual([
      ['Text', 'Edited by the Lead: bar models worked well.', 'Edited at school: bar models worked.'],
      ['Focus child', 'None', `Focus child ${year.child.code}`],
      ['Areas', 'Improving Pupil Outcomes; Practice Development', 'Professional Learning'],
    ]);
    expect(conflict!.fields[0]).toMatchObject({
      label: 'Last changed',
      kept: expect.stringMatching(/^\d\d\/\d\d\/\d{4}, /),
    });
    expect(a.call('conflict.list', {})).toEqual([]);

    // Swap: the school's version goes back in place, the Lead's becomes the other.
    const swapped = b.call('conflict.swap', { id: conflict!.id });
    expect(swapped.keptVersion['text']).toBe('Edited at school: bar models worked.');
    expect(swapped.otherVersion['text']).toBe('Edited by the Lead: bar models worked well.');
    const entry = b.call('journalEntry.list', { workGroupId: groupId }).find((e) => e.id === year.journalEntry.id);
    expect(entry!.text).toBe('Edited at school: bar models worked.');
    expect(b.call('search.query', { text: 'school bar' }).hits.map((h) => h.id)).toContain(year.journalEntry.id);

    // The swap is a new edit: it travels back without a new conflict, and the two agree again.
    const back = await carry(b, a, groupId);
    expect(back.totals).toMatchObject({ updated: 1, conflicts: 0 });
    const again = await carry(a, b, groupId);
    expect(again.totals).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(dumpDomain(b.store)).toEqual(dumpDomain(a.store));

    // Resolved conflicts leave the list.
    b.call('conflict.resolve', { id: conflict!.id });
    expect(b.call('conflict.list', { workGroupId: groupId })).toEqual([]);
    expect(b.call('conflict.list', { includeResolved: true })[0]!.resolvedAt).toBeDefined();
  });

  it('a row changed on one side only takes that change, in either direction, without a conflict', async () => {
    const now = sharedClock();
    const a = machine(now, 'a');
    const b = machine(now, 'b');
    const year = recordSmallYear(a.call);
    await carry(a, b, year.workGroup.id);
    b.call('reading.update', {
      ...fieldsOf(year.reading),
      workGroupId: year.workGroup.id,
      summary: 'Summarised at school.',
    });
    a.call('meeting.update', {
      ...fieldsOf(year.meeting),
      workGroupId: year.workGroup.id,
      notes: 'Notes tidied by the Lead.',
    });

    const atA = await carry(b, a, year.workGroup.id);
    expect(atA.totals).toMatchObject({ updated: 1, conflicts: 0 }); // the reading; A's newer meeting stays
    const atB = await carry(a, b, year.workGroup.id);
    expect(atB.totals).toMatchObject({ updated: 1, conflicts: 0 }); // the meeting
    expect(dumpDomain(a.store)).toEqual(dumpDomain(b.store));
    expect(a.call('reading.list', { workGroupId: year.workGroup.id })[0]!.summary).toBe('Summarised at school.');
  });

  it('a hub workspace gathers three Work Groups from three machines, never merging by name', async () => {
    const now = sharedClock();
    const hub = machine(now, 'hub');
    const groups = ['TRG-NORTH', 'TRG-SOUTH', 'TRG-WEST'].map((code) => {
      const lead = machine(now, code);
      return { lead, year: recordSmallYear(lead.call, code) };
    });
    for (const { lead, year } of groups) {
      const imported = await carry(lead, hub, year.workGroup.id);
      expect(imported.totals.conflicts).toBe(0);
    }
    expect(hub.call('workGroup.list', {}).map((g) => g.code)).toEqual(['TRG-NORTH', 'TRG-SOUTH', 'TRG-WEST']);
    // Three schools with the same name are three schools: they came with three different ids.
    const schools = hub.call('school.list', {});
    expect(schools.filter((s) => s.name === 'Puddleby Lane Test Primary')).toHaveLength(3);
    for (const { year } of groups) {
      expect(hub.call('journalEntry.list', { workGroupId: year.workGroup.id })).toHaveLength(1);
    }
    // The hub's roll-up counts the three groups, each with the figures its own Lead's workspace gives it.
    const rollup = hub.call('evaluation.hub', {});
    expect(rollup.workGroupCount).toBe(3);
    for (const { lead, year } of groups) {
      const atTheLead = lead.call('evaluation.hub', {}).rows;
      expect(atTheLead).toHaveLength(1);
      expect(rollup.rows.find((row) => row.workGroup.id === year.workGroup.id)).toEqual(atTheLead[0]);
    }
    expect(rollup.totals.participants).toBe(rollup.rows.reduce((n, row) => n + row.participants, 0));

    // A later bundle from one group brings only what is new.
    const north = groups[0]!;
    north.lead.call('reading.create', { workGroupId: north.year.workGroup.id, citation: 'Later, C. (2021) More.' });
    const update = await carry(north.lead, hub, north.year.workGroup.id);
    expect(update.totals).toMatchObject({ added: 1, updated: 0, conflicts: 0 });
    for (const table of ['participant', 'journal_entry', 'reading'] as const) {
      const total = groups.reduce((n, g) => n + (dumpDomain(g.lead.store)[table]?.length ?? 0), 0);
      expect(dumpDomain(hub.store)[table]).toHaveLength(total);
    }
  });

  it('a participant bundle carries that participant’s records back to the Lead', async () => {
    const now = sharedClock();
    const lead = machine(now, 'lead');
    const teacher = machine(now, 'teacher');
    const year = recordSmallYear(lead.call);
    await carry(lead, teacher, year.workGroup.id);
    teacher.call('journalEntry.create', {
      participantId: year.participant.id,
      date: '2025-12-03',
      text: 'Written on the teacher’s own laptop.',
      readingIds: [year.reading.id],
    });
    const back = await carry(teacher, lead, year.workGroup.id, year.participant.id);
    expect(back.participantId).toBe(year.participant.id);
    expect(back.totals).toMatchObject({ added: 1, updated: 0, conflicts: 0 });
    // From a copy of the whole group it is a pack: the group's frame travels too, but the Lead keeps its
    // own (no meeting changes); no schools' leaders travel.
    expect(back.pack).toBe(true);
    const carried = back.tables.filter((t) => t.added + t.updated + t.unchanged + t.conflicts > 0).map((t) => t.table);
    expect(back.tables.find((t) => t.table === 'meeting')).toMatchObject({ unchanged: 1, updated: 0, conflicts: 0 });
    expect(carried).not.toContain('school_participation');
    expect(carried).toContain('journal_entry');
    expect(lead.call('journalEntry.list', { workGroupId: year.workGroup.id })).toHaveLength(2);
  });

  it('two judgements of the same standard made on two machines: the newer stays, the other is a conflict', async () => {
    const now = sharedClock();
    const a = machine(now, 'a');
    const b = machine(now, 'b');
    const year = recordSmallYear(a.call);
    await carry(a, b, year.workGroup.id);
    const judge = (m: typeof a, rating: 'red' | 'green', narrative: string) =>
      m.call('judgement.set', { workGroupId: year.workGroup.id, subject: 'standard:sustained', rating, narrative });
    judge(b, 'red', 'Judged at school.');
    judge(a, 'green', 'Judged by the Lead later.');
    await carry(a, b, year.workGroup.id);
    await carry(b, a, year.workGroup.id);
    expect(dumpDomain(a.store)).toEqual(dumpDomain(b.store));
    const live = a.store.db.prepare('SELECT narrative FROM judgement WHERE deleted_at IS NULL').all();
    expect(live).toEqual([{ narrative: 'Judged by the Lead later.' }]);
    expect(b.call('conflict.list', {})).toHaveLength(1);
  });

  it('refuses a merge that would break a rule of the workspace (four focus children), writing nothing', async () => {
    const now = sharedClock();
    const a = machine(now, 'a');
    const b = machine(now, 'b');
    const year = recordSmallYear(a.call);
    await carry(a, b, year.workGroup.id);
    const child = (m: Machine, code: string) =>
      m.call('focusChild.create', { participantId: year.participant.id, code, yearGroup: 'y5' });
    child(a, 'A-2');
    child(a, 'A-3');
    child(b, 'B-2');
    const before = dumpEverything(a.store);
    const { dataBase64 } = await b.callAsync('bundle.export', { workGroupId: year.workGroup.id });
    // Named as the focus child's own rule names it when typed, and refused by the preview too.
    const refusal =
      /the focus child “Focus child B-2” \(.{36}\) in it breaks a rule: A participant follows at most three focus children, and this participant already follows A-2, A-3, TRG-2025-01-A\..*Nothing in the workspace has been changed\./;
    await expect(a.callAsync('bundle.preview', { dataBase64 })).rejects.toThrow(refusal);
    await expect(a.callAsync('bundle.import', { dataBase64 })).rejects.toThrow(refusal);
    expect(dumpEverything(a.store)).toEqual(before);
  });

  it('refuses a bundle whose Work Group code is taken here by a different Work Group', async () => {
    const now = sharedClock();
    const a = machine(now, 'a');
    const b = machine(now, 'b');
    const year = recordSmallYear(a.call, 'TRG-SAME');
    recordSmallYear(b.call, 'TRG-SAME');
    const before = dumpEverything(b.store);
    const { dataBase64 } = await a.callAsync('bundle.export', { workGroupId: year.workGroup.id });
    await expect(b.callAsync('bundle.import', { dataBase64 })).rejects.toThrow(
      /already has a different Work Group with the code TRG-SAME/,
    );
    expect(dumpEverything(b.store)).toEqual(before);
  });
});
