import { describe, expect, it } from 'vitest';
import { recordSmallYear } from '../../support/year';
import { tempWorkspace } from '../../support/workspace';

const liveCount = (store: ReturnType<typeof tempWorkspace>['store'], table: string) =>
  (store.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;

describe('rules the store enforces', () => {
  it('lets a participant follow at most three focus children, and says so', () => {
    const { call, attempt, store } = tempWorkspace();
    const { participant } = recordSmallYear(call);
    call('focusChild.create', { participantId: participant.id, code: 'Y5-B', yearGroup: 'y5' });
    call('focusChild.create', { participantId: participant.id, code: 'Y5-C', yearGroup: 'y5' });
    const fourth = attempt('focusChild.create', { participantId: participant.id, code: 'Y5-D', yearGroup: 'y5' });
    expect(fourth).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/at most three/) },
    });
    expect(liveCount(store, 'focus_child')).toBe(3);
  });

  it('keeps the three-child limit in the database too', () => {
    const { call, store } = tempWorkspace();
    const { participant, workGroup } = recordSmallYear(call);
    call('focusChild.create', { participantId: participant.id, code: 'Y5-B', yearGroup: 'y5' });
    call('focusChild.create', { participantId: participant.id, code: 'Y5-C', yearGroup: 'y5' });
    const raw = () =>
      store.db
        .prepare(
          `INSERT INTO focus_child (id, work_group_id, participant_id, code, year_group, created_at, updated_at)
           VALUES ('00000000-0000-4000-8000-0000000000aa', ?, ?, 'Y5-Z', 'y5', 'now', 'now')`,
        )
        .run(workGroup.id, participant.id);
    expect(raw).toThrow(/at most three/);
  });

  it('refuses a focus child code that is a first name, explaining why', () => {
    const { call, attempt } = tempWorkspace();
    const { participant } = recordSmallYear(call);
    for (const code of ['Amelia', 'PRIYA-Y4', 'y3-mohammed']) {
      const reply = attempt('focusChild.create', { participantId: participant.id, code, yearGroup: 'y4' });
      expect(reply).toMatchObject({
        ok: false,
        error: {
          fields: [{ field: 'code', message: expect.stringMatching(/looks like a first name.*never their name/) }],
        },
      });
    }
  });

  it('keeps focus child codes unique in a Work Group, and lets another Work Group use the same code', () => {
    const { call, attempt } = tempWorkspace();
    const first = recordSmallYear(call, 'TRG-A');
    const second = recordSmallYear(call, 'TRG-B');
    const sameGroup = attempt('focusChild.create', {
      participantId: first.participant.id,
      code: first.child.code,
      yearGroup: 'y5',
    });
    expect(sameGroup).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'code', message: expect.stringMatching(/already used in this Work Group/) }] },
    });
    // A hub gathers groups whose Leads chose their codes apart: the same code in another group is another child.
    const otherGroup = attempt('focusChild.create', {
      participantId: second.participant.id,
      code: first.child.code,
      yearGroup: 'y5',
    });
    expect(otherGroup).toMatchObject({ ok: true, result: { code: first.child.code } });
  });

  it('asks before keeping a date outside the academic year', () => {
    const { call, attempt, store } = tempWorkspace();
    const { participant } = recordSmallYear(call);
    const entry = { participantId: participant.id, date: '2026-09-14', text: 'A reflection dated in the next year.' };
    const refused = attempt('journalEntry.create', entry);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'outside_year',
        fields: [
          {
            field: 'date',
            message: expect.stringMatching(/outside the group’s year 2025\/26 \(1 Sept 2025 – 31 Aug 2026\)/),
          },
        ],
        message: expect.stringMatching(/14\/09\/2026/),
      },
    });
    expect(liveCount(store, 'journal_entry')).toBe(1);
    expect(attempt('journalEntry.create', { ...entry, confirmOutsideYear: true })).toMatchObject({ ok: true });
  });

  it('needs a value and a scale for a measure', () => {
    const { call, attempt } = tempWorkspace();
    const { child } = recordSmallYear(call);
    const reply = attempt('observation.create', {
      focusChildId: child.id,
      date: '2025-12-01',
      kind: 'measure',
      text: 'Times tables check',
    });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        fields: [
          { field: 'measureValue', message: 'A measure needs a value.' },
          { field: 'measureScale', message: expect.stringMatching(/needs its scale/) },
        ],
      },
    });
  });

  it('refuses links to records that do not exist or belong to another Work Group', () => {
    const { call, attempt } = tempWorkspace();
    const first = recordSmallYear(call, 'TRG-A');
    const second = recordSmallYear(call, 'TRG-B');
    const crossGroup = attempt('meeting.create', {
      workGroupId: first.workGroup.id,
      date: '2025-11-11',
      kind: 'collaborative_planning',
      attendeeIds: [second.participant.id],
    });
    expect(crossGroup).toMatchObject({ ok: false, error: { code: 'not_found', fields: [{ field: 'attendeeIds' }] } });
    const missing = attempt('journalEntry.create', {
      participantId: crypto.randomUUID(),
      date: '2025-11-11',
      text: 'Orphan entry',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', fields: [{ field: 'participantId' }] } });
  });

  it('does not let a school in use go to the Trash', () => {
    const { call, attempt } = tempWorkspace();
    const { school } = recordSmallYear(call);
    expect(attempt('school.delete', { id: school.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/still used/) },
    });
  });
});
