import { expect, test } from '@playwright/test';
import { serveDemo, type Served } from './serve';

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo(undefined, 'hub');
});
test.afterEach(async () => {
  await app.stop();
});

test('the hub workbook shows how far it has got, can be cancelled, and then made in full', async ({ page }) => {
  await app.open(page);
  const start = page.getByRole('button', { name: 'Hub workbook (Excel)' });
  await start.click();
  // Cancel as soon as the job is known (the button is enabled then): forty groups take only a
  // second or two, so waiting for the progress first would race the end of the work.
  await page.getByRole('button', { name: 'Cancel' }).click();
  const progress = page.getByRole('progressbar');
  await expect(
    page.getByRole('status').filter({ hasText: 'Cancelled before it finished: nothing was saved' }),
  ).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await start.click();
  // The hub demo's forty Work Groups, the three of last year and a community's second year, counted off as the workbook is made.
  await expect(page.getByText(/ of 44 Work Groups$/)).toBeVisible();
  expect((await download).suggestedFilename()).toMatch(/^hub-workbook-.*\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: /^Exported “hub-workbook-.*\.xlsx”/ })).toBeVisible();
});
