import { expect, test, type Download } from '@playwright/test';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { serveDemo, type Served } from './serve';

// Before a document is made, the Lead sees what the records do not hold yet, with links to where
// each is recorded, and goes back or exports anyway; the personal-data check still follows.

test.use({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });

const GROUP = 'Talking mathematics: reasoning and stem sentences';

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo();
});
test.afterEach(async () => {
  await app.stop();
});

test('the report lists what is still to complete, links to it, and goes on only when the Lead says so', async ({
  page,
}) => {
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await app.open(page);
  await page.getByRole('link', { name: GROUP }).click();
  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Evaluation', exact: true })
    .click();
  const report = page.getByRole('button', { name: 'End-of-year report (Word)' });
  const still = page.getByRole('dialog', { name: 'Still to complete' });

  // Go back: nothing is made. (The check builds the whole report, which takes a while on a busy machine.)
  await report.click();
  await expect(still).toBeVisible({ timeout: 30_000 });
  const items = still.getByRole('list', { name: 'What is still to complete' }).getByRole('listitem');
  await expect(items.first()).toContainText(
    'The Lead’s judgement is still to give for standards 1, 2, 3, 4 and 5 and the areas “Improving Pupil Outcomes”,',
  );
  await expect(items.first().getByRole('link', { name: 'Record it on the Evaluation tab' })).toBeVisible();
  await page.screenshot({ path: 'test-results/still-to-complete-dialog.png' });
  await still.getByRole('button', { name: 'Go back' }).click();
  await expect(still).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Export cancelled. Nothing was saved.' })).toBeVisible();
  expect(downloads).toHaveLength(0);

  // A link takes the Lead to the focus child whose end of year is missing.
  await report.click();
  await expect(still).toBeVisible({ timeout: 30_000 });
  const child = still.getByRole('link', { name: /^Record it on the Focus children tab, / }).first();
  const code = (await child.textContent())!.split(', ').pop()!;
  await child.click();
  await expect(still).toHaveCount(0);
  await expect(page.getByRole('heading', { name: `Focus child ${code}` })).toBeVisible();
  expect(page.url()).toMatch(/#\/work-groups\/[^/]+\/focus-children\/[^/]+$/);

  // Exported anyway: the personal-data check still comes next, and the document says it in one box.
  const add = page.getByRole('form', { name: 'Add an observation' });
  await add.getByLabel('Date', { exact: true }).fill('10/03/2026');
  await add.getByLabel('What was observed').fill('Explained it to Ms Jinglewick with the bar model.');
  await add.getByRole('button', { name: 'Add observation' }).click();
  await expect(page.getByRole('table', { name: `Observations of ${code}` })).toContainText('Jinglewick');
  await page.getByRole('button', { name: 'Case study (Word)' }).click();
  await expect(still).toContainText(`${code}: the end-of-year pen portrait has not been written.`, { timeout: 30_000 });
  await still.getByRole('button', { name: 'Export anyway' }).click();
  const check = page.getByRole('dialog', { name: 'Check before exporting' });
  await expect(check).toContainText('Ms Jinglewick', { timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await check.getByRole('button', { name: 'Replace in this export only' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe(`case-study-${code}.docx`);
  const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml.match(/>Still to complete</g)).toHaveLength(1);
  expect(xml).not.toContain('Jinglewick');
});
