import { expect, test, type Page } from '@playwright/test';
import { axeFailures } from './axe';
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

  // Days held against days agreed: an indicator of Standard 4, its figure the Support days tab's too.
  const held = page.getByRole('row').filter({ hasText: 'Support days held of those agreed' });
  await held.scrollIntoViewIfNeeded();
  await expect(held.getByText(/^\d+ of \d+ agreed support days held/)).toBeVisible();
  await page.screenshot({ path: 'test-results/kinds-targeted-support-days-held.png' });

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
  await expect(tabs(page).getByRole('link', { name: 'Sessions and cohort', exact: true })).toHaveCount(0);
});

test('a programme records its cohort and its sessions through the materials, with who came', async ({ page }) => {
  await app.open(page);
  await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption({ label: 'Programme' });
  await page.getByRole('row').filter({ hasText: 'Programme' }).first().getByRole('link').first().click();
  await tabs(page).getByRole('link', { name: 'Sessions and cohort', exact: true }).click();

  const cohort = page.getByRole('region', { name: 'Cohort' });
  await expect(cohort.getByRole('row').filter({ hasText: 'Cohort 1, autumn 2025' }).first()).toBeVisible();
  await expect(cohort.getByRole('row').filter({ hasText: 'Cohort 2, spring 2026' }).first()).toBeVisible();
  await expect(page.getByText(/^\d+ sessions held; \d+ of \d+ places taken \(\d+%\)\.$/)).toBeVisible();
  const sessions = page.getByRole('region', { name: 'Sessions' });
  await expect(sessions.getByRole('row').filter({ hasText: /Spine 1\.1/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/programme-sessions-and-cohort.png' });
  expect(await axeFailures(page, 'sessions and cohort')).toEqual([]);

  // A new session goes in with its unit, then who came is ticked in the grid beneath.
  const form = sessions.getByRole('form', { name: 'Add a session' });
  await form.getByLabel('Date').fill('2026-06-18');
  await form.getByLabel('Unit of the NCETM materials').fill('Spine 3.3: Adding and subtracting fractions');
  await form.getByRole('button', { name: 'Add session' }).click();
  const added = sessions.getByRole('row').filter({ hasText: 'Spine 3.3: Adding and subtracting fractions' });
  await expect(added).toBeVisible();
  await expect(added).toContainText('0 of');
  await page.getByRole('button', { name: 'Everyone present on 18/06/2026' }).click();
  await expect(added).not.toContainText(/\b0 of/);
  await page.screenshot({ path: 'test-results/programme-session-added.png', fullPage: true });
  expect(await axeFailures(page, 'sessions and cohort after adding')).toEqual([]);
});
