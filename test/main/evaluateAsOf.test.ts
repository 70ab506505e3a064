import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkGroupEvaluationResult } from '../../src-shared/api/evaluation';
import { openWorkspace, sampleWorkGroup, tempFolder, tempWorkspace } from '../support/workspace';
import { wge } from '../support/cli';

const figure = (e: WorkGroupEvaluationResult, id: string) =>
  e.standards.flatMap((s) => s.indicators).find((i) => i.id === id)!.numerator;
const endRated = (e: WorkGroupEvaluationResult) =>
  e.areas.find((a) => a.area === 'professional_learning')!.selfRatings!.items.reduce((n, i) => n + i.endCount, 0);

describe('wge evaluate --as-of and the end-of-year records', () => {
  it('counts no end-of-year record made after the date (the group demo in February and at the year end)', async () => {
    const db = join(tempFolder(), 'demo.wgdb');
    expect((await wge('demo', '--db', db, '--scale', 'group')).code).toBe(0);
    const [group] = JSON.parse((await wge('workgroup', 'list', '--db', db, '--json')).out) as {
      id: string;
      code: string;
    }[];
    const asOf = async (date: string) => {
      const run = await wge('evaluate', '--db', db, '--work-group', group!.code, '--json', '--as-of', date);
      expect(run.code).toBe(0);
      return JSON.parse(run.out) as WorkGroupEvaluationResult;
    };

    const february = await asOf('2026-02-15');
    expect(figure(february, 'focus_children_with_judgement')).toBe(0);
    expect(february.changeDistribution.every((d) => d.count === 0)).toBe(true);
    expect(figure(february, 'leader_end_evaluation')).toBe(0);
    expect(endRated(february)).toBe(0);

    // The demo records them at the end of the summer term, as a Lead would: by the year's end they all count.
    const { call } = openWorkspace(db);
    const own = { workGroupId: group!.id };
    const dates = [
      ...call('focusChild.list', own).flatMap((c) => [c.changeRecordedOn, c.penPortraitEndRecordedOn]),
      ...call('participant.list', own).map((p) => p.endRatingsRecordedOn),
      ...call('schoolParticipation.list', own).map((s) => s.endEvaluationRecordedOn),
    ].filter((date) => date !== undefined);
    expect(dates.length).toBeGreaterThan(60);
    expect(dates.every((date) => date >= '2026-06-01' && date <= '2026-07-31')).toBe(true);
    const summer = await asOf('2026-08-31');
    expect(figure(summer, 'focus_children_with_judgement')).toBeGreaterThan(30);
    expect(figure(summer, 'leader_end_evaluation')).toBeGreaterThan(4);
    expect(endRated(summer)).toBeGreaterThan(10);
  });
});

/** A record as an update takes it: its fields, without what the store adds. */
const editable = <T extends object>(record: T, ...storeOnly: string[]): T =>
  Object.fromEntries(
    Object.entries(record).filter(([key]) => !['createdAt', 'updatedAt', ...storeOnly].includes(key)),
  ) as T;

describe('the date an end-of-year item was recorded', () => {
  it('is set when the item is first entered or changed, kept when it is not, and may be given by the user', () => {
    const ws = tempWorkspace();
    let today = '2026-07-06T16:00:00.000Z';
    ws.store.now = () => today;
    const group = ws.call('workGroup.create', sampleWorkGroup);
    const school = ws.call('school.create', { name: 'Alder Primary', phase: 'primary' });
    const teacher = ws.call('participant.create', { workGroupId: group.id, schoolId: school.id, name: 'Teacher One' });
    const child = editable(
      ws.call('focusChild.create', { participantId: teacher.id, code: 'Y4-A', yearGroup: 'y4' }),
      'workGroupId',
    );
    expect(child.changeRecordedOn).toBeUndefined();

    const judged = editable(ws.call('focusChild.update', { ...child, changeJudgement: 4 }), 'workGroupId');
    expect(judged.changeRecordedOn).toBe('2026-07-06');
    expect(judged.penPortraitEndRecordedOn).toBeUndefined();

    today = '2026-07-20T09:00:00.000Z';
    const portrait = editable(
      ws.call('focusChild.update', { ...judged, penPortraitEnd: 'Now reasons aloud.' }),
      'workGroupId',
    );
    expect(portrait.changeRecordedOn).toBe('2026-07-06');
    expect(portrait.penPortraitEndRecordedOn).toBe('2026-07-20');

    const given = editable(
      ws.call('focusChild.update', { ...portrait, changeJudgement: 5, changeRecordedOn: '2026-07-01' }),
      'workGroupId',
    );
    expect(given.changeRecordedOn).toBe('2026-07-01');
    const cleared = ws.call('focusChild.update', { ...given, changeJudgement: undefined, changeNote: '' });
    expect(cleared.changeRecordedOn).toBeUndefined();

    const rated = ws.call('participant.update', {
      ...editable(teacher),
      workGroupId: group.id,
      endRatings: { confidence: 4 },
    });
    expect(rated.endRatingsRecordedOn).toBe('2026-07-20');
    const participation = ws.call('schoolParticipation.create', {
      workGroupId: group.id,
      schoolId: school.id,
      endEvaluation: 'Reasoning is now in every lesson.',
    });
    expect(participation.endEvaluationRecordedOn).toBe('2026-07-20');
    expect(() =>
      ws.call('schoolParticipation.update', {
        ...editable(participation),
        workGroupId: group.id,
        endEvaluationRecordedOn: '20/07/2026',
      }),
    ).toThrow(/must be a date/);
    ws.store.close();
    expect(openWorkspace(ws.path).call('focusChild.list', { workGroupId: group.id })[0]).toMatchObject({
      penPortraitEndRecordedOn: '2026-07-20',
    });
  });
});
