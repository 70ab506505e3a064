import { describe, expect, it } from 'vitest';
import { hubRollup, LEVEL_STRENGTHS } from '../../../src-shared/api/evaluation';
import { guskeyStrengthText } from '../../../src-shared/evaluation/guskeyLevels';
import { hubFacts, rollUpHub } from '../../../src-shared/evaluation/hub';
import { evaluateWorkGroup } from '../../../src-shared/evaluation/workGroup';
import { fullYear, uuid, withChanges } from './builders';

const END = '2026-07-20';

/** A year whose observations are tagged with one Guskey level, each with the strengths given (undefined: none given). */
function taggedYear(level: number, strengths: ('anecdotal' | 'triangulated' | 'measured' | undefined)[]) {
  const base = fullYear();
  const observations = base.observations.map((o, i) => {
    const tagged = { ...o, guskeyLevel: level };
    const strength = strengths[i % strengths.length];
    if (strength) tagged.strength = strength;
    else delete tagged.strength;
    return tagged;
  });
  return withChanges({ workGroup: { ...base.workGroup, id: uuid() }, observations }, base);
}

describe('evidence by Guskey level across the groups', () => {
  const measured = evaluateWorkGroup(taggedYear(5, ['anecdotal', 'measured']), END);
  const anecdotal = evaluateWorkGroup(taggedYear(5, ['anecdotal']), END);
  const notGiven = evaluateWorkGroup(taggedYear(4, [undefined]), END);
  const hub = rollUpHub([measured, anecdotal, notGiven].map((e) => hubFacts(e, [])));
  const level = (n: number) => hub.guskeyLevels.find((l) => l.level === n)!;

  it('counts each group once at each level, at the strength of its strongest record there', () => {
    expect(hub.guskeyLevels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(level(5).label).toBe('5 – Pupil learning outcomes');
    expect(level(5).groups).toEqual({ measured: 1, triangulated: 0, anecdotal: 1, not_given: 0, none: 1 });
    expect(level(4).groups).toEqual({ measured: 0, triangulated: 0, anecdotal: 0, not_given: 1, none: 2 });
    for (const l of hub.guskeyLevels) {
      expect(
        LEVEL_STRENGTHS.reduce((sum, s) => sum + l.groups[s], 0),
        `level ${l.level}`,
      ).toBe(3);
    }
    expect(hubRollup.parse(hub).guskeyLevels).toEqual(hub.guskeyLevels);
  });

  it('reads the same figures as each group’s Evidence by level: its records and its strength', () => {
    const own = (e: typeof measured, n: number) => e.guskeyLevels.find((l) => l.level === n)!;
    expect(level(5).records).toBe(own(measured, 5).total + own(anecdotal, 5).total + own(notGiven, 5).total);
    expect(level(5).records).toBe(2 * measured.totals.observations);
    expect([guskeyStrengthText(own(measured, 5)), guskeyStrengthText(own(notGiven, 4))]).toEqual([
      'Measured',
      'Not given',
    ]);
    expect(guskeyStrengthText(own(notGiven, 5))).toBe('None');
  });
});
