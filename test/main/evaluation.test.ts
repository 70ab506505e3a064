import { describe, expect, it } from 'vitest';
import type { AreaSummary } from '../../src-shared/api/evaluation';
import { dispatch } from '../../src-main/services/dispatch';
import { evaluationService } from '../../src-main/services/evaluation';
import { recomputedHub } from '../support/hub';
import { openWorkspace, sampleWorkGroup, tempWorkspace } from '../support/workspace';

const END = '2026-07-20';

/** A Work Group with one school, two participants, a focus child and three meetings, built through the contract. */
function buildYear() {
  const ws = tempWorkspace();
  const { call } = ws;
  const group = call('workGroup.create', {
    ...sampleWorkGroup,
    intendedOutcomes: [{ area: 'pupil_outcomes', owner: 'pupils', statement: 'Pupils will explain their reasoning.' }],
  });
  const school = call('school.create', { name: 'Alder Primary', phase: 'primary' });
  const participation = call('schoolParticipation.create', {
    workGroupId: group.id,
    schoolId: school.id,
    intendedImpact: 'Teachers will plan with representations.',
  });
  const teacherOne = call('participant.create', { workGroupId: group.id, schoolId: school.id, name: 'Teacher One' });
  const teacherTwo = call('participant.create', { workGroupId: group.id, schoolId: school.id, name: 'Teacher Two' });
  const child = call('focusChild.create', {
    participantId: teacherOne.id,
    code: 'FC-01',
    yearGroup: 'y4',
    consentRecorded: true,
  });
  const reading = call('reading.create', { workGroupId: group.id, citation: 'A research paper on bar models' });
  const attendeeIds = [teacherOne.id, teacherTwo.id];
  const meetings = ['2025-10-01', '2025-11-20', '2026-02-10'].map((date) =>
    call('meeting.create', { workGroupId: group.id, date, kind: 'work_group_meeting', attendeeIds }),
  );
  const observation = call('observation.create', {
    focusChildId: child.id,
    date: '2025-10-20',
    kind: 'pupil_voice',
    text: 'I can see the half.',
    areas: ['pupil_outcomes'],
  });
  call('journalEntry.create', {
    participantId: teacherOne.id,
    date: '2025-10-15',
    text: 'Read about bar models.',
    readingIds: [reading.id],
  });
  return { ...ws, group, school, participation, teacherOne, child, meetings, observation, attendeeIds };
}

const indicator = (result: { standards: { indicators: { id: string }[] }[] }, id: string) =>
  result.standards.flatMap((s) => s.indicators).find((i) => i.id === id) as Record<string, unknown>;

describe('evaluation.workGroup', () => {
  it('evaluates the live records of one Work Group from the store', () => {
    const { call, group } = buildYear();
    const result = call('evaluation.workGroup', { id: group.id, asOf: END });
    expect(result.workGroup).toMatchObject({ code: 'TRG-2025-01', phase: 'primary', rolledOver: false });
    expect(result.totals).toMatchObject({ schools: 1, participants: 2, focusChildren: 1, meetings: 3, readings: 1 });
    expect(indicator(result, 'meetings')).toMatchObject({ value: 3, status: 'partly' });
    expect(result.gaps.map((g) => g.message)).toContain(
      'Only 3 meetings are recorded; the Standard asks for at least four.',
    );
    expect(indicator(result, 'intended_impact_recorded')).toMatchObject({ value: 1, status: 'met' });
    expect(indicator(result, 'intended_impact_recorded')['evidence']).toEqual([
      expect.objectContaining({ kind: 'schoolParticipation', label: 'Alder Primary' }),
    ]);
    expect(result.areas[0]!.quotes[0]).toMatchObject({ text: 'I can see the half.' });
    expect(result.judgements).toEqual([]);
  });

  it('follows the records as they change: a fourth meeting meets the target, a deleted one does not count', () => {
    const { call, group, attendeeIds } = buildYear();
    const fourth = call('meeting.create', {
      workGroupId: group.id,
      date: '2026-05-12',
      kind: 'research_lesson',
      attendeeIds,
    });
    expect(indicator(call('evaluation.workGroup', { id: group.id, asOf: END }), 'meetings')).toMatchObject({
      value: 4,
      status: 'met',
    });
    call('meeting.delete', { id: fourth.id });
    expect(indicator(call('evaluation.workGroup', { id: group.id, asOf: END }), 'meetings')).toMatchObject({
      value: 3,
    });
  });

  it('reads the snapshot through the record mapping (lists, booleans, optional fields)', () => {
    const { store, group, child, teacherOne } = buildYear();
    const snap = evaluationService(store).snapshot(group.id);
    expect(snap.focusChildren).toEqual([
      expect.objectContaining({ id: child.id, code: 'FC-01', consentRecorded: true }),
    ]);
    expect(snap.focusChildren[0]!.changeJudgement).toBeUndefined();
    expect(snap.meetings[0]!.attendeeIds).toContain(teacherOne.id);
    expect(snap.schools).toEqual([{ id: expect.any(String), name: 'Alder Primary' }]);
  });

  it('defaults the "as of" date to today within the year, and refuses a bad one naming the field', () => {
    const { handlers, group } = buildYear();
    const reply = dispatch(handlers, 'evaluation.workGroup', { id: group.id });
    expect(reply.ok).toBe(true);
    const bad = dispatch(handlers, 'evaluation.workGroup', { id: group.id, asOf: '31/03/2026' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: [{ field: 'asOf' }] } });
  });

  it('says plainly when the Work Group does not exist', () => {
    const { handlers } = tempWorkspace();
    const reply = dispatch(handlers, 'evaluation.workGroup', { id: crypto.randomUUID() });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('judgement.set', () => {
  it('stores one judgement per standard or area, beside the computed matrix', () => {
    const { call, group, observation, participation } = buildYear();
    const first = call('judgement.set', {
      workGroupId: group.id,
      subject: 'standard:pupil_outcomes',
      rating: 'amber',
      narrative: 'Good start; judgements of change still to come.',
      evidence: [{ kind: 'observation', id: observation.id }],
    });
    expect(first).toMatchObject({
      subject: 'standard:pupil_outcomes',
      rating: 'amber',
      evidence: [{ kind: 'observation', id: observation.id, label: 'Pupil voice, 20/10/2025 (FC-01)', missing: false }],
    });
    call('judgement.set', { workGroupId: group.id, subject: 'area:pupil_outcomes', rating: 'green' });
    const again = call('judgement.set', {
      workGroupId: group.id,
      subject: 'standard:pupil_outcomes',
      rating: 'green',
      narrative: 'Done.',
      evidence: [{ kind: 'schoolParticipation', id: participation.id }],
    });
    expect(again.id).toBe(first.id);
    const result = call('evaluation.workGroup', { id: group.id, asOf: END });
    expect(result.judgements.map((j) => [j.subject, j.rating])).toEqual([
      ['area:pupil_outcomes', 'green'],
      ['standard:pupil_outcomes', 'green'],
    ]);
    expect(result.judgements[1]!.evidence).toEqual([
      { kind: 'schoolParticipation', id: participation.id, label: 'Alder Primary', missing: false },
    ]);
  });

  it('marks picked evidence that has since gone to the Trash', () => {
    const { call, group, observation } = buildYear();
    call('judgement.set', {
      workGroupId: group.id,
      subject: 'area:pupil_outcomes',
      rating: 'green',
      evidence: [{ kind: 'observation', id: observation.id }],
    });
    call('observation.delete', { id: observation.id });
    const [j] = call('evaluation.workGroup', { id: group.id, asOf: END }).judgements;
    expect(j!.evidence[0]).toMatchObject({ missing: true });
  });

  it('refuses evidence from another Work Group, an unknown subject and a bad rating, writing nothing', () => {
    const { call, handlers, group, store } = buildYear();
    const other = call('workGroup.create', { ...sampleWorkGroup, code: 'TRG-OTHER' });
    const otherReading = call('reading.create', { workGroupId: other.id, citation: 'Elsewhere' });
    const foreign = dispatch(handlers, 'judgement.set', {
      workGroupId: group.id,
      subject: 'standard:evidence',
      rating: 'green',
      evidence: [{ kind: 'reading', id: otherReading.id }],
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'not_found', fields: [{ field: 'evidence.0' }] } });
    const subject = dispatch(handlers, 'judgement.set', {
      workGroupId: group.id,
      subject: 'pupil_outcomes',
      rating: 'green',
    });
    expect(subject).toMatchObject({ ok: false, error: { fields: [{ field: 'subject' }] } });
    const rating = dispatch(handlers, 'judgement.set', {
      workGroupId: group.id,
      subject: 'area:school_policy',
      rating: 'blue',
    });
    expect(rating).toMatchObject({ ok: false, error: { fields: [{ field: 'rating' }] } });
    expect(store.db.prepare('SELECT count(*) AS n FROM judgement').get()).toEqual({ n: 0 });
  });

  it('refuses to change a Work Group that has been carried into the next year', () => {
    const { call, handlers, group } = buildYear();
    call('workGroup.rollover', { id: group.id, code: 'TRG-2026-01' });
    const reply = dispatch(handlers, 'judgement.set', {
      workGroupId: group.id,
      subject: 'standard:sustained',
      rating: 'red',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(call('evaluation.workGroup', { id: group.id, asOf: END }).workGroup.rolledOver).toBe(true);
  });
});

describe('evaluation.hub', () => {
  it('rolls up the chosen Work Groups, filtered by year and phase', () => {
    const { call, group } = buildYear();
    call('workGroup.create', { ...sampleWorkGroup, code: 'TRG-NEXT', academicYear: '2026/27' });
    const all = call('evaluation.hub', { asOf: END });
    expect(all.workGroupCount).toBe(2);
    const thisYear = call('evaluation.hub', { academicYear: '2025/26', asOf: END });
    expect(thisYear.rows.map((r) => r.workGroup.id)).toEqual([group.id]);
    expect(thisYear.rows[0]!.focusChildren).toEqual({ value: null, suppressed: true });
    expect(thisYear.filters).toEqual({ academicYear: '2025/26' });
    expect(call('evaluation.hub', { phase: 'secondary' }).workGroupCount).toBe(0);
    expect(call('evaluation.hub', { phase: 'primary', asOf: END }).workGroupCount).toBe(2);
  });

  it('keeps each group’s figures only until something it reads changes, from this or another connection', () => {
    const { call, group, path, attendeeIds, meetings } = buildYear();
    const meetingsCount = () =>
      call('evaluation.hub', { asOf: END }).rows.find((r) => r.workGroup.id === group.id)!.meetings;
    expect(meetingsCount()).toBe(3);

    // A record added here.
    call('meeting.create', { workGroupId: group.id, date: '2026-05-05', kind: 'work_group_meeting', attendeeIds });
    expect(meetingsCount()).toBe(4);
    // A record sent to the Trash.
    call('meeting.delete', { id: meetings[0]!.id });
    expect(meetingsCount()).toBe(3);

    // A change written by another program with the same workspace open (e.g. wge beside the app).
    const other = openWorkspace(path);
    other.call('meeting.restore', { id: meetings[0]!.id });
    expect(meetingsCount()).toBe(4);

    // The Work Group itself and its project.
    call('workGroup.rename', { id: group.id, name: 'Renamed for the hub' });
    expect(call('evaluation.hub', { asOf: END }).rows[0]!.workGroup.name).toBe('Renamed for the hub');
    const project = call('project.list', {}).find((p) => p.id === group.projectId)!;
    call('project.update', {
      id: project.id,
      name: 'A renamed project',
      pdActivityType: project.pdActivityType,
      phase: project.phase,
    });
    expect(call('evaluation.hub', { asOf: END }).rows[0]!.workGroup.projectName).toBe('A renamed project');

    // Whatever was kept, the roll-up equals one worked out from scratch.
    expect(call('evaluation.hub', { asOf: END })).toEqual(recomputedHub(other.store, END));
  });
});

const area = (result: { areas: AreaSummary[] }, id: string) => result.areas.find((a) => a.area === id)!;
const checkStatuses = (a: AreaSummary) => Object.fromEntries(a.checks.map((c) => [c.id, c.status]));

describe('the status of an NCETM outcome area', () => {
  it('moves from partly met to met as evidence in a second term and a firm claim arrive', () => {
    const { call, group, child, observation } = buildYear();
    const evaluate = () => area(call('evaluation.workGroup', { id: group.id, asOf: END }), 'pupil_outcomes');

    // An intended outcome and evidence from the autumn only.
    expect(checkStatuses(evaluate())).toEqual({
      intended_outcomes: 'met',
      terms_with_evidence: 'partly',
      strongest_claim: 'not_yet',
    });
    expect(evaluate().status).toBe('partly');

    call('observation.create', {
      focusChildId: child.id,
      date: '2026-02-11',
      kind: 'note',
      text: 'Explained the half using the bar model without a prompt.',
      areas: ['pupil_outcomes'],
    });
    expect(checkStatuses(evaluate())['terms_with_evidence']).toBe('met');

    // An anecdotal claim is partly there; a triangulated one meets it.
    const claim = (strength: 'anecdotal' | 'triangulated') =>
      call('impactClaim.create', {
        workGroupId: group.id,
        level: 'group',
        statement: `Pupils explain their reasoning (${strength}).`,
        strength,
        area: 'pupil_outcomes',
        evidence: [{ kind: 'observation', id: observation.id }],
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
    call('judgement.set', { workGroupId: group.id, subject: 'area:pupil_outcomes', rating: 'amber' });
    call('judgement.set', { workGroupId: group.id, subject: 'standard:leadership', rating: 'red' });
    const hub = call('evaluation.hub', { asOf: END });
    const [row] = hub.rows;
    expect(row!.areas).toEqual({
      pupil_outcomes: 'partly',
      professional_learning: 'not_yet',
      practice_development: 'not_yet',
      school_policy: 'not_yet',
    });
    expect(row!.judgements).toEqual({ 'area:pupil_outcomes': 'amber', 'standard:leadership': 'red' });
    expect(hub.areas.find((a) => a.area === 'pupil_outcomes')).toMatchObject({ met: 0, partly: 1, notYet: 0 });

    // A judgement changed later is read afresh, though the group's figures are kept.
    call('judgement.set', { workGroupId: group.id, subject: 'area:pupil_outcomes', rating: 'green' });
    expect(call('evaluation.hub', { asOf: END }).rows[0]!.judgements['area:pupil_outcomes']).toBe('green');
  });
});
