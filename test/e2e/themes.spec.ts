import { expect, test, type Page } from '@playwright/test';
import { serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 768 } });

const GROUP = 'Talking mathematics: reasoning and stem sentences';
const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections of this Work Group' }).getByRole('link', { name, exact: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/themes-${name}.png` });

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo();
});
test.afterEach(async () => {
  await app.stop();
});

test('a Lead codes words of a journal entry to a new theme, finds it in the matrix and the coding follows an edit', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await app.open(page);
  await page.getByRole('link', { name: GROUP }).click();
  await tab(page, 'Journal').click();
  await page
    .getByRole('link', { name: /^Code journal entry/ })
    .first()
    .click();
  const text = page.getByRole('textbox', { name: 'Entry: select words to code' });
  await expect(text).toBeVisible();
  const entry = await text.inputValue();

  // Keyboard: to the start of the text, then the first three words with Ctrl+Shift+Right
  await text.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  const words = entry.split(/\s+/).slice(0, 3).join(' ');
  await expect(page.locator('.chosen-words')).toContainText(words);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pupils explain their thinking');
  await expect(page.getByRole('option', { name: 'Add “Pupils explain their thinking” as a new theme' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('coded as Pupils explain their thinking');
  // Highlighted, and the passage just coded outlined (the demo has coded some of the entry's sentences already)
  await expect(page.locator('mark.coded-active')).toHaveText(words);

  // The theme × participant matrix counts it, and opens the passage at its place
  await tab(page, 'Themes').click();
  const matrix = page.getByRole('table', { name: 'Coded passages of each theme by participant' });
  const cell = matrix.getByRole('button', { name: /^1 passage of Pupils explain their thinking by / });
  await expect(cell).toBeVisible();
  await cell.click();
  await expect(page.getByRole('heading', { name: /^Pupils explain their thinking · / })).toBeVisible();
  await page.getByRole('link', { name: /^Open at the passage/ }).click();
  await expect(page.getByRole('textbox', { name: 'Entry: select words to code' })).toBeVisible();
  await expect(page.locator('mark.coded-active')).toHaveText(words);
  // …and listed beside it as the passage being looked at
  await expect(page.getByRole('list', { name: 'Coded passages' }).locator('li[aria-current="true"]')).toContainText(
    'Pupils explain their thinking',
  );

  // The entry is edited in the Journal: words put before the passage move it, and the coding follows them
  await tab(page, 'Journal').click();
  await page
    .getByRole('button', { name: /^Edit journal entry/ })
    .first()
    .click();
  const form = page.getByRole('form', { name: /^Edit journal entry/ });
  await form.getByLabel('The entry').fill(`On reflection, and after talking to my mentor: ${entry}`);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Changes to journal entry/ })).toBeVisible();
  await page
    .getByRole('link', { name: /^Code journal entry/ })
    .first()
    .click();
  await expect(text).toHaveValue(/^On reflection/);
  await page.getByRole('button', { name: `Show in the text: “${words}”` }).click();
  await expect(page.locator('mark.coded-active')).toHaveText(words);
  await expect(page.getByText('Needs review')).toHaveCount(0);
});

test('the coding view by mouse, and the matrix, on the demo’s own coding', async ({ page }) => {
  await app.open(page);
  await page.getByRole('link', { name: GROUP }).click();
  await tab(page, 'Journal').click();
  await page
    .getByRole('link', { name: /^Code journal entry/ })
    .nth(1)
    .click();
  const text = page.getByRole('textbox', { name: 'Entry: select words to code' });
  // A drag from part-way through a word on the second line to part-way through another takes whole words
  const box = (await text.boundingBox())!;
  await page.mouse.move(box.x + 140, box.y + 56);
  await page.mouse.down();
  await page.mouse.move(box.x + 420, box.y + 56, { steps: 8 });
  await page.mouse.up();
  const chosen = (await page.locator('.chosen-words').textContent())!.replace(/[“”]/g, '');
  expect((await text.inputValue()).includes(chosen)).toBe(true);
  expect(chosen).toMatch(/^\S.*\S$/);
  await page.getByLabel('Theme', { exact: true }).fill('quest');
  await expect(page.getByRole('option', { name: /^Questioning/ })).toBeVisible();
  await shot(page, 'coding');
  await page.getByRole('option', { name: /^Questioning/ }).click();
  await expect(page.getByRole('status')).toContainText('coded as Questioning');

  await tab(page, 'Themes').click();
  const matrix = page.getByRole('table', { name: 'Coded passages of each theme by participant' });
  await expect(matrix.getByRole('button', { name: /passages? of Questioning by / }).first()).toBeVisible();
  await shot(page, 'matrix');
  await matrix
    .getByRole('button', { name: /passages? of Questioning by / })
    .first()
    .click();
  await expect(page.getByRole('link', { name: /^Open at the passage/ }).first()).toBeVisible();
  await shot(page, 'matrix-passages');
  await page.getByLabel('Show the themes by').selectOption('Focus child');
  await expect(page.getByRole('table', { name: 'Coded passages of each theme by focus child' })).toBeVisible();
  await page.getByRole('heading', { name: 'Themes and change' }).scrollIntoViewIfNeeded();
  await shot(page, 'change');
});

test('from a search result, the words found are coded to a theme', async ({ page }) => {
  await app.open(page);
  await page.goto(`${app.url}#/search?q=${encodeURIComponent('partner')}`);
  // One of the model group's: the demo's year that was rolled over is kept as it ended, to read, not code.
  const hit = page
    .getByRole('list', { name: 'Search results' })
    .getByRole('listitem')
    .filter({ hasText: '· TRG-2025-01 ·' })
    .first();
  const found = (await hit.locator('mark').allTextContents()).join(' ');
  await hit.getByRole('link', { name: /^Code these words/ }).click();
  const chosen = page.locator('.chosen-words');
  await expect(chosen).toContainText(new RegExp(found.split(' ').join('\\W+'), 'i'));
  await page.getByLabel('Theme', { exact: true }).fill('Talk partners');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(/coded as Talk partners/);
  await expect(page.getByRole('list', { name: 'Coded passages' }).locator('li[aria-current="true"]')).toContainText(
    'Talk partners',
  );
});
