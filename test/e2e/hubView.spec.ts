import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeFailures } from './axe';
import { serveDemo, type Served } from './serve';

// The hub view on the hub demo (groups of every kind of PD) on a school laptop's screen: which
// rules each group was judged by, the name column kept in view, archived groups greyed, and
// evidence by Guskey level across the groups.
test.use({ viewport: { width: 1366, height: 768 } });

const SUPPORT_RULES = 'Targeted Support in Maths rules';

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo(undefined, 'hub');
});
test.afterEach(async () => {
  await app.stop();
});

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/hub-view-${name}.png` });
const sideBySide = (page: Page) => page.getByRole('table', { name: 'Work Groups side by side' });

/** The text of each drawn row's cell under a heading (only the rows in view are drawn). */
async function column(table: Locator, heading: string): Promise<string[]> {
  const headings = await table.locator('thead th').allTextContents();
  const index = headings.findIndex((h) => h.replace(/[▲▼↕]/g, '').trim() === heading);
  expect(index, heading).toBeGreaterThanOrEqual(0);
  return table.locator(`tbody tr:not(.spacer) > :nth-child(${index + 1})`).allTextContents();
}

/** Scrolls the table's box as far right as it goes and says whether the first row's name is still in view, on top. */
async function nameInViewScrolledRight(page: Page): Promise<{ scrolled: number; inView: boolean }> {
  const table = sideBySide(page);
  const scrolled = await table.evaluate((element) => {
    const box = element.parentElement!;
    box.scrollLeft = box.scrollWidth;
    return box.scrollLeft;
  });
  const name = table.locator('tbody tr:not(.spacer) th[scope="row"]').first();
  const inView = await name.evaluate((cell) => {
    const box = cell.closest('.table-wrap')!.getBoundingClientRect();
    const at = cell.getBoundingClientRect();
    const topmost = document.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2);
    return at.left >= box.left - 1 && cell.contains(topmost);
  });
  return { scrolled, inView };
}

test('the hub view says which rules each group was judged by, keeps names in view and greys archived groups', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await app.open(page);
  // Archive a targeted-support group from the Work Groups list: it is greyed there, and in the hub view.
  await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption({ label: 'Targeted Support in Maths' });
  const archive = page.getByRole('button', { name: /^Archive / }).first();
  const code = (await archive.getAttribute('aria-label'))!.replace(/^Archive /, '');
  await archive.click();
  await page.getByRole('checkbox', { name: 'Show archived Work Groups' }).check();
  const listed = page.getByRole('row').filter({ hasText: code });
  await expect(listed).toHaveClass(/\barchived\b/);
  await expect(listed.getByRole('link')).toHaveCSS('color', 'rgb(90, 99, 117)');
  await shot(page, 'work-groups-archived');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hub view' }).click();
  const table = sideBySide(page);
  await expect(table).toHaveAttribute('aria-rowcount', '45'); // With the 3 of last year rolled over into Sustaining groups.
  await expect(table.getByRole('columnheader', { name: 'Judged by' })).toBeVisible();

  // Sorted by the rules, then narrowed to the targeted-support groups.
  const judgedBy = table.getByRole('columnheader', { name: 'Judged by' });
  await judgedBy.getByRole('button').click();
  await expect(judgedBy).toHaveAttribute('aria-sort', 'ascending');
  const sorted = await column(table, 'Judged by');
  expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
  await page.getByRole('combobox', { name: 'Judged by' }).selectOption(SUPPORT_RULES);
  const total = page.getByRole('status').filter({ hasText: /^44 Work Groups, \d+ shown/ });
  await expect(total).toBeVisible();
  const shown = Number((await total.textContent())!.match(/(\d+) shown/)![1]);
  expect(shown).toBeGreaterThan(0);
  await expect(table.locator('tbody tr:not(.spacer)')).toHaveCount(shown);
  expect(await column(table, 'Judged by')).toEqual(Array(shown).fill(SUPPORT_RULES));
  // Focus children and collaboration across schools are not expected of targeted support: never "Partly met".
  for (const standard of ['1. Pupil outcomes', '3. Collaboration and challenge']) {
    expect(await column(table, standard), standard).toEqual(Array(shown).fill(expect.stringMatching(/Not expected/)));
  }

  // The archived group is greyed and says so in words.
  const row = table.getByRole('row').filter({ hasText: code });
  await expect(row).toHaveClass(/\barchived\b/);
  await expect(row.getByRole('rowheader')).toContainText('Archived');
  await expect(row.getByRole('rowheader').getByRole('link')).toHaveCSS('color', 'rgb(90, 99, 117)');
  await table.scrollIntoViewIfNeeded();
  await shot(page, 'targeted-support');

  // Scrolled right as far as it goes, each group's name is still in view.
  const scrolled = await nameInViewScrolledRight(page);
  expect(scrolled.scrolled).toBeGreaterThan(0);
  expect(scrolled.inView).toBe(true);
  await shot(page, 'scrolled-right');

  // The DfE matrix counts the groups not expected to show an indicator apart.
  await expect(
    page.getByRole('table', { name: /^Indicators for 1\./ }).getByRole('columnheader', { name: 'Not expected' }),
  ).toBeVisible();

  // Evidence by Guskey level across the groups: each of the 44 groups (the demo's 40, a community's second year and the 3 of last year rolled over into Sustaining groups) counted once at each level.
  const levels = page.getByRole('table', { name: 'Evidence by level across the Work Groups' });
  await levels.scrollIntoViewIfNeeded();
  await expect(levels.locator('tbody tr')).toHaveCount(5);
  for (const level of await levels.locator('tbody tr').all()) {
    const groups = (await level.locator('td').allTextContents()).slice(0, 5).map((t) => Number(t.split(' ')[0]));
    expect(groups.reduce((a, b) => a + b, 0)).toBe(44);
  }
  await expect(levels.getByRole('rowheader', { name: '5 – Pupil learning outcomes' })).toBeVisible();
  await shot(page, 'levels');
  expect(await axeFailures(page, 'hub view of the hub demo')).toEqual([]);

  // At 200 % zoom (a 1366 × 768 screen is then 683 × 384 CSS pixels) the names stay in view too.
  const zoomed = await (
    await browser.newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 })
  ).newPage();
  await app.open(zoomed);
  await zoomed.goto(`${app.url}#/hub`);
  await expect(sideBySide(zoomed)).toHaveAttribute('aria-rowcount', '45');
  await sideBySide(zoomed).scrollIntoViewIfNeeded();
  const zoomedScroll = await nameInViewScrolledRight(zoomed);
  expect(zoomedScroll.scrolled).toBeGreaterThan(0);
  expect(zoomedScroll.inView).toBe(true);
  await shot(zoomed, 'zoom-200-scrolled-right');
  await zoomed.context().close();
});
