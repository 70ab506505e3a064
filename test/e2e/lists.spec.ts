import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeFailures } from './axe';
import { callApi, serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 768 } });

const GROUP = 'Talking mathematics: reasoning and stem sentences';
const CODE = 'TRG-2025-01';

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo();
});
test.afterEach(async () => {
  await app.stop();
});

type Entry = { id: string; date: string; participantId: string; text: string };
type Named = { id: string; name: string };
type Observation = { id: string; date: string; focusChildId: string };
type Results = { total: number; byKind: { kind: string; count: number }[]; hits: { id: string; kind: string }[] };

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections of this Work Group' }).getByRole('link', { name, exact: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/lists-${name}.png` });
const gb = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const bodyRows = (table: Locator) => table.locator('tbody tr:not(.spacer)');
/** The text of one column in the rows drawn, top to bottom. */
const columnText = (table: Locator, column: number) =>
  bodyRows(table).evaluateAll((rows, i) => rows.map((r) => r.querySelectorAll('td')[i]!.textContent ?? ''), column);

async function openGroup(page: Page): Promise<string> {
  await app.open(page);
  await page.getByRole('link', { name: GROUP }).click();
  await expect(page.getByRole('heading', { name: GROUP, level: 1 })).toBeVisible();
  return decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
}

test('a list finds, sorts, filters and totals its records, the newest journal entries first', async ({ page }) => {
  const groupId = await openGroup(page);
  const entries = (await callApi(page, 'journalEntry.list', { workGroupId: groupId })) as unknown as Entry[];
  const participants = (await callApi(page, 'participant.list', { workGroupId: groupId })) as unknown as Named[];
  const nameOf = (id: string) => participants.find((p) => p.id === id)!.name;
  expect(entries.length).toBeGreaterThan(100);

  await tab(page, 'Journal').click();
  const journal = page.getByRole('table', { name: 'Journal' });
  const total = page.getByRole('status').filter({ hasText: 'journal entries' });
  await expect(total).toHaveText(`${entries.length} journal entries, newest first`);
  // Newest first: the latest date leads the list.
  const dates = entries.map((e) => e.date).sort();
  await expect(bodyRows(journal).first().locator('td').first()).toHaveText(gb(dates.at(-1)!));
  // A long list draws only the rows in view, under a heading row and beside buttons that stay in view.
  expect(await bodyRows(journal).count()).toBeLessThan(entries.length);
  await expect(journal.getByRole('button', { name: /^Edit journal entry/ }).first()).toBeInViewport();
  await shot(page, '1-journal');
  expect(await axeFailures(page, 'Journal list')).toEqual([]);

  // Scrolled to its end, the list shows the oldest entry, its heading row still in view.
  await page.locator('.record-table .table-wrap').evaluate((box) => box.scrollTo(0, box.scrollHeight));
  await expect(bodyRows(journal).last().locator('td').first()).toHaveText(gb(dates[0]!));
  await expect(journal.getByRole('columnheader', { name: 'Participant' })).toBeInViewport();
  await shot(page, '2-journal-scrolled');

  // A click on a heading sorts by that column, then the other way round.
  const header = journal.getByRole('columnheader', { name: 'Participant' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const names = entries.map((e) => nameOf(e.participantId)).sort((a, b) => a.localeCompare(b, 'en-GB'));
  await expect(bodyRows(journal).first().locator('td').nth(1)).toHaveText(names[0]!);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows(journal).first().locator('td').nth(1)).toHaveText(names.at(-1)!);

  // Filtered by a participant, only their entries show, and the total says how many.
  const someone = participants[1]!;
  const theirs = entries.filter((e) => e.participantId === someone.id).length;
  await page
    .getByRole('search', { name: 'Find in Journal' })
    .getByLabel('Participant')
    .selectOption({ label: someone.name });
  await expect(total).toContainText(`${entries.length} journal entries, ${theirs} shown`);
  expect(new Set(await columnText(journal, 1))).toEqual(new Set([someone.name]));
  await shot(page, '3-journal-filtered');

  // The search box narrows the list to the entries with those words (in the whole entry, not only what the cell shows).
  await page.getByRole('button', { name: 'Show them all' }).click();
  // Sorted by a column, the list is no longer newest first, and the total says only how many.
  await expect(total).toHaveText(`${entries.length} journal entries`);
  const sought = entries[entries.length - 5]!;
  const words = sought.text
    .split(/\s+/)
    .slice(-4)
    .join(' ')
    .replace(/[^\p{L}\p{N} ]/gu, '');
  await page.getByRole('searchbox', { name: 'Find in Journal' }).fill(words);
  await expect(total).toContainText(/shown/);
  const shown = Number((await total.textContent())!.match(/, (\d+) shown/)![1]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(entries.length);
  await expect(page.locator(`#row-${sought.id}`)).toBeVisible();
  await shot(page, '4-journal-found');
});

test('observations of a focus child come newest first', async ({ page }) => {
  const groupId = await openGroup(page);
  const observations = (await callApi(page, 'observation.list', { workGroupId: groupId })) as unknown as Observation[];
  const children = (await callApi(page, 'focusChild.list', { workGroupId: groupId })) as unknown as {
    id: string;
    code: string;
  }[];
  const child = children.find((c) => observations.filter((o) => o.focusChildId === c.id).length > 2)!;
  const dates = observations.filter((o) => o.focusChildId === child.id).map((o) => o.date);
  await tab(page, 'Focus children').click();
  await page.getByRole('link', { name: `Open focus child ${child.code}` }).click();
  const list = page.getByRole('table', { name: `Observations of ${child.code}` });
  await expect(bodyRows(list).first().locator('td').first()).toHaveText(gb(dates.sort().at(-1)!));
  await expect(bodyRows(list).last().locator('td').first()).toHaveText(gb(dates[0]!));
});

test('search gives its total, filters by type, says whose each result is, and opens at the record', async ({
  page,
}) => {
  await openGroup(page);
  const word = 'reasoning';
  const everything = (await callApi(page, 'search.query', { text: word })) as unknown as Results;
  const observations = everything.byKind.find((k) => k.kind === 'observation')!;
  expect(observations.count).toBeGreaterThan(0);

  await page.getByRole('searchbox', { name: 'Search everything' }).fill(word);
  await page.getByRole('searchbox', { name: 'Search everything' }).press('Enter');
  const status = page.getByRole('status').filter({ hasText: 'for “reasoning”' });
  await expect(status).toContainText(`${everything.total.toLocaleString('en-GB')} results for “reasoning”`);
  await shot(page, '5-search');
  expect(await axeFailures(page, 'Search')).toEqual([]);

  // Filtered by type, only observations show, each with the child it is about and its date.
  await page.getByRole('radio', { name: `Observations (${observations.count})` }).check();
  await expect(status).toContainText(`${observations.count} results for “reasoning” among observations`);
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results).toHaveCount(Math.min(50, observations.count));
  for (const text of await results.locator('.sub').allTextContents()) {
    expect(text).toMatch(/^Observation · [\w-]+ · Focus child [\w-]+ · .+ · \d{2}\/\d{2}\/\d{4}$/);
  }
  await shot(page, '6-search-observations');

  // Opening one lands on it: its row highlighted in view, and its form open with the whole of it (one of this
  // group's: the demo's years that were rolled over are kept as they ended, to read, not edit).
  const last = results.filter({ hasText: `· ${CODE} ·` }).last();
  const date = (await last.locator('.sub').textContent())!.match(/\d{2}\/\d{2}\/\d{4}$/)![0];
  await last.getByRole('link').first().click();
  await expect(tab(page, 'Focus children')).toHaveAttribute('aria-current', 'page');
  const row = page.getByRole('table', { name: /^Observations of / }).locator('tr.highlight');
  await expect(row).toContainText(date);
  await expect(row).toBeInViewport();
  await expect(page.getByRole('form', { name: `Edit observation of ${date}` })).toBeVisible();
  await shot(page, '7-search-opened');

  // A journal entry found far down its list is scrolled to, as well.
  await page.getByRole('searchbox', { name: 'Search everything' }).fill(word);
  await page.getByRole('searchbox', { name: 'Search everything' }).press('Enter');
  await page.getByRole('radio', { name: /^Journal entries/ }).check();
  await expect(status).toContainText('among journal entries');
  await results.last().getByRole('link').first().click();
  await expect(tab(page, 'Journal')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('tr.highlight')).toBeInViewport();
  await expect(page.getByRole('form', { name: /^Edit journal entry of / })).toBeVisible();
  await shot(page, '8-search-opened-journal');
});

test('a result opens its record with the words found in view and highlighted, far down a long entry', async ({
  page,
}) => {
  const groupId = await openGroup(page);
  const [entry] = (await callApi(page, 'journalEntry.list', { workGroupId: groupId })) as unknown as Entry[];
  // Thirty paragraphs of a long reflection, the word sought only in the last.
  const paragraph =
    'We compared two methods for adding fractions and talked about which one the class found easier to explain.';
  await callApi(page, 'journalEntry.create', {
    participantId: entry!.participantId,
    date: entry!.date,
    text: `${Array.from({ length: 30 }, () => paragraph).join('\n\n')}\n\nIn the end a pupil drew a quincunx of counters to show why.`,
    focusChildIds: [],
  });
  // Written behind the app's back: read afresh.
  await page.reload();

  await page.getByRole('searchbox', { name: 'Search everything' }).fill('Quincunx');
  await page.getByRole('searchbox', { name: 'Search everything' }).press('Enter');
  await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().click();
  await expect(tab(page, 'Journal')).toHaveAttribute('aria-current', 'page');

  const form = page.getByRole('form', { name: /^Edit journal entry of / });
  const found = form.getByRole('region', { name: 'Found in The entry' });
  await expect(found.locator('mark')).toHaveText('quincunx');
  await expect(found.locator('mark')).toBeInViewport();
  await expect(page.locator('tr.highlight')).toBeInViewport();
  await shot(page, '9-search-found-passage');
  expect(await axeFailures(page, 'Found passage')).toEqual([]);

  // From the passage, the cursor goes to the words in the entry's own box, scrolled to them.
  await found.getByRole('button', { name: 'Show it in the field' }).click();
  const box = form.getByRole('textbox', { name: 'The entry' });
  await expect(box).toBeFocused();
  const selected = await box.evaluate((t: HTMLTextAreaElement) => ({
    words: t.value.slice(t.selectionStart, t.selectionEnd),
    // The words are in the last line: the box is scrolled to its end.
    atEnd: t.scrollTop > 0 && t.scrollTop + t.clientHeight >= t.scrollHeight - 1,
  }));
  expect(selected).toEqual({ words: 'quincunx', atEnd: true });
  await shot(page, '10-search-found-in-field');
});

test('at 200 % zoom a list shows a few rows at once, each cut to two lines', async ({ browser }) => {
  // A 1366 × 768 laptop at 200 % zoom: a window of 683 × 384 CSS pixels.
  const context = await browser.newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await openGroup(page);
  await tab(page, 'Journal').click();
  const box = page.getByRole('table', { name: 'Journal' }).locator('xpath=..');
  await box.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const wholeRowsInView = await bodyRows(page.getByRole('table', { name: 'Journal' })).evaluateAll(
    (rows) =>
      rows.filter((row) => {
        const { top, bottom } = row.getBoundingClientRect();
        return top >= 0 && bottom <= window.innerHeight;
      }).length,
  );
  expect(wholeRowsInView).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: 'test-results/lists-11-zoom-200-journal.png' });
  await context.close();
});
