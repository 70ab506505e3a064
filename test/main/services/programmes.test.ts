import { describe, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../../src-shared/api/contract';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { tempWorkspace } from '../../support/workspace';

// What a programme and a community record that a Work Group does not, on real workspaces: a
// programme's cohort and sessions (meetings of the kind "Programme session") and its evaluation on
// them; a community carried into its next year as the same community; and both travelling in bundles.

/** Migration 002's projects of each kind. */
const SKTM_PRIMARY = '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e06';
const COMMUNITY = '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e08';
const PRIMARY_SUSTAINING = '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e09';
const END = '2026-07-20';

type Call = <M extends Method>(method: M, input: Input<M>) => Output<M>;

/** A programme's year: three teachers from two intakes, four sessions through the materials. */
function recordProgramme(call: Call) {
  const workGroup = call('workGroup.create', {
    code: 'SKTM-2025-01',
    name: 'Specialist knowledge for teaching mathematics, primary',
    academicYear: '2025/26',
    projectId: SKTM_PRIMARY,
    leadName: 'Ms Example Lead',
  });
  const workGroupId = workGroup.id;
  const school = call('school.create', { name: 'Puddleby Lane Test Primary', phase: 'primary', urn: '' });
  const other = call('school.create', { name: 'Juniper Hill Test Primary', phase: 'primary', urn: '' });
  const teacher = (name: string, schoolId: string, cohort: string, comesFrom: string) =>
    call('participant.create', { workGroupId, schoolId, name, role: 'Class teacher', cohort, comesFrom });
  const cohort = [
    teacher('Ms Sample One', school.id, 'Cohort 1, autumn 2025', 'Test Borough local authority'),
    teacher('Mr Sample Two', other.id, 'Cohort 1, autumn 2025', 'Sample Learning Trust'),
    teacher('Ms Sample Three', other.id, 'Cohort 2, spring 2026', 'Sample Learning Trust'),
  ];
  const [a, b, c] = cohort.map((p) => p.id) as [string, string, string];
  const session = (date: string, materialsUnit: string, attendeeIds: string[]) =>
    call('meeting.create', { workGroupId, date, kind: 'programme_session', materialsUnit, attendeeIds });
  const sessions = [
    session('2025-10-09', 'Spine 1.1: Place value within 10', [a, b]),
    session('2025-12-04', 'Spine 1.2: Subtraction as difference', [a, b]),
    session('2026-02-12', 'Spine 1.3: Unitising', [a, b, c]),
    session('2026-05-14', 'Spine 2.1: Counting, unitising and coins', [a, c]),
  ];
  return { workGroup, cohort, sessions };
}

const indicator = (call: Call, id: string, which: string) =>
  call('evaluation.workGroup', { id, asOf: END })
    .standards.flatMap((s) => s.indicators)
    .find((i) => i.id === which)!;

describe('a programme’s cohort and sessions', () => {
  it('keeps each participant’s intake and where they come from, and each session’s unit of the materials', () => {
    const { call } = tempWorkspace();
    const { workGroup, cohort } = recordProgramme(call);
    expect(call('participant.list', { workGroupId: workGroup.id }).map((p) => [p.name, p.cohort, p.comesFrom])).toEqual(
      expect.arrayContaining(cohort.map((p) => [p.name, p.cohort, p.comesFrom])),
    );
    expect(call('meeting.list', { workGroupId: workGroup.id }).map((m) => [m.kind, m.materialsUnit])).toEqual([
      ['programme_session', 'Spine 1.1: Place value within 10'],
      ['programme_session', 'Spine 1.2: Subtraction as difference'],
      ['programme_session', 'Spine 1.3: Unitising'],
      ['programme_session', 'Spine 2.1: Counting, unitising and coins'],
    ]);
    // The search finds a session by its unit.
    const found = call('search.query', { text: 'Unitising' });
    expect(found.hits.map((r) => r.kind)).toContain('meeting');
  });

  it('is judged on its sessions held and the cohort’s attendance across them', () => {
    const { call } = tempWorkspace();
    const { workGroup } = recordProgramme(call);
    const e = call('evaluation.workGroup', { id: workGroup.id, asOf: END });
    expect(e.workGroup.pdActivityType).toBe('programme');
    const meetings = indicator(call, workGroup.id, 'meetings');
    expect([meetings.value, meetings.status]).toEqual([4, 'met']);
    const attendance = indicator(call, workGroup.id, 'attendance_rate');
    // 9 of 12 places: three teachers at four sessions.
    expect([attendance.numerator, attendance.denominator, attendance.status]).toEqual([9, 12, 'partly']);
    expect(indicator(call, workGroup.id, 'terms_spanned').value).toBe(3);
    expect(e.figures.sessions).toMatchObject({ total: 4, wholeGroup: 4 });
    // Support days are targeted support's, never a programme's.
    expect(indicator(call, workGroup.id, 'support_days_held').status).toBe('not_expected');
  });

  it('carries the cohort’s intakes into the next year', () => {
    const { call } = tempWorkspace();
    const { workGroup } = recordProgramme(call);
    const next = call('workGroup.rollover', { id: workGroup.id, code: 'SKTM-2026-01' });
    expect(
      call('participant.list', { workGroupId: next.id })
        .map((p) => p.cohort)
        .sort(),
    ).toEqual(['Cohort 1, autumn 2025', 'Cohort 1, autumn 2025', 'Cohort 2, spring 2026']);
  });

  it('travels in a bundle with its sessions’ units and its cohort', async () => {
    const source = tempWorkspace();
    const { workGroup } = recordProgramme(source.call);
    const reply = await dispatchAsync(source.handlers, 'bundle.export', { workGroupId: workGroup.id });
    if (!reply.ok) throw new Error(reply.error.message);
    const target = tempWorkspace();
    const imported = await dispatchAsync(target.handlers, 'bundle.import', {
      dataBase64: (reply.result as { dataBase64: string }).dataBase64,
    });
    expect(imported.ok).toBe(true);
    const read = (call: Call) => ({
      units: call('meeting.list', { workGroupId: workGroup.id }).map((m) => m.materialsUnit),
      cohort: call('participant.list', { workGroupId: workGroup.id }).map((p) => [p.cohort, p.comesFrom]),
    });
    expect(read(target.call)).toEqual(read(source.call));
    expect(read(target.call).units).toHaveLength(4);
  });
});

describe('a community that runs beyond a year', () => {
  function recordCommunity(call: Call) {
    const workGroup = call('workGroup.create', {
      code: 'SMS-2025',
      name: 'Secondary Mastery Specialists community',
      academicYear: '2025/26',
      projectId: COMMUNITY,
      leadName: 'Mr Example Lead',
    });
    const workGroupId = workGroup.id;
    const school = call('school.create', { name: 'Example Test Academy', phase: 'secondary', urn: '' });
    call('schoolParticipation.create', { workGroupId, schoolId: school.id });
    const member = call('participant.create', {
      workGroupId,
      schoolId: school.id,
      name: 'Ms Sample Specialist',
      comesFrom: 'Test Borough local authority',
    });
    call('reading.create', { workGroupId, citation: 'Example, B. (2019) Mastery in secondary mathematics.' });
    call('meeting.create', {
      workGroupId,
      date: '2025-11-06',
      kind: 'work_group_meeting',
      attendeeIds: [member.id],
      notes: 'Professional dialogue on variation in Key Stage 3.',
    });
    return { workGroup, member };
  }

  it('continues into its next year as the same community: its members and readings carried, last year kept as it was', () => {
    const { call } = tempWorkspace();
    const { workGroup, member } = recordCommunity(call);
    const next = call('workGroup.rollover', { id: workGroup.id, code: 'SMS-2026' });
    expect(next).toMatchObject({
      academicYear: '2026/27',
      projectId: COMMUNITY,
      pdActivityType: 'community',
      previousWorkGroupId: workGroup.id,
    });
    expect(call('participant.list', { workGroupId: next.id })).toMatchObject([
      { name: member.name, comesFrom: 'Test Borough local authority' },
    ]);
    expect(call('reading.list', { workGroupId: next.id }).map((r) => r.citation)).toEqual([
      'Example, B. (2019) Mastery in secondary mathematics.',
    ]);
    // Each year's meetings stay in their year, and each year is evaluated on its own, then side by side.
    expect(call('meeting.list', { workGroupId: next.id })).toEqual([]);
    call('meeting.create', { workGroupId: next.id, date: '2026-10-08', kind: 'work_group_meeting' });
    call('meeting.create', { workGroupId: next.id, date: '2026-11-12', kind: 'work_group_meeting' });
    const comparison = call('evaluation.yearOnYear', { id: next.id })!;
    expect(comparison.years.map((y) => y.academicYear)).toEqual(['2025/26', '2026/27']);
    expect(comparison.rows.find((r) => r.label === 'Whole-group meetings')).toMatchObject({
      previous: '1',
      current: '2',
    });
    expect(call('evaluation.workGroup', { id: next.id, asOf: '2027-07-20' }).workGroup.pdActivityType).toBe(
      'community',
    );
  });

  it('is refused a move into another project, which would end the community', async () => {
    const { call, attempt } = tempWorkspace();
    const { workGroup } = recordCommunity(call);
    const refused = await attempt('workGroup.rollover', {
      id: workGroup.id,
      code: 'SMS-2026',
      projectId: PRIMARY_SUSTAINING,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/community, which carries on in its own project \(Maths Hub Community\)/),
      },
    });
    expect(call('workGroup.get', { id: workGroup.id }).rolledOverToId).toBeUndefined();
  });
});
