import type { AreaSummary } from '../../src-shared/api/evaluation';
import { describe, expect, it } from 'vitest';
import { sampleWorkGroup, tempWorkspace } from '../support/workspace';

const END = '2026-07-20';

/** A Work Group built through the contract into a real workspace, with nothing yet for Practice Development. */
function buildYear() {
  const ws = tempWorkspace();
  const { call } = ws;
  const group = call('workGroup.create', {
    ...sampleWorkGroup,
    intendedOutcomes: [
      { area: 'practice_development', owner: 'teachers', statement: 'Teachers will plan with representations.' },
    ],
  });
  const school = call('school.create', { name: 'Alder Primary', phase: 'primary' });
  const teacher = call('participant.create', { workGroupId: group.id, schoolId: school.id, name: 'Teacher One' });
  return { ...ws, group, teacher };
}

const area = (result: { areas: AreaSummary[] }, id: string) => result.areas.find((a) => a.area === id)!;
const checkStatuses = (a: AreaSummary) => Object.fromEntries(a.checks.map((c) => [c.id, c.status]));

describe('the status of an NCETM outcome area', () => {
  it('moves from not yet to partly met to met as outcomes, evidence over two terms and a firm claim arrive', () => {
    const { call, group, teacher } = buildYear();
    const evaluate = () => area(call('evaluation.workGroup', { id: group.id, asOf: END }), 'practice_development');

    // Only the intended outcome: one of three checks.
    expect(checkStatuses(evaluate())).toEqual({
      intended_outcomes: 'met',
      terms_with_evidence: 'not_yet',
      strongest_claim: 'not_yet',
    });
    expect(evaluate().status).toBe('partly');

    const autumn = call('journalEntry.create', {
      participantId: teacher.id,
      date: '2025-10-15',
      text: 'Planned the lesson around a bar model.',
      areas: ['practice_development'],
    });
    expect(checkStatuses(evaluate())['terms_with_evidence']).toBe('partly');
    call('journalEntry.create', {
      participantId: teacher.id,
      date: '2026-02-11',
      text: 'Every lesson this half-term started from a representation.',
      areas: ['practice_development'],
    });
    expect(checkStatuses(evaluate())['terms_with_evidence']).toBe('met');

    // An anecdotal claim is partly there; a triangulated one meets it.
    const claim = (strength: 'anecdotal' | 'triangulated') =>
      call('impactClaim.create', {
        workGroupId: group.id,
        level: 'group',
        statement: `Teachers plan with representations (${strength}).`,
        strength,
        area: 'practice_development',
        evidence: [{ kind: 'journalEntry', id: autumn.id }],
      });
    claim('anecdotal');
    expect(checkStatuses(evaluate())['strongest_claim']).toBe('partly');
    expect(evaluate().status).toBe('partly');
    claim('triangulated');
    expect(evaluate()).toMatchObject({ status: 'met' });

    // An area with nothing at all is not yet met.
    expect(area(call('evaluation.workGroup', { id: group.id, asOf: END }), 'school_policy').status).toBe('not_yet');
  });

  it('is counted across the hub, beside each group’s Lead’s judgements', () => {
    const { call, group } = buildYear();
    call('judgement.set', { workGroupId: group.id, subject: 'area:practice_development', rating: 'amber' });
    call('judgement.set', { workGroupId: group.id, subject: 'standard:leadership', rating: 'red' });
    const hub = call('evaluation.hub', { asOf: END });
    const [row] = hub.rows;
    expect(row!.areas).toEqual({
      pupil_outcomes: 'not_yet',
      professional_learning: 'not_yet',
      practice_development: 'partly',
      school_policy: 'not_yet',
    });
    expect(row!.judgements).toEqual({ 'area:practice_development': 'amber', 'standard:leadership': 'red' });
    expect(hub.areas.find((a) => a.area === 'practice_development')).toMatchObject({ met: 0, partly: 1, notYet: 0 });

    // A judgement changed later is read afresh, though the group's figures are kept.
    call('judgement.set', { workGroupId: group.id, subject: 'area:practice_development', rating: 'green' });
    expect(call('evaluation.hub', { asOf: END }).rows[0]!.judgements['area:practice_development']).toBe('green');
  });
});
