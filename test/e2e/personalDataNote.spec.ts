import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeFailures } from './axe';
import { serveDemo } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 900 } });

const GROUP = 'Talking mathematics: reasoning and stem sentences';

test('a name typed into a journal entry gets a quiet note under it, and the entry still saves', async ({ page }) => {
  const app = await serveDemo();
  try {
    await app.open(page);
    await typeAndSave(page, app.url);
  } finally {
    await app.stop();
  }
});

/** Types into a journal entry of the demo group as a Lead would, then saves it. */
async function typeAndSave(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('link', { name: GROUP }).click();
  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Journal', exact: true })
    .click();
  const addEntry = page.getByRole('form', { name: 'Add a journal entry' });
  const entry = addEntry.getByLabel('The entry');
  const note = addEntry.locator('.field-note');

  // Ordinary classroom words, however capitalised, bring no note: the check ran and found nothing.
  const checked = page.waitForResponse((response) => response.url().endsWith('/api/privacy.check'));
  await entry.fill('Year 4 compared fractions on a Number line, then the class wrote success criteria.');
  expect(await (await checked).json()).toEqual({ ok: true, result: { findings: [] } });
  await expect(note).toHaveText('');

  await addEntry.getByLabel('Participant').selectOption({ index: 1 });
  await addEntry.getByLabel('Date', { exact: true }).fill('21/10/2025');
  await entry.fill('');
  await entry.pressSequentially('Priya explained the zigzag pattern to her partner.', { delay: 10 });
  await expect(note).toHaveText('This may name someone: Priya. Focus children are recorded by code.');
  // The note is read with the field, and is not an error: the field stays valid.
  const noteId = await note.getAttribute('id');
  await expect(entry).toHaveAttribute('aria-describedby', new RegExp(`\\b${noteId}\\b`));
  await expect(entry).toHaveAttribute('aria-invalid', 'false');
  expect(await axeFailures(page, 'journal entry with its note')).toEqual([]);
  await page.screenshot({ path: 'test-results/personal-data-note.png', fullPage: true });

  await addEntry.getByRole('button', { name: 'Add journal entry' }).click();
  await expect(addEntry.getByRole('status')).toHaveText(/^Journal entry added\./);
  await expect(entry).toHaveValue('');
  await expect(note).toHaveText('');

  // It was saved as typed: the search finds it.
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('Priya zigzag partner');
  await page.getByRole('searchbox', { name: 'Search everything' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(1);
}

test("the check's name lists stay out of the window's bundle (the main process runs the check)", () => {
  const assets = join(import.meta.dirname, '../../out/renderer/assets');
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const text = readFileSync(join(assets, script), 'utf8').toLowerCase();
    // Rare names found only in the lists: the 200,000 humannames and Faker's locales.
    for (const name of ['oluwaseun', 'chukwuemeka', 'przemyslaw']) expect(text, script).not.toContain(name);
  }
});
