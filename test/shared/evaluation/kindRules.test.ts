import { describe, expect, it } from 'vitest';
import { workGroupEvaluation, type WorkGroupEvaluation } from '../../../src-shared/api/evaluation';
import { PD_ACTIVITY_TYPES, type PdActivityType } from '../../../src-shared/domain/enums';
import { hubFacts, rollUpHub } from '../../../src-shared/evaluation/hub';
import { KIND_RULES, notExpectedFor, rulesFor } from '../../../src-shared/evaluation/kindRules';
import { INDICATOR_IDS } from '../../../src-shared/evaluation/targets';
import { evaluateWorkGroup } from '../../../src-shared/evaluation/workGroup';
import { fullYear, uuid, withChanges } from './builders';

const END = '2026-07-20';

const ofKind = (kind: PdActivityType, base = fullYear()) =>
  withChanges({ workGroup: { ...base.workGroup, id: uuid(), pdActivityType: kind } }, base);
const indicators = (e: WorkGroupEvaluation) => e.standards.flatMap((s) => s.indicators);

describe('the table of rules by kind of PD', () => {
  it('marks every indicator for every kind, with a why citing a seed for each not expected', () => {
    for (const kind of PD_ACTIVITY_TYPES) {
      expect(Object.keys(KIND_RULES[kind].indicators).sort()).toEqual([...INDICATOR_IDS].sort());
      for (const e of Object.values(KIND_RULES[kind].indicators)) {
        if (!e.expected) expect(e.why).toMatch(/\((NCETM|Work Group statement|2021\/22 projects)[^)]*\)/);
      }
    }
    // Every Work Group statement indicator is the Work Group's; support days are Targeted Support's alone.
    const expectedOf = (kind: PdActivityType) =>
      Object.entries(KIND_RULES[kind].indicators)
        .filter(([, e]) => e.expected)
        .map(([id]) => id);
    expect(expectedOf('work_group')).toEqual(INDICATOR_IDS.filter((id) => id !== 'support_days_held'));
    for (const kind of PD_ACTIVITY_TYPES) {
      expect(expectedOf(kind).includes('support_days_held'), kind).toBe(kind === 'targeted_support');
    }
  });

  it('judges an unknown kind as a Work Group and names the kind in "not expected"', () => {
    expect(rulesFor('something else').kind).toBe('work_group');
    expect(notExpectedFor('targeted_support')).toBe('Not expected for Targeted Support in Maths');
  });
});

/** A support day with one school's leaders. */
const supportDay = (schoolId: string, date: string) => ({
  id: uuid(),
  workGroupId: 'wg',
  date,
  schoolId,
  stage: 'deliver' as const,
  attendeeIds: [],
  notes: 'Planned the next steps with the maths lead.',
  nextSteps: '',
  areas: [],
  standards: [],
});
const actionPlan = (schoolId: string, agreedDays: number) => ({
  id: uuid(),
  workGroupId: 'wg',
  schoolId,
  developmentFocus: 'Fluency in number facts across Key Stage 2',
  successCriteria: '',
  actions: '',
  agreedDays,
  review: '',
});

describe('a group judged by the rules of its kind', () => {
  // A targeted-support year with no focus children and no collaborative sessions, its four agreed
  // support days held: what the kind looks like.
  const bare = fullYear();
  const school = bare.schools[0]!.id;
  const support = ofKind(
    'targeted_support',
    withChanges(
      {
        focusChildren: [],
        observations: [],
        meetings: bare.meetings.map((m) => ({ ...m, kind: 'work_group_meeting' as const })),
        actionPlans: [actionPlan(school, 4)],
        supportDays: ['2025-10-02', '2025-12-04', '2026-03-05', '2026-06-11'].map((d) => supportDay(school, d)),
      },
      bare,
    ),
  );
  const e = evaluateWorkGroup(support, END);

  it('is never marked down for another kind’s indicators', () => {
    for (const i of indicators(e)) {
      const expectation = KIND_RULES.targeted_support.indicators[i.id as keyof typeof KIND_RULES.work_group.indicators];
      if (expectation.expected) continue;
      expect(i.status, i.id).toBe('not_expected');
      expect(i.whyNotExpected).toBe(expectation.why);
      expect(i.due).toBe(false);
    }
    expect(e.gaps.filter((g) => g.id.startsWith('indicator:'))).toEqual([]);
    expect(indicators(e).filter((i) => i.status === 'partly' || i.status === 'not_yet')).toEqual([]);
    expect(workGroupEvaluation.parse(e).workGroup.pdActivityType).toBe('targeted_support');
  });

  it('drafts its answers and findings without asking for what its kind is not expected to do', () => {
    const nextYear = e.questions.find((q) => q.id === 'next_year')!.draft;
    expect(nextYear).not.toMatch(/focus children|research lessons/);
    expect(e.questions.find((q) => q.id === 'did_it_work')!.draft).toMatch(
      /^Against the DfE Standard, 3 of the 3 standards expected of its kind are met\. Participants’/,
    );
  });

  it('leaves a standard with nothing expected out of the count of standards', () => {
    expect(e.standards.find((s) => s.standard === 'pupil_outcomes')!.status).toBe('not_expected');
    expect(e.standards.find((s) => s.standard === 'collaboration')!.status).toBe('not_expected');
    expect(e.figures.standardsExpected).toBe(3);
    expect(e.figures.standardsMet).toBe(3);
  });

  it('gives the same record the Work Group rules when its kind is Work Group', () => {
    const asWorkGroup = evaluateWorkGroup(ofKind('work_group', support), END);
    expect(asWorkGroup.standards.find((s) => s.standard === 'pupil_outcomes')!.status).toBe('not_yet');
    expect(asWorkGroup.figures.standardsExpected).toBe(5);
  });

  it('compares like with like in the hub and says which rules each group was judged by', () => {
    const work = evaluateWorkGroup(ofKind('work_group'), END);
    const hub = rollUpHub([hubFacts(work, []), hubFacts(e, [])]);
    expect(hub.rows.map((r) => r.rules)).toEqual(['Work Group rules', 'Targeted Support in Maths rules']);
    expect(hub.rows[1]!.standardsExpected).toBe(3);
    expect(hub.figures.groupsMeetingAllFive).toBe(2);
    const perChild = hub.standards[0]!.indicators.find((i) => i.id === 'focus_children_per_participant')!;
    expect([perChild.met, perChild.notExpected, perChild.shareMet]).toEqual([1, 1, 1]);
    expect(hub.kinds.map((k) => [k.kind, k.rules, k.workGroups])).toEqual([
      ['work_group', 'Work Group rules', 1],
      ['targeted_support', 'Targeted Support in Maths rules', 1],
    ]);
    expect(hub.kinds[1]!.standards[0]).toEqual({
      standard: 'pupil_outcomes',
      met: 0,
      partly: 0,
      notYet: 0,
      notExpected: 1,
    });
    expect(hub.kinds[0]!.notExpected.map((n) => n.id)).toEqual(['support_days_held']);
    expect(hub.kinds[1]!.notExpected.map((n) => n.id)).toContain('focus_children_per_participant');
  });
});

describe('targeted support’s days held against the days agreed', () => {
  const bare = fullYear();
  const [a, b] = bare.schools.map((s) => s.id) as [string, string];
  const held = (days: ReturnType<typeof supportDay>[], plans = [actionPlan(a, 4), actionPlan(b, 2)]) =>
    indicators(
      evaluateWorkGroup(ofKind('targeted_support', withChanges({ supportDays: days, actionPlans: plans }, bare)), END),
    ).find((i) => i.id === 'support_days_held')!;

  it('counts the days held by the date against the days agreed, a school’s extra days never making up for another’s', () => {
    const days = [
      supportDay(a, '2025-10-02'),
      supportDay(a, '2026-01-15'),
      ...['2025-11-01', '2025-12-01', '2026-02-01', '2026-03-01'].map((d) => supportDay(b, d)),
      supportDay(a, '2026-09-10'), // after the "as of" date: not held yet
    ];
    const i = held(days);
    expect([i.value, i.numerator, i.denominator, i.status]).toEqual([0.6667, 4, 6, 'partly']);
    expect(i.detail).toBe('4 of 6 agreed support days held (and 2 days beyond a school’s agreement)');
    expect(i.standard).toBe('sustained');
    expect(held([...days, supportDay(a, '2026-05-01'), supportDay(a, '2026-06-01')]).status).toBe('met');
    const e = evaluateWorkGroup(
      ofKind(
        'targeted_support',
        withChanges({ supportDays: days, actionPlans: [actionPlan(a, 4), actionPlan(b, 2)] }, bare),
      ),
      END,
    );
    expect(e.gaps.find((g) => g.id === 'indicator:support_days_held')?.message).toBe(
      '4 of 6 agreed support days held (and 2 days beyond a school’s agreement); record each support day with Alder Primary as it happens.',
    );
  });

  it('says no days were agreed when there is no action plan, and raises no gap on a share of nothing', () => {
    const support = ofKind('targeted_support', withChanges({ supportDays: [supportDay(a, '2025-10-02')] }, bare));
    const e = evaluateWorkGroup(support, END);
    const i = indicators(e).find((x) => x.id === 'support_days_held')!;
    expect([i.value, i.status, i.detail]).toEqual([
      null,
      'not_yet',
      '1 support day held; add the school’s action plan to say how many days were agreed',
    ]);
    expect(e.gaps.map((g) => g.id)).not.toContain('indicator:support_days_held');
  });

  it('is not expected of any other kind, whatever is recorded', () => {
    for (const kind of PD_ACTIVITY_TYPES.filter((k) => k !== 'targeted_support')) {
      const e = evaluateWorkGroup(ofKind(kind, withChanges({ actionPlans: [actionPlan(a, 6)] }, bare)), END);
      expect(indicators(e).find((i) => i.id === 'support_days_held')!.status, kind).toBe('not_expected');
    }
  });
});
