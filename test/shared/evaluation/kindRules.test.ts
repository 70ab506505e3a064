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
    expect(Object.values(KIND_RULES.work_group.indicators).every((e) => e.expected)).toBe(true);
  });

  it('judges an unknown kind as a Work Group and names the kind in "not expected"', () => {
    expect(rulesFor('something else').kind).toBe('work_group');
    expect(notExpectedFor('targeted_support')).toBe('Not expected for Targeted Support in Maths');
  });
});

describe('a group judged by the rules of its kind', () => {
  // A targeted-support year with no focus children and no collaborative sessions: what the kind looks like.
  const bare = fullYear();
  const support = ofKind(
    'targeted_support',
    withChanges(
      {
        focusChildren: [],
        observations: [],
        meetings: bare.meetings.map((m) => ({ ...m, kind: 'work_group_meeting' as const })),
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
    expect(hub.kinds[0]!.notExpected).toEqual([]);
    expect(hub.kinds[1]!.notExpected.map((n) => n.id)).toContain('focus_children_per_participant');
  });
});
