import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { axeFailures } from './axe';
import { serve, serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });

const GROUP = 'Talking mathematics: reasoning and stem sentences';
const TABS = [
  'Overview',
  'Schools and leaders',
  'Participants',
  'Focus children',
  'Meetings',
  'Readings',
  'Journal',
  'Action research',
  'Impact claims',
  'Surveys',
  'Themes',
  'Evaluation',
  'Spreadsheets',
];

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections of this Work Group' }).getByRole('link', { name, exact: true });
const form = (page: Page, name: string | RegExp) => page.getByRole('form', { name });
const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: `test-results/accessibility-${name}.png`, fullPage });

/** Presses Tab until the element has the focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, most = 80) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target.toString()} was not reached with the Tab key`);
}

/** The focused element shows a ring a sighted keyboard user can see. */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

test.describe('a workspace with data', () => {
  let app: Served;
  test.beforeEach(async () => {
    app = await serveDemo();
  });
  test.afterEach(async () => {
    await app.stop();
  });

  test('every screen, form and dialog passes axe’s WCAG 2 A and AA rules with nothing serious or critical', async ({
    page,
  }) => {
    test.setTimeout(420_000);
    const failures: string[] = [];
    const check = async (screen: string) => failures.push(...(await axeFailures(page, screen)));

    await app.open(page);
    await expect(page.getByRole('link', { name: GROUP })).toBeVisible();
    await check('Work Groups');
    await page.getByRole('button', { name: 'Rename TRG-2025-01' }).click();
    await check('Work Groups, renaming');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('link', { name: GROUP }).click();
    for (const name of TABS) {
      await tab(page, name).click();
      await expect(tab(page, name)).toHaveAttribute('aria-current', 'page');
      await expect(page.getByText(/Loading|Working out/)).toHaveCount(0);
      await check(`tab ${name}`);
    }

    // The record form: a new record with its problems shown, and an existing one being edited
    await tab(page, 'Schools and leaders').click();
    const addSchool = form(page, 'Add a school');
    await addSchool.getByRole('button', { name: 'Add a new school' }).click();
    await addSchool.getByRole('button', { name: 'Add school' }).click();
    await expect(addSchool.getByRole('alert').first()).toBeVisible();
    await check('record form with its problems');
    await tab(page, 'Journal').click();
    await page
      .getByRole('button', { name: /^Edit journal entry/ })
      .first()
      .click();
    await expect(form(page, /^Edit journal entry/)).toBeVisible();
    await check('record form editing');

    // Coding a journal entry's words to a new theme: the picker open, then the passage highlighted and listed
    await page
      .getByRole('link', { name: /^Code journal entry/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Entry: select words to code' }).focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.getByLabel('Theme', { exact: true }).fill('Pupils explain their thinking');
    await expect(page.getByRole('option', { name: /as a new theme$/ })).toBeVisible();
    await check('coding view, choosing a theme');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('coded as Pupils explain their thinking');
    await expect(page.getByRole('list', { name: 'Coded passages' })).toBeVisible();
    await check('coding view');
    await tab(page, 'Themes').click();
    await page.getByRole('button', { name: /^1 passage of Pupils explain their thinking by / }).click();
    await expect(page.getByRole('link', { name: /^Open at the passage/ })).toBeVisible();
    await check('theme matrix with a cell’s passages');

    // A focus child, with its timeline and observations
    await tab(page, 'Focus children').click();
    await page.getByRole('link', { name: 'Open focus child Y2-A01' }).click();
    await expect(page.getByRole('heading', { name: 'Focus child Y2-A01' })).toBeVisible();
    await check('focus child');

    // The evaluation with its evidence lists and a judgement's evidence opened
    await tab(page, 'Evaluation').click();
    await page
      .getByText(/^\d+ records?/)
      .first()
      .click();
    await page
      .getByText(/^Supporting evidence/)
      .first()
      .click();
    await check('evaluation opened up');

    // An import being previewed
    await tab(page, 'Spreadsheets').click();
    await page.getByLabel('Spreadsheet file').setInputFiles({
      name: 'schools.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('School name,URN,Phase\nExample Fictional Primary,999901,Primary\n'),
    });
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await expect(page.getByRole('table', { name: 'Rows to import' })).toBeVisible();
    await check('import preview');

    // The findings dialog before an export
    await tab(page, 'Focus children').click();
    await page.getByRole('link', { name: 'Open focus child Y2-A01' }).click();
    const addObservation = form(page, 'Add an observation');
    await addObservation.getByLabel('Date', { exact: true }).fill('10/03/2026');
    await addObservation.getByLabel('What was observed').fill('Explained it to Ms Jinglewick with the bar model.');
    await addObservation.getByRole('button', { name: 'Add observation' }).click();
    await page.getByRole('button', { name: 'Case study (Word)' }).click();
    // The check builds the whole case study first, which takes a while on a busy machine.
    await expect(page.getByRole('dialog', { name: 'Check before exporting' })).toBeVisible({ timeout: 30_000 });
    await check('findings dialog');
    await page.keyboard.press('Escape');

    for (const [address, screen] of [
      ['#/hub', 'Hub view'],
      ['#/schools', 'Schools'],
      ['#/projects', 'Projects'],
      ['#/search?q=bar%20model', 'Search'],
      ['#/nowhere', 'Page not found'],
    ]) {
      await page.goto(`${app.url}${address}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(/Loading|Adding up|Searching/)).toHaveCount(0);
      await check(screen!);
    }

    // The Trash, with something in it
    await page.goto(`${app.url}#/`);
    await page.getByRole('link', { name: GROUP }).click();
    await tab(page, 'Readings').click();
    await page
      .getByRole('button', { name: /^Delete reading/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Trash' }).click();
    await expect(page.getByRole('table', { name: 'Trash' })).toBeVisible();
    await check('Trash');
    await page.getByRole('button', { name: 'Erase everything in the Trash' }).click();
    await expect(page.getByRole('dialog', { name: /^Erase .* for good\?$/ })).toBeVisible();
    await check('erase for good dialog');
    await page.keyboard.press('Escape');

    // Erasing a whole Work Group, then the offer to carry the erasure to other computers
    await page.goto(`${app.url}#/`);
    await page.getByRole('link', { name: GROUP }).click();
    await page.getByRole('button', { name: 'Move this Work Group to the Trash' }).click();
    await page.getByRole('button', { name: /^Yes, move .* to the Trash$/ }).click();
    await page.getByRole('button', { name: 'Erase everything in the Trash' }).click();
    await page
      .getByRole('dialog', { name: /^Erase .* for good\?$/ })
      .getByRole('button', { name: 'Erase for good' })
      .click();
    await expect(page.getByRole('heading', { name: 'Erase them on other computers too' })).toBeVisible();
    await check('Trash after erasing a Work Group');

    expect(failures).toEqual([]);
  });

  test('the findings dialog is worked by keyboard: focus goes in, Escape closes it and focus comes back', async ({
    page,
  }) => {
    await app.open(page);
    await page.getByRole('link', { name: GROUP }).click();
    await tab(page, 'Focus children').click();
    await page.getByRole('link', { name: 'Open focus child Y2-A01' }).click();
    const addObservation = form(page, 'Add an observation');
    await addObservation.getByLabel('Date', { exact: true }).fill('10/03/2026');
    await addObservation.getByLabel('What was observed').fill('Explained it to Ms Jinglewick with the bar model.');
    await addObservation.getByRole('button', { name: 'Add observation' }).click();
    await expect(page.getByRole('table', { name: 'Observations of Y2-A01' })).toContainText('Jinglewick');

    const exportButton = page.getByRole('button', { name: 'Case study (Word)' });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Check before exporting' });
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    // A modal dialog: Tab goes round its own controls (and the browser's), never to the page behind it
    const controls = await dialog.locator('a, button:enabled, input').count();
    for (let i = 0; i < controls * 2 + 2; i++) {
      await page.keyboard.press('Tab');
      const where = await dialog.evaluate((d) =>
        d.contains(document.activeElement) ? 'dialog' : document.activeElement === document.body ? 'browser' : 'page',
      );
      expect(where).not.toBe('page');
      if (where === 'dialog') await expectVisibleFocus(page);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(exportButton).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Export cancelled. Nothing was saved.' })).toBeVisible();
  });

  test('with reduced motion asked for, nothing moves; with more contrast asked for, the greys darken', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await app.open(page);
    await page.getByRole('link', { name: GROUP }).click();
    await tab(page, 'Evaluation').click();
    const chart = page.getByRole('img', { name: 'Attendance by meeting' });
    await chart.scrollIntoViewIfNeeded();
    await chart.hover();
    await page
      .getByRole('button', { name: /^Save as PNG/ })
      .first()
      .hover();
    const moving = await page.evaluate(() => ({
      animations: document.getAnimations().length,
      transitions: [...document.querySelectorAll('*')].filter((element) =>
        getComputedStyle(element)
          .transitionDuration.split(',')
          .some((duration) => parseFloat(duration) > 0),
      ).length,
    }));
    expect(moving).toEqual({ animations: 0, transitions: 0 });

    const muted = () => page.locator('p.tab-help').evaluate((element) => getComputedStyle(element).color);
    expect(await muted()).toBe('rgb(90, 99, 117)');
    await page.emulateMedia({ contrast: 'more' });
    expect(await muted()).toBe('rgb(54, 61, 75)');
    await page.emulateMedia({ contrast: 'no-preference', forcedColors: 'active' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'forced-colours', false);
  });

  test('at 200% zoom and at twice the text size nothing is cut off or needs scrolling sideways', async ({
    browser,
    page,
  }) => {
    test.setTimeout(180_000);
    const screens = ['#/', '#/hub', '#/schools', '#/search?q=bar%20model'];
    const group = async (target: Page) => {
      await app.open(target);
      await target.getByRole('link', { name: GROUP }).click();
      return target.url().replace(/\/overview$/, '');
    };
    const addresses = async (target: Page) => {
      const base = await group(target);
      return [
        ...screens.map((s) => `${app.url}${s}`),
        ...['overview', 'participants', 'meetings', 'evaluation', 'spreadsheets'].map((t) => `${base}/${t}`),
      ];
    };
    const sideways = (target: Page) =>
      target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    // Zoom: a 1366 × 900 screen at 200% is a window 683 CSS pixels wide, drawn at twice the density.
    const zoomed = await zoomedPage(browser);
    for (const address of await addresses(zoomed)) {
      await zoomed.goto(address);
      await expect(zoomed.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(zoomed.getByText(/Loading|Working out|Adding up|Searching/)).toHaveCount(0);
      expect(await sideways(zoomed), `${address} at 200% zoom`).toBeLessThanOrEqual(0);
    }
    await zoomed.goto(`${app.url}#/`);
    await zoomed.screenshot({ path: 'test-results/accessibility-zoom-200-list.png' });
    await zoomed.goto((await addresses(zoomed)).at(-2)!);
    await zoomed.getByRole('heading', { name: 'How the year measures up' }).waitFor();
    await zoomed.screenshot({ path: 'test-results/accessibility-zoom-200-evaluation.png' });
    await zoomed.context().close();

    // Text size: the reader's browser set to twice the usual text size (32 px instead of 16 px).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    for (const address of await addresses(page)) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText(/Loading|Working out|Adding up|Searching/)).toHaveCount(0);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
      expect(await sideways(page), `${address} at twice the text size`).toBeLessThanOrEqual(0);
    }
    await page.goto(`${app.url}#/`);
    await shot(page, 'text-200-list', false);
  });

  test('after a move to another screen, its heading takes the focus however long its data takes to come', async ({
    page,
  }) => {
    await app.open(page);
    // The Work Group's page shows its heading only once the group has come: here, after 3 seconds.
    await page.route('**/api/workGroup.get', async (route) => {
      await new Promise((done) => setTimeout(done, 3000));
      await route.continue();
    });
    await page.getByRole('link', { name: GROUP }).click();
    await expect(page.getByText('Loading the Work Group…')).toBeVisible();
    const heading = page.getByRole('heading', { name: GROUP, level: 1 });
    await expect(heading).toBeVisible({ timeout: 10_000 });
    await expect(heading).toBeFocused();
  });
});

async function zoomedPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 683, height: 450 }, deviceScaleFactor: 2 });
  return context.newPage();
}

test.describe('an encrypted workspace opened without its passphrase', () => {
  const PASSPHRASE = 'invented passphrase for tests';
  let app: Served;
  test.beforeEach(async () => {
    app = await serveDemo(PASSPHRASE);
  });
  test.afterEach(async () => {
    await app.stop();
  });

  test('asks for the passphrase, says plainly when it is wrong, and opens with the right one', async ({ page }) => {
    await app.open(page);
    await expect(page.getByRole('heading', { name: 'This workspace is protected by a passphrase' })).toBeVisible();
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
    expect(await axeFailures(page, 'unlock')).toEqual([]);

    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText('That passphrase does not open "demo.wgdb"');
    await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await shot(page, 'unlock');

    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open the workspace' }).click();
    await expect(page.getByRole('table', { name: 'Work Groups' })).toContainText(GROUP);
  });
});

test.describe('an empty workspace', () => {
  let app: Served;
  test.beforeEach(async () => {
    app = await serve();
  });
  test.afterEach(async () => {
    await app.stop();
  });

  test('the first-run screen passes axe’s WCAG 2 A and AA rules', async ({ page }) => {
    await app.open(page);
    await expect(page.getByRole('heading', { name: 'Welcome to Work Group Evaluator' })).toBeVisible();
    expect(await axeFailures(page, 'first run')).toEqual([]);
    await shot(page, 'first-run');
  });

  test('a Lead creates a Work Group and opens its Evaluation tab with the keyboard alone', async ({ page }) => {
    await app.open(page);
    await expect(page.getByRole('heading', { name: 'Welcome to Work Group Evaluator' })).toBeVisible();

    // The first Tab shows the skip link; Enter on it moves on to the page's content
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip to the content' })).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    await tabTo(page, page.getByRole('button', { name: 'Create a Work Group' }));
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Code')).toBeFocused();
    await page.keyboard.type('TRG-2025-21');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.type('Fluency with number facts');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Academic year')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2025/26');
    await page.keyboard.press('Tab');
    const project = page.getByLabel('Project');
    await expect(project).toBeFocused();
    for (let i = 0; i < 20 && !(await project.locator('option:checked').textContent())?.startsWith('Primary T'); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(project.locator('option:checked')).toHaveText('Primary Teaching for Mastery Development');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Work Group Lead')).toBeFocused();
    await page.keyboard.type('Ms Example Lead');
    await page.keyboard.press('Enter');

    // The new group opens, its heading taking the focus.
    const heading = page.getByRole('heading', { name: 'Fluency with number facts', level: 1 });
    await expect(heading).toBeFocused();

    await tabTo(page, tab(page, 'Evaluation'));
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'How the year measures up' })).toBeVisible();
    await expect(heading).toBeFocused();
    // The Evaluation tab's own links jump within the page
    await tabTo(page, page.getByRole('link', { name: 'What is missing' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'What is missing' })).toBeInViewport();
  });
});
