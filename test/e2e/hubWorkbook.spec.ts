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
  // The hub demo's workbook takes only a second or two: on a quick machine it would be made before a
  // cancel could reach it. So another hub workbook, asked for as the screen's is sent, goes ahead of it
  // in the queue of long work, and the screen's is cancelled while it waits its turn.
  let ahead: Promise<unknown> | undefined;
  await page.route('**/api/export.workbook', async (route) => {
    ahead ??= page.request.post(`${app.url}/api/export.workbook`, { data: { kind: 'hub' } });
    await new Promise((wait) => setTimeout(wait, 300));
    await route.continue();
  });
  await start.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  const cancelled = page.getByRole('status').filter({ hasText: 'Cancelled before it finished: nothing was saved' });
  await expect(cancelled).toBeVisible();
  await page.unroute('**/api/export.workbook');
  await ahead;
  const progress = page.getByRole('progressbar');
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await start.click();
  // The hub demo's forty Work Groups, the three of last year and a community's second year, counted off as the workbook is made.
  await expect(page.getByText(/ of 44 Work Groups$/)).toBeVisible();
  expect((await download).suggestedFilename()).toMatch(/^hub-workbook-.*\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: /^Exported “hub-workbook-.*\.xlsx”/ })).toBeVisible();
});
