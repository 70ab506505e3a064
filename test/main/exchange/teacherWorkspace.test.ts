import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sealedLabelOf } from '../../../src-main/exchange/bundleCipher';
import { dispatch, dispatchAsync } from '../../../src-main/services/dispatch';
import { recordSmallYear } from '../../support/year';
import { dumpEverything, machine, sharedClock, type Machine } from './support';

// A teacher's own workspace, all year: the Lead's pack for one participant starts it, the teacher
// records there, "my updates" go back to the Lead, and packs and updates go back and forth with
// nothing changing twice and nothing of any other participant ever on the teacher's machine.

const GROUP_PASSPHRASE = 'seven purple kites over Puddleby';

/** Another participant's words, which must never be in that teacher's pack. */
const OTHERS = ['Ms Other Teacher', 'OTH-1', 'Hums while drawing arrays', 'Counters went missing again'];

/** A record as its update takes it: without the stamps the store adds, in its Work Group. */
const editable = <R extends { createdAt: string; updatedAt: string; workGroupId?: string | undefined }>({
  createdAt: _created,
  updatedAt: _updated,
  workGroupId,
  ...fields
}: R) => ({ ...fields, workGroupId: workGroupId! });

async function leadWithTwoTeachers() {
  const now = sharedClock();
  const lead = machine(now, 'lead-laptop');
  const year = recordSmallYear(lead.call);
  const other = lead.call('participant.create', {
    workGroupId: year.workGroup.id,
    schoolId: year.school.id,
    name: 'Ms Other Teacher',
  });
  const otherChild = lead.call('focusChild.create', {
    participantId: other.id,
    code: 'OTH-1',
    yearGroup: 'y4',
    penPortraitStart: 'Hums while drawing arrays.',
  });
  lead.call('journalEntry.create', {
    participantId: other.id,
    date: '2025-10-20',
    text: 'Counters went missing again.',
    focusChildIds: [otherChild.id],
  });
  lead.call('meeting.update', {
    ...editable(lead.call('meeting.list', { workGroupId: year.workGroup.id })[0]!),
    attendeeIds: [year.participant.id, other.id],
  });
  return { now, lead, year, other };
}

const bytesOf = (exported: { dataBase64: string }) => Buffer.from(exported.dataBase64, 'base64');

async function packFor(lead: Machine, workGroupId: string, participantId: string, bundlePassphrase?: string) {
  return bytesOf(
    await lead.callAsync('bundle.export', {
      workGroupId,
      participantId,
      allowFlagged: true,
      ...(bundlePassphrase ? { bundlePassphrase } : {}),
    }),
  );
}

const importInto = (to: Machine, data: Buffer, bundlePassphrase = GROUP_PASSPHRASE) =>
  to.callAsync('bundle.import', { dataBase64: data.toString('base64'), bundlePassphrase });

describe('a teacher’s own workspace', () => {
  it('starts from a pack, sends updates the Lead counts, and a second round trip changes nothing', async () => {
    const { now, lead, year, other } = await leadWithTwoTeachers();
    const groupId = year.workGroup.id;
    const pack = await packFor(lead, groupId, year.participant.id, GROUP_PASSPHRASE);

    // Nothing of the year can be read in the bytes; the clear label holds ids and a time only.
    for (const encoding of ['utf8', 'latin1', 'utf16le'] as const) {
      const text = pack.toString(encoding);
      for (const words of ['Reluctant to explain', 'quadrilateral of equivalence', 'Ms Sample Teacher', ...OTHERS])
        expect(text).not.toContain(words);
    }
    expect(sealedLabelOf(pack)).toEqual({
      createdAt: expect.any(String),
      sourceWorkspaceId: expect.any(String),
      workGroupId: groupId,
      participantId: year.participant.id,
    });

    // A wrong passphrase leaves the new workspace as it was: no role, no rows.
    const teacher = machine(now, 'teacher-laptop');
    const empty = dumpEverything(teacher.store);
    const wrong = await dispatchAsync(teacher.handlers, 'bundle.import', {
      dataBase64: pack.toString('base64'),
      bundlePassphrase: 'not the group passphrase',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/passphrase given does not open it/) },
    });
    expect(dumpEverything(teacher.store)).toEqual(empty);
    // So does a label changed in the clear (another participant named): it is authenticated with the content.
    const relabelled = Buffer.from(pack);
    const at = relabelled.indexOf(`"participantId":"${year.participant.id}`) + '"participantId":"'.length;
    relabelled[at] = relabelled[at] === 0x61 ? 0x62 : 0x61;
    const altered = await dispatchAsync(teacher.handlers, 'bundle.import', {
      dataBase64: relabelled.toString('base64'),
      bundlePassphrase: GROUP_PASSPHRASE,
    });
    expect(altered).toMatchObject({ ok: false, error: { message: expect.stringMatching(/altered or damaged/) } });
    expect(dumpEverything(teacher.store)).toEqual(empty);

    const started = await importInto(teacher, pack);
    expect(started).toMatchObject({ pack: true, startsTeacherWorkspace: true, from: 'a Lead’s computer' });
    expect(teacher.call('workspace.status', {}).teacher).toEqual({
      workGroupId: groupId,
      participantId: year.participant.id,
    });
    // The frame and this participant's own records, and nothing of the other participant.
    expect(teacher.call('participant.list', { workGroupId: groupId }).map((p) => p.id)).toEqual([year.participant.id]);
    expect(teacher.call('focusChild.list', { workGroupId: groupId }).map((c) => c.id)).toEqual([year.child.id]);
    expect(teacher.call('journalEntry.list', { workGroupId: groupId })).toHaveLength(1);
    expect(teacher.call('reading.list', { workGroupId: groupId })).toHaveLength(1);
    const [meeting] = teacher.call('meeting.list', { workGroupId: groupId });
    expect(meeting!.attendeeIds).toEqual([year.participant.id]);
    const stored = JSON.stringify(dumpEverything(teacher.store));
    for (const words of [...OTHERS, other.id]) expect(stored).not.toContain(words);

    // The teacher records an observation, a journal entry (a reflection on the meeting) and self-ratings.
    teacher.call('observation.create', {
      focusChildId: year.child.id,
      date: '2025-12-01',
      kind: 'pupil_voice',
      text: 'Explained that fifths are smaller than quarters using the bar.',
    });
    teacher.call('journalEntry.create', {
      participantId: year.participant.id,
      date: '2025-12-02',
      text: 'After the launch meeting I tried stem sentences with the whole class.',
      meetingId: meeting!.id,
    });
    const me = teacher.call('participant.list', { workGroupId: groupId })[0]!;
    teacher.call('participant.update', { ...editable(me), startRatings: { confidence: 2 } });
    // And their own answers to the Lead's post-meeting questionnaire, which came in the pack.
    const [reflection] = teacher.call('surveyResponse.list', { workGroupId: groupId });
    const { id, participantId, questionnaireId, occasion, meetingId, date } = reflection!;
    teacher.call('surveyResponse.update', {
      ...{ id, participantId, questionnaireId, occasion, meetingId, date },
      answers: { useful: 5, try: 'Stem sentences with the whole class.' },
    });

    // The Lead's work is refused here, whatever the door.
    for (const [method, input] of [
      ['meeting.update', { ...editable(meeting!), notes: 'Changed at school.' }],
      ['workGroup.rename', { id: groupId, name: 'Another name' }],
      ['judgement.set', { workGroupId: groupId, subject: 'standard:sustained', rating: 'green', narrative: 'x' }],
      ['history.restore', { kind: 'workGroup', id: groupId, version: 1 }],
      ['participant.create', { workGroupId: groupId, schoolId: year.school.id, name: 'Mr New' }],
      ['questionnaire.update', { ...editable(teacher.call('questionnaire.list', { workGroupId: groupId })[0]!) }],
      ['theme.create', { workGroupId: groupId, name: 'Stem sentences' }],
      ['themes.addStarter', { workGroupId: groupId, names: ['Stem sentences'] }],
    ] as const) {
      const reply = dispatch(teacher.handlers, method, input);
      expect(reply, method).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/participant’s own workspace/) },
      });
    }
    // It sends this participant's updates only, never the whole group.
    const whole = await dispatchAsync(teacher.handlers, 'bundle.export', { workGroupId: groupId, allowFlagged: true });
    expect(whole).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Send my updates/) } });

    const before = lead.call('evaluation.workGroup', { id: groupId, asOf: '2026-07-20' }).totals;
    const updates = await lead.callAsync('bundle.import', {
      dataBase64: (await packFor(teacher, groupId, year.participant.id, GROUP_PASSPHRASE)).toString('base64'),
      bundlePassphrase: GROUP_PASSPHRASE,
    });
    expect(updates).toMatchObject({
      pack: false,
      from: 'Ms Sample Teacher’s own computer',
      startsTeacherWorkspace: false,
      totals: { added: 2, updated: 2, conflicts: 0 },
    });
    // The participant's own records came back; of the frame only the Work Group and the school they
    // belong to, as the Lead has them; no meetings or readings.
    const carried = (t: (typeof updates.tables)[number]) => t.added + t.updated + t.unchanged > 0;
    expect(updates.tables.filter(carried).map((t) => t.table)).toEqual([
      'project',
      'school',
      'work_group',
      'participant',
      'focus_child',
      'journal_entry',
      'observation',
      'action_research_cycle',
      'survey_response',
    ]);
    expect(updates.tables.filter((t) => t.added + t.updated > 0).map((t) => t.table)).toEqual([
      'participant',
      'journal_entry',
      'observation',
      'survey_response',
    ]);
    const after = lead.call('evaluation.workGroup', { id: groupId, asOf: '2026-07-20' }).totals;
    expect(after.observations).toBe(before.observations + 1);
    expect(after.journalEntries).toBe(before.journalEntries + 1);
    // The teacher's reflection counts in the Lead's figures for the questionnaire.
    const reactions = lead
      .call('evaluation.workGroup', { id: groupId, asOf: '2026-07-20' })
      .surveys[0]!.questions.find((q) => q.id === 'useful')!.reactions;
    expect(reactions).toMatchObject({ n: 1, mean: 5 });
    // The Lead's meeting keeps both teachers' attendance.
    expect(lead.call('meeting.list', { workGroupId: groupId })[0]!.attendeeIds.sort()).toEqual(
      [year.participant.id, other.id].sort(),
    );
    // The History says whose machine the change came from.
    const [latest] = lead.call('history.list', { kind: 'participant', id: year.participant.id });
    expect(latest).toMatchObject({ fromBundle: true, cameFrom: 'Ms Sample Teacher’s own computer' });

    // The same updates again change nothing.
    const leadNow = dumpEverything(lead.store);
    const again = await importInto(lead, await packFor(teacher, groupId, year.participant.id, GROUP_PASSPHRASE));
    expect(again.totals).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(dumpEverything(lead.store)).toEqual(leadNow);

    // Second round trip: the Lead's next pack brings nothing new to the teacher, and their updates nothing to the Lead.
    const teacherNow = dumpEverything(teacher.store);
    const second = await importInto(teacher, await packFor(lead, groupId, year.participant.id, GROUP_PASSPHRASE));
    expect(second.totals).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(dumpEverything(teacher.store)).toEqual(teacherNow);
    const back = await importInto(lead, await packFor(teacher, groupId, year.participant.id, GROUP_PASSPHRASE));
    expect(back.totals).toMatchObject({ added: 0, updated: 0, conflicts: 0 });

    // Later in the year the Lead changes the meeting: the teacher's next pack takes it, without a conflict.
    lead.call('meeting.update', {
      ...editable(lead.call('meeting.list', { workGroupId: groupId })[0]!),
      notes: 'Moved to the hall.',
    });
    const third = await importInto(teacher, await packFor(lead, groupId, year.participant.id, GROUP_PASSPHRASE));
    expect(third.totals).toMatchObject({ updated: 1, conflicts: 0 });
    expect(teacher.call('meeting.list', { workGroupId: groupId })[0]).toMatchObject({
      notes: 'Moved to the hall.',
      attendeeIds: [year.participant.id],
    });
  }, 120_000);

  it('holds no word of another participant in an open pack’s content either', async () => {
    const { lead, year, other } = await leadWithTwoTeachers();
    const zip = await JSZip.loadAsync(await packFor(lead, year.workGroup.id, year.participant.id));
    const content = await zip.file('content.json')!.async('string');
    // The words of this participant are there (the right words to look for), the other's are not.
    expect(content).toContain('Reluctant to explain');
    for (const words of [...OTHERS, other.id]) expect(content).not.toContain(words);
  });

  it('takes only its own participant’s packs, and a pack does not make a Lead’s workspace a teacher’s', async () => {
    const { now, lead, year, other } = await leadWithTwoTeachers();
    const groupId = year.workGroup.id;
    const teacher = machine(now, 'teacher-laptop');
    await importInto(teacher, await packFor(lead, groupId, year.participant.id, GROUP_PASSPHRASE));
    const held = dumpEverything(teacher.store);
    for (const foreign of [
      await packFor(lead, groupId, other.id, GROUP_PASSPHRASE),
      bytesOf(
        await lead.callAsync('bundle.export', {
          workGroupId: groupId,
          allowFlagged: true,
          bundlePassphrase: GROUP_PASSPHRASE,
        }),
      ),
    ]) {
      const reply = await dispatchAsync(teacher.handlers, 'bundle.import', {
        dataBase64: foreign.toString('base64'),
        bundlePassphrase: GROUP_PASSPHRASE,
      });
      expect(reply).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/takes only the packs the Lead makes for that participant/) },
      });
      expect(dumpEverything(teacher.store)).toEqual(held);
    }

    // A Lead's second computer that already holds the group keeps it whole.
    const hub = machine(now, 'hub');
    await importInto(
      hub,
      bytesOf(
        await lead.callAsync('bundle.export', {
          workGroupId: groupId,
          allowFlagged: true,
          bundlePassphrase: GROUP_PASSPHRASE,
        }),
      ),
    );
    const packed = await importInto(hub, await packFor(lead, groupId, year.participant.id, GROUP_PASSPHRASE));
    expect(packed.startsTeacherWorkspace).toBe(false);
    expect(hub.call('workspace.status', {}).teacher).toBeUndefined();
    expect(hub.call('meeting.list', { workGroupId: groupId })[0]!.attendeeIds).toHaveLength(2);
  }, 60_000);
});
