import { expect, test } from '@playwright/test';
import { serveDemo, type Served } from './serve';

// The key findings that open the end-of-year report, edited where the Lead evaluates the year.

test.use({ viewport: { width: 1366, height: 900 } });

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo();
});
test.afterEach(async () => {
  await app.stop();
});

test('the Lead replaces the drafted key findings with their own, and can go back to the draft', async ({ page }) => {
  await app.open(page);
  await page.getByRole('link', { name: 'Talking mathematics: reasoning and stem sentences' }).click();
  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Evaluation', exact: true })
    .click();
  const panel = page.getByRole('region', { name: 'Key findings' });
  await expect(panel.getByText(/^Draft — not yet edited by you/)).toBeVisible();
  const findings = panel.getByLabel('Findings, one a line');
  const draft = await findings.inputValue();
  expect(draft.split('\n').length).toBeGreaterThanOrEqual(3);

  // Too many findings are refused with what to do.
  await findings.fill(['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.'].join('\n'));
  await panel.getByRole('button', { name: 'Save my findings' }).click();
  await expect(panel.getByRole('alert')).toContainText('Write from 1 to 5 findings, one a line (there are 6)');

  const own =
    'Pupils explain their reasoning in full sentences far more often.\nEvery school plans to carry the work on.';
  await findings.fill(own);
  await panel.getByRole('button', { name: 'Save my findings' }).click();
  await expect(panel.getByText('Your own words: the end-of-year report opens with them.')).toBeVisible();
  await panel.screenshot({ path: 'test-results/key-findings-edited.png' });

  // Kept in the workspace: a reload shows the Lead's words.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Key findings' }).getByLabel('Findings, one a line')).toHaveValue(own);

  await page
    .getByRole('region', { name: 'Key findings' })
    .getByRole('button', { name: 'Go back to the draft' })
    .click();
  await expect(
    page.getByRole('region', { name: 'Key findings' }).getByText(/^Draft — not yet edited by you/),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Key findings' }).getByLabel('Findings, one a line')).toHaveValue(
    draft,
  );
});
