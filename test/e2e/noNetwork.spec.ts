import { expect, test } from '@playwright/test';
import { serve, type Served } from './serve';

let app: Served;
test.beforeEach(async () => {
  app = await serve();
});
test.afterEach(async () => {
  await app.stop();
});

test('the app makes no request beyond its own origin', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await app.open(page);
  await expect(page.getByRole('heading', { name: 'Work Groups', level: 1 })).toBeVisible();
  for (const link of ['Schools', 'Projects', 'Trash']) {
    await page.getByRole('link', { name: link, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  const origin = new URL(app.url).origin;
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
});
