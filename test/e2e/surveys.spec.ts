import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { axeFailures } from './axe';
import { callApi, createWorkGroup, serve, type Served } from './serve';

// A Lead imports a Microsoft Forms export of a questionnaire given at the start and the end of the
// year: the preview first, a respondent the app does not know chosen by hand, then the paired chart.

test.use({ viewport: { width: 1366, height: 768 } });

let app: Served;
test.beforeEach(async () => {
  app = await serve();
});
test.afterEach(async () => {
  await app.stop();
});

const FORMS_EXPORT = join('test', 'fixtures', 'forms', 'ms-forms-fractions-confidence.xlsx');

test('a Forms export with start and end answers imports after a preview and shows as a paired chart with n', async ({
  page,
}) => {
  await app.open(page);
  await createWorkGroup(page, 'TRG-2025-20', 'Fractions across Key Stage 2');
  const workGroupId = /#\/work-groups\/([\w-]+)/.exec(page.url())![1]!;
  const school = await callApi(page, 'school.create', { name: 'Harbour View Test Primary', phase: 'primary', urn: '' });
  await callApi(page, 'schoolParticipation.create', { workGroupId, schoolId: school.id });
  for (const name of ['Asha Okafor', 'Tomasz Nowak', 'Bethan Price', 'Imran Sheikh', 'Grace Mensah', 'Jo Harper'])
    await callApi(page, 'participant.create', { workGroupId, schoolId: school.id, name });
  await callApi(page, 'questionnaire.create', {
    workGroupId,
    title: 'Confidence in teaching fractions',
    timing: 'start_end',
    questions: [
      { id: 'equivalent', text: 'How confident are you teaching equivalent fractions?', type: 'scale_5' },
      { id: 'bar-models', text: 'How confident are you using bar models to compare fractions?', type: 'scale_5' },
      { id: 'recommend', text: 'How likely are you to recommend this Work Group to a colleague?', type: 'scale_10' },
      { id: 'staff-meeting', text: 'Have you led a staff meeting on fractions this year?', type: 'yes_no' },
    ],
  });
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Surveys', exact: true })
    .click();

  // The standard post-meeting reflection is one click away.
  await page.getByRole('button', { name: 'Add the standard post-meeting reflection' }).click();
  await expect(page.getByRole('table', { name: 'Questionnaires' })).toContainText('Reflection after the meeting');

  const wizard = page.getByRole('region', { name: 'Import answers from Microsoft Forms or Google Forms' });
  await wizard.getByLabel('Questionnaire the file answers').selectOption({ label: 'Confidence in teaching fractions' });
  await wizard.getByLabel('Spreadsheet file').setInputFiles(FORMS_EXPORT);
  // Columns proposed from the headings: Microsoft Forms' own, and each question by its words.
  await expect(wizard.getByLabel('Date answered (needed)')).toHaveValue('2');
  await expect(wizard.getByLabel('Start or end')).toHaveValue('5');
  await expect(wizard.getByLabel('How likely are you to recommend this Work Group to a colleague?')).toHaveValue('8');
  await wizard.getByRole('button', { name: 'Check the rows' }).click();
  await expect(
    wizard.getByText('9 new, 0 already recorded, 0 repeated, 0 with nothing to import and 2 with errors'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Rows to import' })).toContainText(
    'No participant of this Work Group is called J Harper.',
  );
  await wizard.getByLabel('Who is J Harper?').selectOption({ label: 'Jo Harper' });
  await wizard.getByRole('button', { name: 'Check the rows again' }).click();
  await expect(wizard.getByText('11 new, 0 already recorded')).toBeVisible();
  await page.screenshot({ path: 'test-results/surveys-import-preview.png', fullPage: true });
  await wizard.getByRole('button', { name: 'Import 11 new rows' }).click();
  await expect(wizard.getByText(/Imported 11 rows. A backup was taken first/)).toBeVisible();

  await expect(page.getByRole('table', { name: 'Answers' })).toContainText('Asha Okafor');
  const results = page.getByRole('region', { name: 'Results of Confidence in teaching fractions' });
  await expect(results).toContainText(
    'How confident are you teaching equivalent fractions? 2.4 at the start, 3.8 at the end, out of 5 (n = 5: 5 participants answered at both)',
  );
  await expect(results).toContainText('yes: 0 at the start, 3 at the end');
  const chart = results.getByRole('figure', {
    name: 'Confidence in teaching fractions: start and end of the year (1–5)',
  });
  await expect(chart).toContainText('n = 5 participants who answered at both the start and the end');
  await expect(results.getByRole('figure', { name: /start and end of the year \(1–10\)/ })).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/surveys-paired-chart.png' });
  expect(await axeFailures(page, 'tab Surveys, with answers and a preview')).toEqual([]);

  // The answers are evidence of participants' learning (Guskey level 2): measured, start against end.
  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Evaluation', exact: true })
    .click();
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Evidence by level' }).click();
  const levels = page.getByRole('table', { name: 'Evidence by level' });
  await expect(levels.getByRole('row', { name: /2 – Participants’ learning/ })).toContainText(
    '11 records: 11 sets of answers',
  );
  await expect(levels.getByRole('row', { name: /2 – Participants’ learning/ })).toContainText('Measured');
  await expect(levels.getByRole('row', { name: /1 – Participants’ reactions/ })).toContainText(
    'give the post-meeting reflection on the Surveys tab after each meeting',
  );
  await page.screenshot({ path: 'test-results/surveys-evidence-by-level.png' });
});
