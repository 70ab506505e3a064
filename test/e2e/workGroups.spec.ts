import { expect, test } from '@playwright/test';
import { createWorkGroup, serve, type Served } from './serve';

let app: Served;
test.beforeEach(async () => {
  app = await serve();
});
test.afterEach(async () => {
  await app.stop();
});

test('a Lead creates a Work Group, sees it listed, and finds it again after a reload', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Work Groups', level: 1 })).toBeVisible();
  await expect(page.getByText('No Work Groups yet')).toBeVisible();

  await createWorkGroup(page, 'TRG-2025-07', 'Reasoning about fractions in Key Stage 2');

  const table = page.getByRole('table', { name: 'Work Groups' });
  await expect(table.getByRole('row', { name: /TRG-2025-07/ })).toContainText('Reasoning about fractions');
  await page.reload();
  await expect(table.getByRole('row', { name: /TRG-2025-07/ })).toContainText('Ms Example Lead');

  await page.getByRole('button', { name: 'Rename TRG-2025-07' }).click();
  await page.getByLabel('New name for TRG-2025-07').fill('Fractions and reasoning');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(table).toContainText('Fractions and reasoning');

  await page.getByRole('button', { name: 'Archive TRG-2025-07' }).click();
  await expect(page.getByText('No Work Groups yet')).toBeVisible();
  await page.getByLabel('Show archived Work Groups').check();
  await expect(table.getByRole('row', { name: /TRG-2025-07/ })).toContainText('Archived');
});

test('validation errors appear beside the field and keep what was typed', async ({ page }) => {
  await page.goto(app.url);
  await page.getByLabel('Code').fill('TRG-1');
  await page.getByLabel('Name', { exact: true }).fill('Number sense in Reception');
  await page.getByLabel('Academic year').fill('2025/27');
  await page.getByRole('button', { name: 'Create Work Group' }).click();

  const year = page.getByLabel('Academic year');
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await expect(year).toHaveAccessibleDescription(/Academic year must look like 2025\/26/);
  await expect(page.getByLabel('Project')).toHaveAccessibleDescription(/Choose a project/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Number sense in Reception');
  await page.screenshot({ path: 'test-results/work-groups-validation.png', fullPage: true });
});

test('the API refuses a request without the page token', async ({ request }) => {
  const reply = await request.post(`${app.url}api/workGroup.list`, { data: {} });
  expect(reply.status()).toBe(401);
});
