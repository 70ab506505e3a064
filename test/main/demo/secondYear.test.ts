import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src-main/demo/generate';
import { createHandlers } from '../../../src-main/services/handlers';
import { openStore, type Store } from '../../../src-main/store/store';
import { POST_MEETING_REFLECTION } from '../../../src-shared/domain/surveys';
import { wge } from '../../support/cli';
import { readDocx, section } from '../../support/docx';
import { caller } from '../../support/workspace';

// Issue 20 item 6: the `group` demo has, beside its model Work Group, a group in its second year
// (last year's group rolled over by the app into a Sustaining project) whose teachers answer the
// post-meeting reflection after its meetings.

describe('the group demo’s second-year group', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wge-demo-second-year-'));
  const db = join(folder, 'group.wgdb');
  let store: Store;
  let call: ReturnType<typeof caller>;
  const group = (code: string) => call('workGroup.list', { includeArchived: true }).find((g) => g.code === code)!;
  beforeAll(() => {
    generateDemo(db, { scale: 'group', seed: 7 });
    store = openStore(db);
    call = caller(createHandlers(store));
  }, 60_000);
  afterAll(() => {
    store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is last year’s Development group rolled over into a Sustaining project, its teachers starting where they ended', () => {
    const [lastYear, thisYear] = [group('TRG-2024-02'), group('TRG-2025-02')];
    expect(lastYear).toMatchObject({
      academicYear: '2024/25',
      projectName: 'Primary Teaching for Mastery Development',
      rolledOverToId: thisYear.id,
    });
    expect(thisYear).toMatchObject({
      academicYear: '2025/26',
      projectName: 'Primary Teaching for Mastery Sustaining',
      previousWorkGroupId: lastYear.id,
      name: lastYear.name,
    });
    const before = call('participant.list', { workGroupId: lastYear.id });
    const after = call('participant.list', { workGroupId: thisYear.id });
    expect(after.map((p) => [p.name, p.schoolId])).toEqual(before.map((p) => [p.name, p.schoolId]));
    for (const p of after) {
      const ended = before.find((b) => b.name === p.name)!.endRatings;
      expect(Object.keys(ended).length, p.name).toBeGreaterThan(0);
      expect(p.startRatings, p.name).toEqual(ended);
    }
    // Last year's group is recorded in full: every child judged, every school's year evaluated.
    expect(call('focusChild.list', { workGroupId: lastYear.id }).every((c) => c.changeJudgement)).toBe(true);
    expect(call('schoolParticipation.list', { workGroupId: lastYear.id }).every((sp) => sp.endEvaluation)).toBe(true);
    // Each year's records fall in its own year.
    for (const [g, from, to] of [
      [lastYear, '2024-09-01', '2025-08-31'],
      [thisYear, '2025-09-01', '2026-08-31'],
    ] as const) {
      for (const o of call('observation.list', { workGroupId: g.id })) {
        expect(o.date >= from && o.date <= to, `${g.code} ${o.date}`).toBe(true);
      }
    }
  });

  it('has a report comparing its two years side by side, each year’s figures as its evaluation gives them', async () => {
    const out = join(folder, 'report.docx');
    const run = await wge('export', 'report', '--db', db, '--work-group', 'TRG-2025-02', '--out', out);
    // Nothing flagged by the personal-data check, survey answers included.
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    const compared = call('evaluation.yearOnYear', { id: group('TRG-2025-02').id })!;
    const [document] = readDocx([out]);
    const table = section(document!, 'This year beside last year').find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('The comparison has no table.');
    expect(table.rows[0]).toEqual(['Compared', '2024/25', '2025/26']);
    const row = (label: string) => table.rows.find((r) => r[0] === label);
    expect(row('Project')).toEqual([
      'Project',
      'Primary Teaching for Mastery Development',
      'Primary Teaching for Mastery Sustaining',
    ]);
    expect(row('Participants')).toEqual(['Participants', '7', '7']);
    for (const r of compared.rows) expect(row(r.label), r.label).toEqual([r.label, r.previous, r.current]);
    // Both years have paired self-ratings: last year's end is this year's start.
    const ratings = compared.rows.find((r) => r.label.startsWith('Self-ratings'))!;
    const [, lastEnd] = /to (\d\.\d)/.exec(ratings.previous)!;
    expect(ratings.current).toMatch(new RegExp(`^${lastEnd!.replace('.', '\\.')} to \\d\\.\\d \\(n = 7\\)$`));
  }, 60_000);

  it('gives the post-meeting reflection after its meetings, answered by teachers who were there', () => {
    const thisYear = group('TRG-2025-02');
    const [questionnaire] = call('questionnaire.list', { workGroupId: thisYear.id });
    expect(questionnaire).toMatchObject({ title: POST_MEETING_REFLECTION.title, timing: 'after_meeting' });
    const answers = call('surveyResponse.list', { workGroupId: thisYear.id });
    const meetings = call('meeting.list', { workGroupId: thisYear.id });
    const answeredAbout = new Set(answers.map((a) => a.meetingId));
    expect(answeredAbout.size).toBeGreaterThanOrEqual(3);
    for (const a of answers) {
      const meeting = meetings.find((m) => m.id === a.meetingId)!;
      expect(meeting.attendeeIds).toContain(a.participantId);
      expect(a.date >= meeting.date).toBe(true);
      expect([1, 2, 3, 4, 5]).toContain(a.answers['useful']);
    }
    // Teachers' words name no one.
    const surnames = call('participant.list', {}).map((p) => p.name.split(' ').pop()!);
    for (const a of answers) {
      for (const surname of surnames) expect(String(a.answers['will-try'] ?? '')).not.toContain(surname);
    }

    // The Surveys tab's figures: every set of answers counted, the usefulness a mean with n, meeting by meeting.
    const [result] = call('evaluation.workGroup', { id: thisYear.id }).surveys;
    expect(result).toMatchObject({ title: POST_MEETING_REFLECTION.title, responses: answers.length });
    const useful = result!.questions.find((q) => q.id === 'useful')!;
    expect(useful.reactions!.n).toBe(answers.length);
    expect(useful.reactions!.mean).toBeGreaterThanOrEqual(3);
    expect(useful.reactions!.byMeeting).toHaveLength(answeredAbout.size);
    expect(result!.questions.find((q) => q.id === 'will-try')!.texts).toBeGreaterThan(answers.length / 2);
    // The model group's Surveys tab is as it was.
    expect(call('questionnaire.list', { workGroupId: group('TRG-2025-01').id })).toEqual([]);
  });
});
