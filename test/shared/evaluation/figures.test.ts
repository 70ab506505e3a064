import { describe, expect, it } from 'vitest';
import { FIGURES, hubFigures, pairedRatings, sessionsCaption } from '../../../src-shared/evaluation/figures';
import { hubFacts, pupilCount, rollUpHub } from '../../../src-shared/evaluation/hub';
import { evaluateWorkGroup } from '../../../src-shared/evaluation/workGroup';
import { fullYear, withChanges } from './builders';

const END = '2026-07-20';

describe('the figures module', () => {
  it('gives every figure a label, a unit and a one-sentence definition', () => {
    for (const [id, f] of Object.entries(FIGURES)) {
      expect(f.label, id).not.toBe('');
      expect(['count', 'share', 'mean']).toContain(f.unit);
      expect(f.definition, id).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('compares self-ratings of the same people only', () => {
    const base = fullYear();
    // A third participant rated only at the start must not pull the start mean down.
    const unpaired = { ...base.participants[0]!, id: 'p-late', startRatings: { research: 1 }, endRatings: {} };
    const ratings = pairedRatings([...base.participants, unpaired]);
    expect(ratings).toEqual({ n: 2, startMean: 2, endMean: 3.75 });
    const e = evaluateWorkGroup(withChanges({ participants: [...base.participants, unpaired] }, base), END);
    expect(e.figures.selfRatings).toEqual(ratings);
    const overall = e.areas.find((a) => a.selfRatings)!.selfRatings!.overall;
    expect([overall.startMean, overall.endMean, overall.paired]).toEqual([2, 3.75, 2]);
  });

  it('names whole-group meetings and other sessions apart, in the singular where there is one', () => {
    expect(sessionsCaption({ total: 6, wholeGroup: 5, visits: 0, leadersSessions: 1 })).toBe(
      '6 sessions: 5 whole-group meetings and 1 leaders’ session',
    );
    expect(sessionsCaption({ total: 3, wholeGroup: 1, visits: 1, leadersSessions: 1 })).toBe(
      '3 sessions: 1 whole-group meeting, 1 in-school visit and 1 leaders’ session',
    );
    const base = fullYear();
    const visit = { ...base.meetings[0]!, id: 'visit', kind: 'in_school_visit' as const };
    const e = evaluateWorkGroup(withChanges({ meetings: [...base.meetings, visit] }, base), END);
    const meetings = e.standards.flatMap((s) => s.indicators).find((i) => i.id === 'meetings')!;
    expect(meetings.detail).not.toMatch(/\b1 visits\b/);
    expect(meetings.detail).toContain('1 in-school visit');
    expect(e.figures.sessions.total).toBe(e.figures.sessions.wholeGroup + 1);
  });

  it('counts a school in two Work Groups once, and its places twice', () => {
    const a = evaluateWorkGroup(fullYear(), END);
    const b = evaluateWorkGroup(fullYear(), END);
    const shared = ['school-1', 'school-2'];
    const hub = hubFigures(
      [
        { figures: a.figures, schoolIds: shared },
        { figures: b.figures, schoolIds: [...shared, 'school-3'] },
      ],
      pupilCount,
    );
    expect(hub.schools).toBe(3);
    expect(hub.schoolPlaces).toBe(a.figures.schoolPlaces + b.figures.schoolPlaces);
  });

  it('counts Work Groups meeting all five standards from standards, not from indicators', () => {
    const complete = evaluateWorkGroup(fullYear(), END);
    const rollup = rollUpHub([hubFacts(complete, []), hubFacts(complete, [])]);
    // The complete year meets every standard, and many more than five indicators.
    expect(complete.figures.standardsMet).toBe(5);
    expect(rollup.figures.groupsMeetingAllFive).toBe(2);
    for (const row of rollup.rows) {
      expect(row.standardsMet).toBe(5);
      expect(row.met).toBeGreaterThan(5);
    }
    const short = evaluateWorkGroup(withChanges({ meetings: [] }), END);
    expect(rollUpHub([hubFacts(complete, []), hubFacts(short, [])]).figures.groupsMeetingAllFive).toBe(1);
  });
});
