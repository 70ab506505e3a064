import { expect, test, type Page } from '@playwright/test';
import { serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 768 } });

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo(undefined, 'hub');
});
test.afterEach(async () => {
  await app.stop();
});

const tabs = (page: Page) => page.getByRole('navigation', { name: 'Sections of this Work Group' });

test('a targeted-support group is judged by its own rules, and records support days', async ({ page }) => {
  await app.open(page);
  // The list draws only the rows in view: filter it to the kind first.
  await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption({ label: 'Targeted Support in Maths' });
  await page
    .getByRole('row')
    .filter({ hasText: 'Targeted Support in Maths' })
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(tabs(page).getByRole('link', { name: 'Support days', exact: true })).toBeVisible();

  await tabs(page).getByRole('link', { name: 'Evaluation', exact: true }).click();
  await expect(page.getByText(/^Judged by the Targeted Support in Maths rules: /)).toBeVisible();
  // Standard 1 (focus children) is not expected of targeted support: said so, never "Not yet".
  const glance = page.locator('.glance-card').filter({ hasText: '1. Focus on improving' });
  await expect(glance.getByText('Not expected for Targeted Support in Maths')).toBeVisible();
  await page.screenshot({ path: 'test-results/kinds-targeted-support-evaluation.png' });
  const perParticipant = page.getByRole('row').filter({ hasText: 'Focus children per participant' });
  await perParticipant.scrollIntoViewIfNeeded();
  await expect(perParticipant.getByText('Not expected for Targeted Support in Maths')).toBeVisible();
  await expect(perParticipant.getByText(/Work Group statement’s method/)).toBeVisible();
  await page.screenshot({ path: 'test-results/kinds-targeted-support-indicators.png' });

  await tabs(page).getByRole('link', { name: 'Support days', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Support days' })).toBeVisible();
  await expect(page.getByText(/\d+ of \d+ agreed support days held/)).toBeVisible();
  await page.screenshot({ path: 'test-results/kinds-targeted-support-days.png' });

  // A Work Group offers no support days.
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page
    .getByRole('row')
    .filter({ hasText: 'Primary Teaching for Mastery' })
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(tabs(page).getByRole('link', { name: 'Evaluation', exact: true })).toBeVisible();
  await expect(tabs(page).getByRole('link', { name: 'Support days', exact: true })).toHaveCount(0);
});
