import { describe, expect, it } from 'vitest';
import { evaluateWorkGroup } from '../../../src-shared/evaluation/workGroup';
import { fullYear, withChanges } from './builders';

const END = '2026-07-20';

describe('the four evaluation questions', () => {
  it('drafts an answer to each question from the evaluation’s own figures', () => {
    const e = evaluateWorkGroup(fullYear(), END);
    expect(e.questions.map((q) => q.question)).toEqual([
      'Did this work?',
      'How do we know?',
      'Should it be repeated or scaled?',
      'What might participants do next year?',
    ]);
    const [didItWork, howDoWeKnow] = e.questions;
    const met = e.standards.filter((s) => s.status === 'met').length;
    const judged = e.changeDistribution.reduce((sum, b) => sum + b.count, 0);
    expect(didItWork!.draft).toContain(`${met === 1 ? 'one' : met} of the five standards`);
    expect(didItWork!.draft).toContain(`Of the ${judged} focus children judged so far`);
    expect(howDoWeKnow!.draft).toContain(`${e.totals.journalEntries} journal entries`);
    expect(howDoWeKnow!.draft).toContain(`${e.totals.observations} observations of focus children`);
  });

  it('says plainly when pupils’ change cannot be read yet, and what to strengthen', () => {
    const base = fullYear();
    const e = evaluateWorkGroup(
      withChanges({ focusChildren: base.focusChildren.map(({ changeJudgement: _, ...c }) => c) }, base),
      END,
    );
    const [didItWork, , repeat, nextYear] = e.questions;
    expect(didItWork!.draft).toContain('No focus child has an end-of-year judgement of change yet');
    expect(repeat!.draft).not.toContain('supports repeating');
    expect(e.standards.find((s) => s.standard === 'pupil_outcomes')!.status).not.toBe('met');
    expect(nextYear!.draft).toContain('keep following their focus children');
  });
});
