import { describe, expect, it } from 'vitest';
import type { Indicator, WorkGroupEvaluation } from '../../../src-shared/api/evaluation';
import { workGroupEvaluation } from '../../../src-shared/api/evaluation';
import type { WorkGroupSnapshot } from '../../../src-shared/evaluation/snapshot';
import { INDICATOR_IDS, TARGETS, THRESHOLDS } from '../../../src-shared/evaluation/targets';
import { defaultAsOf, evaluateWorkGroup } from '../../../src-shared/evaluation/workGroup';
import { fullYear, uuid, withChanges } from './builders';

const END = '2026-07-20';

const indicator = (e: WorkGroupEvaluation, id: string): Indicator =>
  e.standards.flatMap((s) => s.indicators).find((i) => i.id === id)!;
const gapIds = (e: WorkGroupEvaluation) => e.gaps.map((g) => g.id);
const gap = (e: WorkGroupEvaluation, id: string) => e.gaps.find((g) => g.id === id);

type Meeting = WorkGroupSnapshot['meetings'][number];

describe('the evaluation of a complete year', () => {
  const e = evaluateWorkGroup(fullYear(), END);

  it('meets every indicator and finds no gaps', () => {
    expect(e.standards.map((s) => [s.standard, s.status])).toEqual([
      ['pupil_outcomes', 'met'],
      ['evidence', 'met'],
      ['collaboration', 'met'],
      ['sustained', 'met'],
      ['leadership', 'met'],
    ]);
    // Support days are Targeted Support's alone; every other indicator is a Work Group's, and met.
    expect(
      e.standards
        .flatMap((s) => s.indicators)
        .filter((i) => i.status !== 'met')
        .map((i) => [i.id, i.status]),
    ).toEqual([['support_days_held', 'not_expected']]);
    expect(e.gaps).toEqual([]);
  });

  it('has every indicator of the targets table, each with its evidence', () => {
    expect(e.standards.flatMap((s) => s.indicators.map((i) => i.id))).toEqual(INDICATOR_IDS);
    for (const i of e.standards.flatMap((s) => s.indicators)) {
      expect(i.target).toBe(TARGETS[i.id as keyof typeof TARGETS].target);
      expect(i.reason.length).toBeGreaterThan(10);
      if (i.status !== 'not_expected') expect(i.evidence.length).toBeGreaterThan(0);
      for (const item of i.evidence) expect(item.label).not.toMatch(/no longer/);
    }
    expect(indicator(e, 'meetings').evidence.map((i) => i.label)).toContain('Work Group meeting, 01/10/2025');
  });

  it('gives each NCETM area a status from its outcomes, its evidence over the terms and its strongest claim', () => {
    expect(e.areas.map((a) => [a.area, a.status])).toEqual([
      ['pupil_outcomes', 'met'],
      ['professional_learning', 'partly'],
      ['practice_development', 'partly'],
      ['school_policy', 'partly'],
    ]);
    expect(e.areas[0]!.checks.map((c) => [c.id, c.value, c.status, c.detail])).toEqual([
      ['intended_outcomes', 1, 'met', '1 intended outcome'],
      ['terms_with_evidence', 3, 'met', '12 records of evidence across 3 terms'],
      ['strongest_claim', 2, 'met', '1 impact claim, the strongest triangulated'],
    ]);
    expect(e.areas[1]!.checks.find((c) => c.id === 'strongest_claim')).toMatchObject({
      value: 0,
      status: 'not_yet',
      detail: 'No impact claim yet',
    });
  });

  it('matches the output schema the contract promises', () => {
    expect(() => workGroupEvaluation.parse(e)).not.toThrow();
  });

  it('counts the change judgements 1 to 5 and attendance by meeting', () => {
    expect(e.changeDistribution).toEqual([
      { judgement: 1, count: 0 },
      { judgement: 2, count: 1 },
      { judgement: 3, count: 1 },
      { judgement: 4, count: 2 },
      { judgement: 5, count: 0 },
    ]);
    expect(e.attendance.map((m) => [m.date, m.attended, m.participants, m.rate])).toEqual([
      ['2025-10-01', 2, 2, 1],
      ['2025-11-20', 2, 2, 1],
      ['2026-02-10', 2, 2, 1],
      ['2026-05-12', 2, 2, 1],
    ]);
  });
});

describe('DfE Standard 4: sustained over time', () => {
  it('3 meetings are partly met and named as a gap; 4 are met', () => {
    const base = fullYear();
    const three = evaluateWorkGroup(withChanges({ meetings: base.meetings.slice(0, 3) }, base), END);
    expect(indicator(three, 'meetings')).toMatchObject({ value: 3, status: 'partly', due: true });
    expect(gap(three, 'indicator:meetings')).toMatchObject({
      severity: 'medium',
      message: 'Only 3 meetings are recorded; the Standard asks for at least four.',
      standards: ['sustained'],
    });
    expect(indicator(evaluateWorkGroup(base, END), 'meetings')).toMatchObject({ value: 4, status: 'met' });
  });

  it('1 meeting is not yet met and a high-priority gap', () => {
    const base = fullYear();
    const one = evaluateWorkGroup(withChanges({ meetings: base.meetings.slice(0, 1) }, base), END);
    expect(indicator(one, 'meetings').status).toBe('not_yet');
    expect(gap(one, 'indicator:meetings')?.severity).toBe('high');
  });

  it('visits and leaders’ sessions are not meetings of the whole group', () => {
    const base = fullYear();
    const visits = base.meetings.map((m, i): Meeting => (i === 3 ? { ...m, kind: 'in_school_visit' } : m));
    const e = evaluateWorkGroup(withChanges({ meetings: visits }, base), END);
    expect(indicator(e, 'meetings').value).toBe(3);
    expect(e.attendance.find((m) => m.kind === 'in_school_visit')?.wholeGroup).toBe(false);
  });

  it('meetings in one term are partly met; in two terms met', () => {
    const base = fullYear();
    const autumn = ['2025-09-20', '2025-10-10', '2025-11-05', '2025-12-01'];
    const oneTerm = base.meetings.map((m, i) => ({ ...m, date: autumn[i]! }));
    const e = evaluateWorkGroup(withChanges({ meetings: oneTerm }, base), END);
    expect(indicator(e, 'terms_spanned')).toMatchObject({ value: 1, status: 'partly' });
    expect(gap(e, 'indicator:terms_spanned')?.message).toBe(
      'All meetings so far are in the autumn term; the Standard asks for meetings across at least two terms.',
    );
    const twoTerms = oneTerm.map((m, i) => (i === 3 ? { ...m, date: '2026-01-15' } : m));
    expect(indicator(evaluateWorkGroup(withChanges({ meetings: twoTerms }, base), END), 'terms_spanned')).toMatchObject(
      { value: 2, status: 'met' },
    );
  });

  it('an interval between meetings with no in-school work recorded is named', () => {
    const base = fullYear();
    // Nothing between 10/02/2026 and 12/05/2026 once the spring work is gone.
    const e = evaluateWorkGroup(
      withChanges(
        {
          journalEntries: base.journalEntries.filter((j) => j.date !== '2026-02-11'),
          observations: base.observations.filter((o) => o.date !== '2026-03-01'),
          actionResearchCycles: [],
        },
        base,
      ),
      END,
    );
    expect(indicator(e, 'work_between_meetings')).toMatchObject({ numerator: 2, denominator: 3, status: 'partly' });
    expect(gap(e, 'indicator:work_between_meetings')?.message).toBe(
      'No in-school work (journal entries, observations or action-research cycles) is recorded between the meetings of 10/02/2026 and 12/05/2026.',
    );
    expect(gap(e, 'indicator:work_between_meetings')?.items.map((i) => i.kind)).toEqual(['meeting', 'meeting']);
  });

  it('an action-research cycle spanning an interval counts as work in it', () => {
    const base = fullYear();
    const e = evaluateWorkGroup(
      withChanges(
        {
          journalEntries: base.journalEntries.filter((j) => j.date !== '2026-02-11'),
          observations: base.observations.filter((o) => o.date !== '2026-03-01'),
        },
        base,
      ),
      END,
    );
    expect(indicator(e, 'work_between_meetings').status).toBe('met');
  });

  it('attendance of 80% is met, 70% partly, below 60% not yet', () => {
    const base = fullYear();
    const [pA, pB] = base.participants.map((p) => p.id) as [string, string];
    const fifth = { ...base.meetings[0]!, id: uuid(), date: '2026-06-10' };
    const attend = (absences: number) =>
      [...base.meetings, fifth].map((m, i) => ({ ...m, attendeeIds: i < absences ? [pA] : [pA, pB] }));
    const rate = (absences: number) =>
      indicator(evaluateWorkGroup(withChanges({ meetings: attend(absences) }, base), END), 'attendance_rate');
    expect(rate(2)).toMatchObject({ value: 0.8, status: 'met' });
    expect(rate(3)).toMatchObject({ value: 0.7, status: 'partly' });
    expect(rate(5)).toMatchObject({ value: 0.5, status: 'not_yet' });
    const e = evaluateWorkGroup(withChanges({ meetings: attend(3) }, base), END);
    expect(gap(e, 'indicator:attendance_rate')?.message).toBe(
      'Attendance is 70% across 5 meetings; aim for at least 80%. Teacher Two missed more than half.',
    );
  });

  it('attendees who are not participants of the group are not counted', () => {
    const base = fullYear();
    const meetings = base.meetings.map((m) => ({ ...m, attendeeIds: [...m.attendeeIds, uuid()] }));
    expect(indicator(evaluateWorkGroup(withChanges({ meetings }, base), END), 'attendance_rate').value).toBe(1);
  });
});

describe('DfE Standard 5: prioritised by school leadership', () => {
  it('0 leader evaluations of one school is not yet; 1 is met', () => {
    const base = fullYear();
    const one = base.schoolParticipations[0]!;
    const none = evaluateWorkGroup(withChanges({ schoolParticipations: [{ ...one, endEvaluation: '' }] }, base), END);
    expect(indicator(none, 'leader_end_evaluation')).toMatchObject({ value: 0, status: 'not_yet' });
    expect(gap(none, 'indicator:leader_end_evaluation')).toMatchObject({
      severity: 'high',
      message: '1 school has no leaders’ end-of-year evaluation yet (Alder Primary).',
    });
    const done = evaluateWorkGroup(withChanges({ schoolParticipations: [one] }, base), END);
    expect(indicator(done, 'leader_end_evaluation')).toMatchObject({ value: 1, status: 'met' });
  });

  it('names the schools with no leaders’ intended impact', () => {
    const base = fullYear();
    const schools = base.schoolParticipations.map((s) => ({ ...s, intendedImpact: '' }));
    const e = evaluateWorkGroup(withChanges({ schoolParticipations: schools }, base), END);
    expect(gap(e, 'indicator:intended_impact_recorded')?.message).toBe(
      '2 schools have no leaders’ intended impact recorded (Alder Primary and Birch Primary).',
    );
  });

  it('one of two schools is partly met for leader engagement; engagements after the "as of" date do not count', () => {
    const base = fullYear();
    const [a, b] = base.schoolParticipations as [
      WorkGroupSnapshot['schoolParticipations'][number],
      WorkGroupSnapshot['schoolParticipations'][number],
    ];
    const later = { ...b, leaderEngagements: [{ date: '2026-06-01', kind: 'call' as const, note: '' }] };
    const e = evaluateWorkGroup(withChanges({ schoolParticipations: [a, later] }, base), '2026-05-01');
    expect(indicator(e, 'leader_engagement')).toMatchObject({ value: 0.5, status: 'partly' });
  });

  it('says when no schools are recorded at all', () => {
    const e = evaluateWorkGroup(withChanges({ schoolParticipations: [] }), END);
    expect(e.gaps[0]).toMatchObject({ id: 'no-schools', severity: 'high' });
    expect(indicator(e, 'leader_end_evaluation')).toMatchObject({ value: null, status: 'not_yet' });
  });
});

describe('DfE Standard 1: pupil outcomes', () => {
  it('two focus children each is met, one and a half partly, a participant without any is named', () => {
    const base = fullYear();
    const e = evaluateWorkGroup(withChanges({ focusChildren: base.focusChildren.slice(0, 3) }, base), END);
    expect(indicator(e, 'focus_children_per_participant')).toMatchObject({ value: 1.5, status: 'partly' });
    const none = evaluateWorkGroup(withChanges({ focusChildren: base.focusChildren.slice(0, 2) }, base), END);
    expect(gap(none, 'indicator:focus_children_per_participant')?.message).toBe(
      '1 participant has no focus children yet (Teacher Two); each can follow up to three.',
    );
  });

  it('a child without a desired change makes pen portraits partly met', () => {
    const base = fullYear();
    const children = base.focusChildren.map((c, i) => (i === 1 ? { ...c, desiredChange: '' } : c));
    const e = evaluateWorkGroup(withChanges({ focusChildren: children }, base), END);
    expect(indicator(e, 'focus_children_with_portrait')).toMatchObject({ value: 0.75, status: 'partly' });
    expect(gap(e, 'indicator:focus_children_with_portrait')?.message).toBe(
      '1 focus child has no starting pen portrait or desired change recorded (FC-02).',
    );
  });

  it('three of four children observed in two terms is partly met (target 80%); four is met', () => {
    const base = fullYear();
    const fc1 = base.focusChildren[0]!.id;
    const observations = base.observations.filter((o) => o.focusChildId !== fc1 || o.date === '2026-03-01');
    const e = evaluateWorkGroup(withChanges({ observations }, base), END);
    expect(indicator(e, 'focus_children_observed_two_terms')).toMatchObject({
      numerator: 3,
      denominator: 4,
      status: 'partly',
    });
    expect(gap(e, 'indicator:focus_children_observed_two_terms')?.message).toBe(
      '1 focus child is observed in fewer than two terms (FC-01).',
    );
  });

  it('flags children with no observation for weeks, naming the month, and children never observed', () => {
    const base = fullYear();
    const [fc1, fc2] = base.focusChildren.map((c) => c.id);
    const observations = base.observations.filter(
      (o) => o.focusChildId !== fc2 && (o.focusChildId !== fc1 || o.date < '2026-03-01'),
    );
    const withFebruary = [...observations, { ...base.observations[0]!, id: uuid(), date: '2026-02-12' }];
    const e = evaluateWorkGroup(withChanges({ observations: withFebruary }, base), END);
    expect(gap(e, 'children-not-observed-lately')?.message).toBe(
      '1 focus child has no observation since February (FC-01).',
    );
    expect(gap(e, 'children-never-observed')?.message).toBe('1 focus child has no observations recorded yet (FC-02).');
  });

  it('does not count the summer holiday as weeks without observation', () => {
    const base = fullYear();
    const july = base.observations.map((o) => (o.date === '2026-06-20' ? { ...o, date: '2026-07-08' } : o));
    const snap = withChanges({ observations: july }, base);
    expect(gap(evaluateWorkGroup(snap, '2026-08-25'), 'children-not-observed-lately')).toBeUndefined();
    // In term time the weeks still count.
    const spring = base.observations.filter((o) => o.date < '2026-06-01');
    expect(
      gap(evaluateWorkGroup(withChanges({ observations: spring }, base), '2026-07-15'), 'children-not-observed-lately')
        ?.message,
    ).toBe('4 focus children have no observation since March (FC-01, FC-02, FC-03 and FC-04).');
  });

  it('the end-of-year judgement is not missing in October, and is in July', () => {
    const base = fullYear();
    const children = base.focusChildren.map(({ changeJudgement: _drop, ...c }) => c);
    const snap = withChanges({ focusChildren: children }, base);
    const october = evaluateWorkGroup(snap, '2025-10-20');
    expect(indicator(october, 'focus_children_with_judgement')).toMatchObject({ status: 'not_yet', due: false });
    expect(gapIds(october)).not.toContain('indicator:focus_children_with_judgement');
    const july = evaluateWorkGroup(snap, '2026-07-01');
    expect(gap(july, 'indicator:focus_children_with_judgement')?.message).toBe(
      '4 focus children have no end-of-year judgement of change yet (FC-01, FC-02, FC-03 and FC-04).',
    );
  });

  it('flags focus children without consent as high priority', () => {
    const base = fullYear();
    const children = base.focusChildren.map((c, i) => (i === 0 ? { ...c, consentRecorded: false } : c));
    const e = evaluateWorkGroup(withChanges({ focusChildren: children }, base), END);
    expect(gap(e, 'children-without-consent')).toMatchObject({
      severity: 'high',
      message: '1 focus child has no consent recorded (FC-01).',
    });
  });
});

describe('DfE Standards 2 and 3: evidence and collaboration', () => {
  it('one reading is partly met, two are met', () => {
    const base = fullYear();
    const e = evaluateWorkGroup(withChanges({ readings: base.readings.slice(0, 1) }, base), END);
    expect(indicator(e, 'readings_recorded')).toMatchObject({ value: 1, status: 'partly' });
    expect(indicator(e, 'readings_discussed')).toMatchObject({ value: 1, status: 'partly' });
    expect(gap(e, 'indicator:readings_recorded')?.message).toMatch(/^Only 1 reading is recorded;/);
  });

  it('a reflection dated before its session does not count as written after it', () => {
    const base = fullYear();
    const m3 = base.meetings[2]!.id;
    const entries = base.journalEntries.map((j) => (j.meetingId === m3 ? { ...j, date: '2026-02-01' } : j));
    const e = evaluateWorkGroup(withChanges({ journalEntries: entries }, base), END);
    expect(indicator(e, 'collaborative_sessions_reflected')).toMatchObject({
      numerator: 1,
      denominator: 2,
      status: 'partly',
    });
    expect(gap(e, 'indicator:collaborative_sessions_reflected')?.message).toBe(
      '1 collaborative session has no reflection written afterwards (10/02/2026); link a journal entry to the meeting.',
    );
  });

  it('one collaborative session is partly met, a participant who missed them is named', () => {
    const base = fullYear();
    const [pA] = base.participants.map((p) => p.id);
    const meetings = base.meetings.map((m) =>
      m.kind === 'research_lesson'
        ? { ...m, kind: 'work_group_meeting' as const }
        : m.kind === 'collaborative_planning'
          ? { ...m, attendeeIds: [pA!] }
          : m,
    );
    const e = evaluateWorkGroup(withChanges({ meetings }, base), END);
    expect(indicator(e, 'collaborative_sessions')).toMatchObject({ value: 1, status: 'partly' });
    expect(indicator(e, 'participants_in_collaborative_session')).toMatchObject({ value: 0.5, status: 'partly' });
    expect(gap(e, 'indicator:participants_in_collaborative_session')?.message).toBe(
      '1 participant has not taken part in a collaborative planning or research lesson session (Teacher Two).',
    );
  });
});

describe('the "as of" date', () => {
  it('speaks about the year so far: a summer meeting is not missing in October', () => {
    const october = evaluateWorkGroup(fullYear(), '2025-10-20');
    expect(indicator(october, 'meetings')).toMatchObject({ value: 1, due: false, expectedByNow: 0 });
    expect(gapIds(october)).not.toContain('indicator:meetings');
    expect(gapIds(october)).not.toContain('indicator:terms_spanned');
    expect(october.attendance.map((m) => m.date)).toEqual(['2025-10-01']);
  });

  it('expects part of a target mid-year and says so', () => {
    const base = fullYear();
    const e = evaluateWorkGroup(withChanges({ meetings: base.meetings.slice(0, 1) }, base), '2026-04-15');
    expect(indicator(e, 'meetings')).toMatchObject({ value: 1, expectedByNow: 2, due: true });
    expect(gap(e, 'indicator:meetings')?.message).toBe(
      'Only 1 meeting is recorded so far; at least two would be expected by now, on the way to four across the year.',
    );
  });

  it('defaults to today within the academic year', () => {
    expect(defaultAsOf('2025/26', '2026-03-04')).toBe('2026-03-04');
    expect(defaultAsOf('2025/26', '2027-01-01')).toBe('2026-08-31');
    expect(defaultAsOf('2025/26', '2025-06-01')).toBe('2025-09-01');
  });
});

describe('gaps', () => {
  it('are ordered by severity, then by standard', () => {
    const base = fullYear();
    const e = evaluateWorkGroup(
      withChanges(
        {
          meetings: base.meetings.slice(0, 3),
          schoolParticipations: base.schoolParticipations.map((s) => ({ ...s, endEvaluation: '' })),
          readings: base.readings.slice(0, 1),
        },
        base,
      ),
      END,
    );
    const severities = e.gaps.map((g) => g.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)),
    );
    expect(e.gaps[0]!.id).toBe('indicator:leader_end_evaluation');
    expect(gapIds(e).indexOf('indicator:readings_recorded')).toBeLessThan(gapIds(e).indexOf('indicator:meetings'));
  });

  it('every threshold used is in the one table', () => {
    expect(THRESHOLDS.suppressBelow).toBe(5);
    for (const id of INDICATOR_IDS) expect(TARGETS[id].partlyFrom).toBeLessThanOrEqual(TARGETS[id].target);
  });
});
