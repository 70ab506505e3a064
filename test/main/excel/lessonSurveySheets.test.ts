import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Output } from '../../../src-shared/api/contract';
import { dispatchAsync } from '../../../src-main/services/dispatch';
import { recordResearchLesson, recordStartEndSurvey } from '../../support/year';
import { tempFolder, tempWorkspace } from '../../support/workspace';
import { readWithOpenpyxl, records, type ReadSheet } from './openpyxl';

async function groupWorkbook(handlers: Parameters<typeof dispatchAsync>[0], workGroupId: string) {
  const reply = await dispatchAsync(handlers, 'export.workbook', { kind: 'workGroup', workGroupId });
  if (!reply.ok) throw new Error(reply.error.message);
  const result = reply.result as Output<'export.workbook'>;
  const path = join(tempFolder(), result.fileName);
  writeFileSync(path, Buffer.from(result.dataBase64, 'base64'));
  return readWithOpenpyxl(path);
}

const sheetNamed = (sheets: ReadSheet[], name: string) => {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name}: ${sheets.map((s) => s.name).join(', ')}`);
  return sheet;
};

/** A row read back as plain values by header. */
const values = (sheet: ReadSheet) =>
  records(sheet).map((r) => Object.fromEntries(Object.entries(r).map(([k, c]) => [k, c.v])));

describe('the group workbook’s research lessons and questionnaires, read back with openpyxl', () => {
  it('has a row for each case pupil of each research lesson, as the report tells it', async () => {
    const { call, handlers } = tempWorkspace();
    const study = recordResearchLesson(call);
    call('researchLesson.create', study.lesson);

    const sheet = sheetNamed(await groupWorkbook(handlers, study.workGroup.id), 'Research lessons');
    expect(Object.keys(sheet.tables)).toEqual(['ResearchLessons']);
    expect(values(sheet)).toEqual(
      study.children.map((child, i) => ({
        'Research lesson': 'Research lesson, 12/03/2026',
        Date: '2026-03-12',
        Aim: study.lesson.aim,
        'Case pupil': child.code,
        'We predicted': study.lesson.casePupils[i]!.prediction,
        'In the lesson': study.lesson.casePupils[i]!.observed,
        'Afterwards they said': study.lesson.casePupils[i]!.interview,
        'Observations during the lesson': 1,
        'Post-lesson discussion': study.lesson.discussion,
        'What it changed': study.lesson.changes,
      })),
    );
    expect(records(sheet)[0]!['Date']!.fmt).toBe('dd/mm/yyyy');
  }, 60_000);

  it('says so when no research lesson is recorded', async () => {
    const { call, handlers } = tempWorkspace();
    const study = recordResearchLesson(call);
    const sheet = sheetNamed(await groupWorkbook(handlers, study.workGroup.id), 'Research lessons');
    expect(values(sheet).map((r) => r['Research lesson'])).toEqual(['No research lessons recorded yet']);
  }, 60_000);

  it('gives each questionnaire’s figures as the Surveys tab does: paired means with n, meetings, answers', async () => {
    const { call, handlers } = tempWorkspace();
    const study = recordResearchLesson(call);
    recordStartEndSurvey(call, study);
    const surveys = call('evaluation.workGroup', { id: study.workGroup.id }).surveys;

    const sheet = sheetNamed(await groupWorkbook(handlers, study.workGroup.id), 'Questionnaires');
    const rows = values(sheet);
    const row = (question: string, figureFor: string) =>
      rows.find((r) => r['Question'] === question && r['Figure for'] === figureFor);

    // Only the participant who answered at both ends is paired: 4 to 8 out of 10, n = 1.
    const confident = surveys[1]!.questions[0]!;
    expect(confident.paired).toEqual({ n: 1, startMean: 4, endMean: 8 });
    expect(row('How confident are you comparing fractions?', 'Participants who answered at both')).toMatchObject({
      Questionnaire: 'Confidence in teaching fractions',
      'When given': 'At the start and the end of the year',
      'Kind of question': 'A scale from 1 to 10',
      'Out of': 10,
      n: 1,
      'Mean at the start': 4,
      'Mean at the end': 8,
      'Mean after meetings': null,
    });
    expect(row('Do you use bar models?', 'Answer: yes')).toMatchObject({
      n: 2,
      'Answers at the start': 1,
      'Answers at the end': 1,
      'Answers after meetings': 0,
    });
    expect(row('How often?', 'Answer: Weekly')).toMatchObject({ n: 2, 'Answers at the start': 2 });
    expect(row('Why?', 'Written answers')).toMatchObject({ n: 2 });

    // After each meeting: every meeting together, then meeting by meeting.
    const useful = surveys[0]!.questions[0]!;
    expect(row('How useful was the session?', 'Every meeting')).toMatchObject({
      'When given': 'After each meeting',
      n: useful.reactions!.n,
      'Mean after meetings': useful.reactions!.mean,
    });
    expect(row('How useful was the session?', 'Work Group meeting, 08/10/2025')).toMatchObject({
      n: 1,
      'Mean after meetings': 4,
    });
    expect(rows).toHaveLength(1 + 2 + 1 + 2 + 2 + 1);
  }, 60_000);
});
