import { expect, test, type Page } from '@playwright/test';
import { serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 900 } });

const GROUP = 'Talking mathematics: reasoning and stem sentences';

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo();
});
test.afterEach(async () => {
  await app.stop();
});

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections of this Work Group' }).getByRole('link', { name, exact: true });

/**
 * The methods the page asks the app for, in order, from now on; the forms' own draft keeping
 * (draft.save, draft.get, draft.discard as words are typed and saved) is left out.
 */
function callsFrom(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/') && !path.startsWith('/api/draft.')) calls.push(path.slice('/api/'.length));
  });
  return calls;
}

/** Waits until the page has asked for nothing for a while, so that a call made late would be counted. */
const quiet = (page: Page) => page.waitForLoadState('networkidle');

const evaluationShown = (page: Page) =>
  expect(page.getByRole('heading', { name: 'How the year measures up' })).toBeVisible();

/** Opens the demo's Work Group on one tab, after the Evaluation tab once so that its answer is kept too. */
async function openGroupOn(page: Page, name: string) {
  await app.open(page);
  await page.getByRole('link', { name: GROUP }).click();
  await expect(page.getByRole('heading', { name: GROUP, level: 1 })).toBeVisible();
  await tab(page, 'Evaluation').click();
  await evaluationShown(page);
  await tab(page, name).click();
  await expect(tab(page, name)).toHaveAttribute('aria-current', 'page');
}

test('a tab change after a save asks only for what the save changed', async ({ page }) => {
  await openGroupOn(page, 'Readings');
  const readings = page.getByRole('table', { name: 'Readings' });
  await expect(readings).toBeVisible();
  await quiet(page);

  const calls = callsFrom(page);
  const add = page.getByRole('form', { name: 'Add a reading' });
  await add.getByLabel('Citation').fill('Mason, J. (2010) Thinking Mathematically. Pearson.');
  await add.getByRole('button', { name: 'Add reading' }).click();
  await expect(readings).toContainText('Mason, J. (2010) Thinking Mathematically.');
  await quiet(page);
  // The save, and the one list on screen that it changed.
  expect(calls).toEqual(['reading.create', 'reading.list']);

  await tab(page, 'Evaluation').click();
  await evaluationShown(page);
  await quiet(page);
  // The evaluation the save made out of date; nothing else of the Work Group's eleven reads.
  expect(calls).toEqual(['reading.create', 'reading.list', 'evaluation.workGroup', 'evaluation.yearOnYear']);

  // Back on the Readings tab, the saved reading is there without asking again.
  await tab(page, 'Readings').click();
  await expect(readings).toContainText('Mason, J. (2010) Thinking Mathematically.');
  await quiet(page);
  expect(calls).toEqual(['reading.create', 'reading.list', 'evaluation.workGroup', 'evaluation.yearOnYear']);
});

test('a change to the Work Group itself refreshes the group and its evaluation, not its records', async ({ page }) => {
  await openGroupOn(page, 'Overview');
  const about = page.getByRole('form', { name: 'About this Work Group' });
  await expect(about).toBeVisible();
  await quiet(page);

  const calls = callsFrom(page);
  await about.getByLabel('Name', { exact: true }).fill('Talking mathematics in Key Stage 2');
  await about.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'Talking mathematics in Key Stage 2', level: 1 })).toBeVisible();
  await tab(page, 'Schools and leaders').click();
  await expect(page.getByRole('table', { name: 'Schools and leaders' })).toBeVisible();
  await tab(page, 'Evaluation').click();
  await evaluationShown(page);
  await quiet(page);
  // The key findings are the Work Group's own words, so they are asked for again too, and so is the
  // History of its own fields on the Overview.
  expect(calls).toEqual([
    'workGroup.update',
    'workGroup.get',
    'evaluation.workGroup',
    'history.list',
    'evaluation.yearOnYear',
    'keyFindings.get',
  ]);
});
