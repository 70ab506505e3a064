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
  await app.open(page);
  await expect(page.getByRole('heading', { name: 'Work Groups', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Work Group Evaluator' })).toBeVisible();

  await createWorkGroup(page, 'TRG-2025-07', 'Reasoning about fractions in Key Stage 2');
  await page.getByRole('link', { name: 'Work Groups', exact: true }).first().click();

  const table = page.getByRole('table', { name: 'Work Groups' });
  await expect(table.getByRole('row', { name: /TRG-2025-07/ })).toContainText('Reasoning about fractions');
  await page.reload();
  await expect(table.getByRole('row', { name: /TRG-2025-07/ })).toContainText('Ms Example Lead');

  await page.getByRole('button', { name: 'Rename TRG-2025-07' }).click();
  await page.getByLabel('New name for TRG-2025-07').fill('Fractions and reasoning');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(table).toContainText('Fractions and reasoning');

  await page.getByRole('button', { name: 'Archive TRG-2025-07' }).click();
  await expect(page.getByText('Every Work Group in this workspace is archived')).toBeVisible();
  await page.getByLabel('Show archived Work Groups').check();
  await expect(table.getByRole('row', { name: /TRG-2025-07/ })).toContainText('Archived');
});

test('an empty workspace says what the app is for, and opens the demo in it', async ({ page }) => {
  await app.open(page);
  const welcome = page.getByRole('region', { name: 'Welcome to Work Group Evaluator' });
  await expect(welcome).toContainText('how the year measures up against the DfE Standard');
  await welcome.getByRole('button', { name: 'Create a Work Group' }).click();
  await expect(page.getByLabel('Code')).toBeFocused();

  await welcome.getByRole('button', { name: 'Open the demo' }).click();
  const heading = page.getByRole('heading', { name: 'Talking mathematics: reasoning and stem sentences', level: 1 });
  // The demo's three Work Groups (its model group, a second-year group and last year's) take a few seconds to write.
  await expect(heading).toBeVisible({ timeout: 30_000 });
  // Each tab says in a sentence or two what it is for
  await expect(page.getByText('The question the whole group is exploring')).toBeVisible();
  await page.getByRole('link', { name: 'Evaluation', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'How the year measures up' })).toBeVisible();
  await expect(page.getByText('Start with “What is missing”')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work Groups' }).click();
  await expect(page.getByRole('table', { name: 'Work Groups' })).toContainText('TRG-2025-01');
  await expect(page.getByRole('heading', { name: 'Welcome to Work Group Evaluator' })).toHaveCount(0);
});

test('a long list of Work Groups scrolls whole here, with Find, filters and a total, and in the hub view', async ({
  page,
}) => {
  await app.open(page);
  // Thirty groups written through the page's own door to the app, as the form would write them.
  await page.evaluate(async () => {
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return ((await response.json()) as { result: unknown }).result;
    };
    const [project] = (await call('project.list', {})) as { id: string }[];
    for (let i = 1; i <= 30; i++) {
      await call('workGroup.create', {
        code: `TRG-2025-${String(i).padStart(2, '0')}`,
        name: `Invented Work Group ${i}`,
        academicYear: '2025/26',
        projectId: project!.id,
        leadName: 'Ms Example Lead',
      });
    }
  });
  await page.reload();
  const table = page.getByRole('table', { name: 'Work Groups' });
  // One list, not pages of 25: all 30 in it, only those in view drawn.
  await expect(table).toHaveAttribute('aria-rowcount', '31');
  await expect(page.getByRole('status').filter({ hasText: /^30 Work Groups$/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: /Pages of/ })).toHaveCount(0);
  expect(await table.locator('tbody tr:not(.spacer)').count()).toBeLessThan(30);
  await table.locator('..').evaluate((box) => box.scrollTo(0, box.scrollHeight));
  await expect(table.locator('tbody tr[aria-rowindex="31"]')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Find in Work Groups' }).fill('group 27');
  await expect(page.getByRole('status').filter({ hasText: '30 Work Groups, 1 shown' })).toBeVisible();
  await expect(table.getByRole('link')).toHaveText(['Invented Work Group 27']);
  await page.getByRole('button', { name: 'Show them all' }).click();
  const code = table.getByRole('columnheader', { name: 'Code' });
  await code.getByRole('button').click();
  await code.getByRole('button').click();
  await expect(code).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('tbody tr:not(.spacer)').first()).toContainText('TRG-2025-30');
  await page.screenshot({ path: 'test-results/work-groups-list.png' });

  await page.goto(`${app.url}#/hub`);
  // The hub's side-by-side table holds all 30 groups, drawn as they scroll into view.
  const sideBySide = page.getByRole('table', { name: 'Work Groups side by side' });
  await expect(sideBySide).toContainText('TRG-2025-01');
  await expect(sideBySide).toHaveAttribute('aria-rowcount', '31');
  await sideBySide.locator('..').evaluate((box) => box.scrollTo(0, box.scrollHeight));
  await expect(sideBySide.locator('tbody tr[aria-rowindex="31"]')).toBeVisible();
});

test('validation errors appear beside the field and keep what was typed', async ({ page }) => {
  await app.open(page);
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
