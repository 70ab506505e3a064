import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 768 } });

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo();
});
test.afterEach(async () => {
  await app.stop();
});

const wge = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['bin/wge.js', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wge ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
};

/** Every paragraph and table cell of a Word document, as python-docx (a reader of its own) reads it. */
const wordTexts = (path: string): string[] => {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
texts = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
print(json.dumps(texts))`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python-docx could not read ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
};

/** Each of a Work Group's focus children's code and observation on one day, read from the workspace file with Python's own SQLite. */
const observationsOn = (db: string, workGroupId: string, day: string): [string, string][] => {
  const script = `
import json, sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(
    "SELECT c.code, o.text FROM observation o JOIN focus_child c ON c.id = o.focus_child_id"
    " WHERE c.work_group_id = ? AND o.date = ? AND o.deleted_at IS NULL", (sys.argv[2], sys.argv[3])).fetchall()
print(json.dumps(rows))`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, db, workGroupId, day], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`sqlite3 could not read ${db}: ${run.stderr}`);
  return JSON.parse(run.stdout) as [string, string][];
};

test('a research lesson with three case pupils is entered from its meeting and told in the report and case studies', async ({
  page,
}) => {
  const [group] = JSON.parse(wge('workgroup', 'list', '--db', app.db, '--json')) as { id: string; code: string }[];
  await app.open(page);
  await page.goto(`${app.url}#/work-groups/${group!.id}/meetings`);

  const addMeeting = page.getByRole('form', { name: 'Add a meeting' });
  await addMeeting.getByLabel('Date', { exact: true }).fill('11/03/2026');
  await addMeeting.getByLabel('Kind of meeting').selectOption({ label: 'Research lesson (lesson study)' });
  await addMeeting.getByRole('button', { name: 'Add meeting' }).click();
  const meeting = page
    .getByRole('table', { name: 'Meetings' })
    .getByRole('row')
    .filter({ hasText: '11/03/2026' })
    .filter({ hasText: 'Research lesson' });
  await meeting.getByRole('button', { name: 'Record its research lesson' }).click();

  const lesson = page.getByRole('form', { name: 'Add a research lesson' });
  await expect(lesson.getByLabel('Research lesson meeting').locator('option:checked')).toHaveText('11/03/2026');
  await lesson.getByLabel('Aim of the lesson').fill('Pupils compare unit fractions using a bar model.');
  const codes: string[] = [];
  for (const n of [1, 2, 3]) {
    await lesson.getByRole('button', { name: 'Add case pupil' }).click();
    const pupil = lesson.getByRole('group', { name: `Case pupil ${n}` });
    await pupil.getByLabel('Focus child').selectOption({ index: n });
    codes.push((await pupil.getByLabel('Focus child').locator('option:checked').textContent())!.split(' ')[0]!);
    await pupil
      .getByLabel('What we predicted')
      .fill(`Prediction ${n}: will count the pieces rather than compare them.`);
    await pupil.getByLabel('What they did in the lesson').fill(`Case pupil ${n} drew two bars and compared them.`);
    await pupil.getByLabel('What they said afterwards').fill(`The longer bar is the bigger one, number ${n}.`);
  }
  await lesson.getByLabel('Post-lesson discussion').fill('All three compared the bars once they were drawn.');
  await lesson.getByLabel('What it changed').fill('Bars are drawn before any counting in the next unit.');
  await lesson.getByRole('group', { name: 'Case pupil 3' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/research-lesson-form.png' });
  await lesson.getByRole('button', { name: 'Add research lesson' }).click();

  const lessons = page.getByRole('table', { name: 'Research lessons' });
  const saved = lessons.getByRole('row').filter({ hasText: '11/03/2026' });
  await expect(saved).toContainText(codes.join(', '));
  await expect(meeting.getByRole('link', { name: 'Open its research lesson' })).toBeVisible();
  // The form is free again for the next lesson.
  await expect(
    page.getByRole('form', { name: 'Add a research lesson' }).getByLabel('Research lesson meeting'),
  ).toHaveValue('');
  await saved.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/research-lesson.png' });

  // What was entered is in the report and in each case pupil's case study.
  const folder = mkdtempSync(join(tmpdir(), 'wge-e2e-lesson-'));
  const report = join(folder, 'report.docx');
  wge('export', 'report', '--db', app.db, '--work-group', group!.code, '--out', report, '--allow-flagged');
  const reportTexts = wordTexts(report);
  expect(reportTexts).toContain('Research lesson, 11/03/2026');
  expect(reportTexts).toContain('Aim: Pupils compare unit fractions using a bar model.');
  for (const [i, code] of codes.entries()) {
    expect(reportTexts).toContain(code);
    expect(reportTexts).toContain(`“The longer bar is the bigger one, number ${i + 1}.”`);
    const caseStudy = join(folder, `${code}.docx`);
    wge('export', 'case-study', '--db', app.db, '--child', code, '--out', caseStudy, '--allow-flagged');
    expect(wordTexts(caseStudy)).toEqual(
      expect.arrayContaining([
        `In the research lesson on 11/03/2026 we predicted: Prediction ${i + 1}: will count the pieces rather than compare them.`,
        `“The longer bar is the bigger one, number ${i + 1}.”`,
      ]),
    );
  }
});

test('the research-lesson form fits a 1366 px screen, and offers no fourth case pupil, saying why', async ({
  page,
}) => {
  const [group] = JSON.parse(wge('workgroup', 'list', '--db', app.db, '--json')) as { id: string }[];
  await app.open(page);
  await page.goto(`${app.url}#/work-groups/${group!.id}/meetings`);
  // A second research lesson on a day the demo's observations were made in another.
  const addMeeting = page.getByRole('form', { name: 'Add a meeting' });
  await addMeeting.getByLabel('Date', { exact: true }).fill('24/11/2025');
  await addMeeting.getByLabel('Kind of meeting').selectOption({ label: 'Research lesson (lesson study)' });
  await addMeeting.getByRole('button', { name: 'Add meeting' }).click();
  await page
    .getByRole('table', { name: 'Meetings' })
    .getByRole('row')
    .filter({ hasText: '24/11/2025' })
    .getByRole('button', { name: 'Record its research lesson' })
    .click();
  const lesson = page.getByRole('form', { name: 'Add a research lesson' });
  await expect(lesson.getByLabel('Research lesson meeting').locator('option:checked')).toHaveText('24/11/2025');
  const add = lesson.getByRole('button', { name: 'Add case pupil' });
  for (const n of [1, 2, 3]) {
    await expect(add).toBeEnabled();
    await add.click();
    await lesson
      .getByRole('group', { name: `Case pupil ${n}` })
      .getByLabel('Focus child')
      .selectOption({ index: n });
  }
  const reason = 'A research lesson has at most 3 case pupils: remove one to add another.';
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(reason);
  await expect(lesson.getByText(reason)).toBeVisible();
  await expect(lesson.getByRole('group', { name: 'Case pupil 4' })).toHaveCount(0);

  // Only that day's observations are offered, within the form's width, the page never wider than the screen.
  const observations = lesson.getByRole('group', { name: 'Observations made during the lesson' });
  const thatDay = observationsOn(app.db, group!.id, '2025-11-24');
  expect(thatDay.length).toBeGreaterThan(0);
  await expect(observations.getByRole('checkbox')).toHaveCount(thatDay.length);
  for (const [code, text] of thatDay)
    await expect(observations.getByRole('checkbox', { name: `${code}: ${text.slice(0, 30)}` })).toHaveCount(1);
  await observations.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/research-lesson-observations.png' });
  const form = (await lesson.boundingBox())!;
  const picker = (await observations.boundingBox())!;
  expect(picker.x + picker.width).toBeLessThanOrEqual(form.x + form.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);

  // Removing one makes room again.
  await lesson.getByRole('button', { name: 'Remove case pupil 2' }).click();
  await expect(add).toBeEnabled();
  await expect(lesson.getByText(reason)).toHaveCount(0);
  await add.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/research-lesson-case-pupils.png' });
});
