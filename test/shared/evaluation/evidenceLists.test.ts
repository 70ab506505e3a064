import { describe, expect, it } from 'vitest';
import type { WorkGroupEvaluation } from '../../../src-shared/api/evaluation';
import { evaluateWorkGroup } from '../../../src-shared/evaluation/workGroup';
import { fullYear, uuid, withChanges } from './builders';

const END = '2026-07-20';
const keys = (items: { kind: string; id: string }[]) => items.map((i) => `${i.kind}:${i.id}`);
const gap = (e: WorkGroupEvaluation, id: string) => e.gaps.find((g) => g.id === id);

describe('evidence lists', () => {
  it('give each standard its records once, the ones behind most indicators first', () => {
    const base = fullYear();
    const e = evaluateWorkGroup(base, END);
    for (const block of e.standards) {
      const cited = block.indicators.flatMap((i) => keys(i.evidence));
      expect(keys(block.evidence)).toHaveLength(new Set(cited).size);
      expect(new Set(keys(block.evidence))).toEqual(new Set(cited));
    }
    // Standard 1: the focus children stand behind four indicators, each observation behind one.
    const first = e.standards[0]!;
    expect(first.evidence.slice(0, 4).map((i) => i.kind)).toEqual([
      'focusChild',
      'focusChild',
      'focusChild',
      'focusChild',
    ]);
    expect(first.evidence.length).toBe(base.focusChildren.length + base.observations.length);
  });

  it('give each area its evidence by date, the undated last, whatever kind of record it is', () => {
    const base = fullYear();
    const undated = base.schoolParticipations.map((s) => ({ ...s, areas: ['practice_development' as const] }));
    const meetings = base.meetings.map((m) => ({ ...m, areas: ['practice_development' as const] }));
    const e = evaluateWorkGroup(withChanges({ schoolParticipations: undated, meetings }, base), END);
    const evidence = e.areas.find((a) => a.area === 'practice_development')!.evidence;
    const dates = evidence.map((i) => i.date ?? '~');
    expect(new Set(evidence.map((i) => i.kind)).size).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort());
    expect(evidence.at(-1)).toMatchObject({ kind: 'schoolParticipation' });
    expect(evidence.at(-1)!.date).toBeUndefined();
  });

  it('name a meeting between two empty intervals once', () => {
    const base = fullYear();
    // With no work at all, each meeting but the first and last bounds two empty intervals.
    const e = evaluateWorkGroup(
      withChanges({ journalEntries: [], observations: [], actionResearchCycles: [] }, base),
      END,
    );
    const items = gap(e, 'indicator:work_between_meetings')!.items;
    expect(keys(items)).toEqual(keys(base.meetings.map((m) => ({ kind: 'meeting', id: m.id }))));
  });

  it('list a claim made in the same words twice once, strongest first, resting on the evidence of both', () => {
    const base = fullYear();
    const [first] = base.impactClaims;
    const [o1, o2] = base.observations;
    const again = {
      ...first!,
      id: uuid(),
      statement: '  pupils explain their  reasoning more often. ',
      strength: 'measured' as const,
      evidence: [
        { kind: 'observation' as const, id: o1!.id },
        { kind: 'observation' as const, id: o2!.id },
      ],
    };
    const e = evaluateWorkGroup(withChanges({ impactClaims: [first!, again] }, base), END);
    const claims = e.areas.find((a) => a.area === 'pupil_outcomes')!.claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ id: again.id, strength: 'measured' });
    expect(keys(claims[0]!.evidence)).toEqual([`observation:${o1!.id}`, `observation:${o2!.id}`]);
  });
});
