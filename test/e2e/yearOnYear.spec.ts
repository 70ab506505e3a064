import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 768 } });

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo();
});
test.afterEach(async () => {
  await app.stop();
});

test('a Lead rolls the group into a Sustaining project and its Evaluation tab sets the two years side by side', async ({
  page,
}) => {
  const run = spawnSync(process.execPath, ['bin/wge.js', 'workgroup', 'list', '--db', app.db, '--json'], {
    encoding: 'utf8',
  });
  const [group] = JSON.parse(run.stdout) as { id: string }[];
  await app.open(page);
  await page.goto(`${app.url}#/work-groups/${group!.id}/overview`);

  const rollover = page.getByRole('form', { name: 'Roll over into 2026/27' });
  await rollover.getByLabel('Code for 2026/27').fill('TRG-2026-01');
  await rollover.getByLabel('Project in 2026/27').selectOption({ label: 'Primary Teaching for Mastery Sustaining' });
  await rollover.getByRole('button', { name: 'Roll over into 2026/27' }).click();
  await expect(page.getByText('Primary Teaching for Mastery Sustaining').first()).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Evaluation', exact: true })
    .click();
  const compared = page.getByRole('table', { name: 'This year beside last year' });
  await expect(compared.getByRole('columnheader')).toHaveText(['Compared', '2025/26', '2026/27']);
  await expect(compared.getByRole('row').filter({ hasText: 'Project' })).toContainText(
    'Primary Teaching for Mastery Development',
  );
  await expect(compared.getByRole('row').filter({ hasText: 'Participants' })).toContainText('14');
  await compared.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/year-on-year.png' });
});

test('the demo’s second-year group sets its two years side by side, and its Surveys tab gives the teachers’ reflections after meetings', async ({
  page,
}) => {
  const run = spawnSync(process.execPath, ['bin/wge.js', 'workgroup', 'list', '--db', app.db, '--json'], {
    encoding: 'utf8',
  });
  const second = (JSON.parse(run.stdout) as { id: string; code: string }[]).find((g) => g.code === 'TRG-2025-02')!;
  await app.open(page);
  await page.goto(`${app.url}#/work-groups/${second.id}/evaluation`);
  const compared = page.getByRole('table', { name: 'This year beside last year' });
  await expect(compared.getByRole('columnheader')).toHaveText(['Compared', '2024/25', '2025/26']);
  await expect(compared.getByRole('row').filter({ hasText: 'Project' })).toContainText(
    'Primary Teaching for Mastery Sustaining',
  );
  await compared.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/year-on-year-demo.png' });

  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Surveys', exact: true })
    .click();
  const results = page.getByRole('region', { name: 'Results of Reflection after the meeting' });
  await expect(results).toContainText(/\d+ sets of answers from 7 participants, after each meeting\./);
  await results.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/post-meeting-reflection-demo.png' });
});
