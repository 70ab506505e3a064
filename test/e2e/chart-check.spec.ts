import { expect, test, type Download } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { callApi, exportAnyway, serve, type Served } from './serve';

// A chart picture carries the words the Lead typed (here a survey statement), so it goes through the
// same personal-data check and dialog as the documents before it is saved.

const CHART = 'Participants’ self-ratings, start and end of the year';

let app: Served;
test.beforeEach(async () => {
  app = await serve();
});
test.afterEach(async () => {
  await app.stop();
});

test('a chart whose statement names a pupil is saved only after the findings dialog', async ({ page }) => {
  await app.open(page);
  const group = await callApi(page, 'workGroup.create', {
    code: 'TRG-2025-77',
    name: 'Reasoning with bar models',
    academicYear: '2025/26',
    projectId: '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e01',
    leadName: 'Ms Example Lead',
  });
  const school = await callApi(page, 'school.create', { name: 'Test Primary', phase: 'primary', urn: '' });
  await callApi(page, 'participant.create', {
    workGroupId: group.id,
    schoolId: school.id,
    name: 'Ms Sample Teacher',
    startRatings: { 'Priya helps me plan': 3 },
    endRatings: { 'Priya helps me plan': 4 },
  });
  await page.goto(`${app.url}#/work-groups/${group.id}/evaluation`);
  await expect(page.getByRole('img', { name: CHART })).toBeVisible();

  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  const savePng = page.getByRole('button', { name: `Save as PNG: ${CHART}` });
  const dialog = page.getByRole('dialog', { name: 'Check before exporting' });

  // Cancelled: the dialog goes and nothing is saved.
  await savePng.click();
  await expect(dialog).toContainText('Priya');
  await expect(dialog).toContainText('in the chart’s labels');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled. Nothing was saved.' })).toBeVisible();
  expect(downloads).toHaveLength(0);

  // Exported anyway: the picture is saved as it is.
  await savePng.click();
  const saved = await exportAnyway(page, 'Priya');
  expect(saved.suggestedFilename()).toBe('trg-2025-77-participants-self-ratings-start-and-end-of-the-year.png');
  expect(
    readFileSync((await saved.path())!)
      .subarray(1, 4)
      .toString('latin1'),
  ).toBe('PNG');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Saved “trg-2025-77-' })).toBeVisible();
});
