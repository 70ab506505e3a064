import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeFailures } from './axe';
import { createWorkGroup, serve, serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 768 } });

let app: Served;
test.afterEach(async () => {
  await app.stop();
});

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections of this Work Group' }).getByRole('link', { name, exact: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/entry-${name}.png` });

/** The `group` demo served, and its Work Group open at its Overview. */
async function openDemoGroup(page: Page) {
  app = await serveDemo();
  await app.open(page);
  await page.getByRole('table', { name: 'Work Groups' }).getByRole('link').first().click();
}

/** Every console error, failed page script and failed request (a 404 favicon…) from now on. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

test('a meeting’s attendance takes one action, the grid works from the keyboard, and a reading is added from the meeting form', async ({
  page,
}) => {
  await openDemoGroup(page);
  await tab(page, 'Meetings').click();
  // A whole load of the app's page, watched (the door page before it answers 401 by design).
  const problems = watchForProblems(page);
  await page.reload();
  const grid = page.getByRole('table', { name: 'Attendance' });
  await expect(grid).toBeVisible();

  // A meeting where someone was away: one click marks everyone present, and it is saved.
  const everyone = grid.locator('button.everyone:not([disabled])').first();
  const date = (await everyone.getAttribute('aria-label'))!.replace('Everyone present on ', '');
  const column = grid.getByLabel(new RegExp(`attended the meeting on ${date.replaceAll('/', '\\/')}$`));
  const people = await column.count();
  expect(people).toBeGreaterThan(1);
  await expect(column.and(page.locator(':not(:checked)')).first()).toBeVisible();
  await everyone.click();
  await expect(grid.getByRole('button', { name: `All present on ${date}` })).toBeDisabled();
  await page.reload();
  await expect(grid.getByRole('button', { name: `All present on ${date}` })).toBeDisabled();
  for (let i = 0; i < people; i++) await expect(column.nth(i)).toBeChecked();

  // One Tab stop for the grid; the arrow keys move and Space ticks.
  const cells = grid.getByRole('checkbox');
  const first = cells.first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const target = grid.locator('[data-cell="1:1"]');
  await expect(target).toBeFocused();
  const was = await target.isChecked();
  await page.keyboard.press('Space');
  await expect(target).toBeChecked({ checked: !was });
  await expect(grid.locator('input[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(target).toBeChecked({ checked: was });
  await shot(page, 'meetings-1366');
  expect(await axeFailures(page, 'meetings')).toEqual([]);

  // A reading added while recording a meeting, without leaving the form, and ticked in it.
  const meetingForm = page.getByRole('form', { name: 'Add a meeting' });
  await meetingForm.getByText(/More details.*Readings discussed/).click();
  await meetingForm.getByRole('button', { name: 'Add a new reading' }).click();
  const newReading = meetingForm.getByRole('group', { name: 'Add a new reading' });
  await expect(newReading.getByLabel('Citation')).toBeFocused();
  await page.keyboard.type('Boaler, J. (2016) Mathematical Mindsets. Jossey-Bass.');
  await newReading.getByRole('button', { name: 'Save the new reading' }).click();
  await expect(
    meetingForm.getByRole('checkbox', { name: /^Boaler, J\. \(2016\) Mathematical Mindsets/ }),
  ).toBeChecked();
  await expect(meetingForm.getByRole('button', { name: 'Add a new reading' })).toBeFocused();

  // A participant with many linked records is confirmed before going to the Trash, with the count.
  await tab(page, 'Participants').click();
  await page
    .getByRole('table', { name: 'Participants' })
    .getByRole('button', { name: /^Delete / })
    .first()
    .click();
  const confirm = page.getByRole('dialog', { name: /^Move participant .* to the Trash\?$/ });
  await expect(confirm).toContainText(
    /This participant has \d+ linked records \(\d+ focus child(ren)?, .*\)\. They go to the Trash together\./,
  );
  await shot(page, 'delete-confirm-1366');
  expect(await axeFailures(page, 'delete confirmation')).toEqual([]);
  const linked = Number(/has (\d+) linked records/.exec((await confirm.textContent())!)![1]);
  expect(linked).toBeGreaterThan(5);
  await confirm.getByRole('button', { name: `Move to the Trash with ${linked} linked records` }).click();
  await expect(confirm).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `was moved to the Trash with ${linked} linked records` }),
  ).toBeVisible();

  expect(problems).toEqual([]);
});

test('a new Work Group opens on a getting-started checklist, and the cursor follows every add', async ({ page }) => {
  app = await serve();
  await app.open(page);
  const problems = watchForProblems(page);
  await page.reload();
  await createWorkGroup(page, 'TRG-2025-41', 'Fluency in Year 2');

  const checklist = page.getByRole('region', { name: 'Getting started' });
  await expect(checklist).toContainText('6 of 6 steps still to do');
  await expect(checklist.getByRole('link', { name: 'Add the schools and their senior leaders' })).toBeVisible();
  // Rolling over belongs to the end of the year; the new group's Overview leads with the checklist.
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Getting started');
  await shot(page, 'new-group-1366');
  expect(await axeFailures(page, 'new group overview')).toEqual([]);

  // "Add a new school": the cursor goes to its first field, so what is typed lands there.
  await checklist.getByRole('link', { name: 'Add the schools and their senior leaders' }).click();
  const add = page.getByRole('form', { name: 'Add a school' });
  await add.getByRole('button', { name: 'Add a new school' }).click();
  await expect(add.getByLabel('School name')).toBeFocused();
  await page.keyboard.type('Willow Test Primary');
  await add.getByRole('button', { name: 'Save the new school' }).click();
  await expect(add.getByLabel('School', { exact: true }).locator('option:checked')).toHaveText('Willow Test Primary');
  await add.getByRole('button', { name: 'Add school' }).click();
  await expect(page.getByRole('table', { name: 'Schools and leaders' })).toContainText('Willow Test Primary');
  // Ready for the next one.
  await expect(add.getByLabel('School', { exact: true })).toBeFocused();

  await tab(page, 'Overview').click();
  await expect(page.getByRole('region', { name: 'Getting started' })).toContainText('5 of 6 steps still to do');

  // From the Work Groups heading, one Tab and Enter reach the new Work Group's first field.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work Groups' }).click();
  await expect(page.getByRole('heading', { name: 'Work Groups', level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'create a new Work Group' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Code')).toBeFocused();

  expect(problems).toEqual([]);
});

test('a run of observations is typed row by row, each row checked, and saved in one action', async ({ page }) => {
  await openDemoGroup(page);
  await tab(page, 'Focus children').click();
  const run = page.getByRole('region', { name: 'Record a run of observations' });
  const grid = run.getByRole('table', { name: 'Observations to record' });
  const code = (await grid.getByLabel('Focus child, row 1').locator('option').nth(1).textContent())!;

  await grid.getByLabel('Focus child, row 1').selectOption({ label: code });
  await grid.getByLabel('Date, row 1').fill('12/03/2026');
  await grid.getByLabel('What was observed, row 1').fill('Compared 3/4 and 2/3 with a bar model, unprompted.');
  // Enter goes to a new row, which carries the child, date and kind down.
  await page.keyboard.press('Enter');
  await expect(grid.getByLabel('What was observed, row 2')).toBeFocused();
  await expect(grid.getByLabel('Date, row 2')).toHaveValue('12/03/2026');
  await page.keyboard.type('Explained why the larger denominator gives smaller parts.');
  await grid.getByLabel('Kind, row 2').selectOption({ label: 'Measure' });
  await grid.getByLabel('Value, row 2').fill('15');
  await run.getByRole('button', { name: 'Save these observations' }).click();

  // The measure has no scale: the row says so, the cursor goes there, and nothing is saved.
  await expect(run.getByRole('alert')).toHaveText('Some rows need attention. Each problem is shown in its row.');
  const scale = grid.getByLabel('Scale, row 2');
  await expect(scale).toBeFocused();
  await expect(scale).toHaveAccessibleDescription(/A measure needs its scale/);
  await shot(page, 'observation-run-1366');
  expect(await axeFailures(page, 'observation run')).toEqual([]);

  await scale.fill('out of 20');
  await run.getByRole('button', { name: 'Save these observations' }).click();
  await expect(run.getByRole('status')).toHaveText('Saved 2 observations.');
  await expect(grid.getByLabel('What was observed, row 1')).toHaveValue('');
  await page.getByRole('link', { name: `Open focus child ${code}` }).click();
  const timeline = page.getByRole('list', { name: `Timeline of ${code}` });
  await expect(timeline).toContainText('Compared 3/4 and 2/3 with a bar model, unprompted.');
  await expect(timeline).toContainText('Measure: 15 out of 20');
});

/** Whether the element shows whole inside its table's box, without scrolling the table sideways. */
const wholeInTable = (element: Locator) =>
  element.evaluate((el) => {
    const table = el.closest('.table-wrap')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return box.left >= table.left && box.right <= table.right + 0.5;
  });

/** Whether a column's heading shows whole in its list, clear of the row's buttons kept in view at its right. */
const headingClear = (list: Locator, name: string) =>
  list.getByRole('columnheader', { name }).evaluate((th) => {
    const wrap = th.closest('.table-wrap')!.getBoundingClientRect();
    const buttons = th.closest('table')!.querySelector('td.actions')?.getBoundingClientRect();
    const box = th.getBoundingClientRect();
    return box.left >= wrap.left && box.right <= (buttons?.left ?? wrap.right) + 0.5;
  });

/** How many lines the links of a bar take. */
const linesOf = (bar: Locator) =>
  bar.getByRole('link').evaluateAll((links) => new Set(links.map((link) => link.getBoundingClientRect().top)).size);

test('the screens hold at 1024 px, 1366 px and 200 % zoom', async ({ page }) => {
  await openDemoGroup(page);
  const group = page.url();
  const at = (screen: string) => page.goto(group.replace(/\/overview$/, `/${screen}`));
  const menu = page.getByRole('navigation', { name: 'Main' });
  const tabs = page.getByRole('navigation', { name: 'Sections of this Work Group' });
  // 200 % zoom of a 1366 × 768 screen lays the page out in 683 × 384 CSS pixels.
  for (const [name, width, height] of [
    ['1024', 1024, 768],
    ['1366', 1366, 768],
    ['zoom-200', 683, 384],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const screen of ['overview', 'participants', 'meetings', 'journal', 'evaluation']) {
      await at(screen);
      await expect(tabs).toBeVisible();
      // Nothing wider than the window: no sideways scrolling of the page itself.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await linesOf(menu), `the menu at ${name}`).toBe(1);
      // Every tab in sight, none scrolled sideways out of it: on one line on a laptop, wrapped where narrower.
      expect(await tabs.evaluate((bar) => bar.scrollWidth <= bar.clientWidth), `the tabs at ${name}`).toBe(true);
      const tabRight = await tabs.evaluate((bar) => bar.getBoundingClientRect().right);
      for (const right of await tabs
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().right)))
        expect(right).toBeLessThanOrEqual(tabRight + 0.5);
      if (name === '1366') expect(await linesOf(tabs), 'the tabs at 1366').toBe(1);
      await page.screenshot({ path: `test-results/entry-${screen}-${name}.png`, fullPage: true });
    }
    const participants = page.getByRole('table', { name: 'Participants' });
    await at('participants');
    expect(await wholeInTable(participants.getByRole('button', { name: /^Delete / }).first())).toBe(true);

    // The journal's headings are not hidden under its rows' buttons, which are whole in view.
    await at('journal');
    const journal = page.getByRole('table', { name: 'Journal' });
    for (const heading of ['Date', 'Participant', 'Entry'])
      expect(await headingClear(journal, heading), `${heading} at ${name}`).toBe(true);
    expect(await wholeInTable(journal.getByRole('button', { name: /^Delete / }).first())).toBe(true);
    // Edit opens the entry's form where it is seen (below the list in a narrow window), the cursor in it.
    await journal
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    const edit = page.getByRole('form', { name: /^Edit journal entry of / });
    await expect(edit.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
    await expect(edit.getByLabel('Participant')).toBeFocused();
    await expect(edit.getByLabel('Participant')).toBeInViewport();
    await page.screenshot({ path: `test-results/entry-journal-edit-${name}.png` });

    // A focus child's observations: their buttons whole in view.
    await at('focus-children');
    await page
      .getByRole('link', { name: /^Open focus child / })
      .first()
      .click();
    const observations = page.getByRole('table', { name: /^Observations of / });
    expect(await headingClear(observations, 'What was observed'), `observations at ${name}`).toBe(true);
    expect(await wholeInTable(observations.getByRole('button', { name: /^Delete / }).first())).toBe(true);

    // Each indicator's evidence is in sight, its table not scrolled sideways.
    await at('evaluation');
    for (const table of await page.getByRole('table', { name: /^Indicators for / }).all())
      expect(await wholeInTable(table.getByRole('columnheader', { name: 'Evidence' })), `evidence at ${name}`).toBe(
        true,
      );

    await page.goto(`${app.url}#/`);
    expect(await wholeInTable(page.getByRole('button', { name: /^Archive / }).first())).toBe(true);
    await page.screenshot({ path: `test-results/entry-work-groups-${name}.png`, fullPage: true });
  }
});

test('on a 1366 × 768 screen a save’s message, a long form’s button and a found record’s heading are in view', async ({
  page,
}) => {
  await openDemoGroup(page);

  // Saved from the foot of a long form: the message and its Undo at the top, beside the cursor, in view.
  await tab(page, 'Journal').click();
  const add = page.getByRole('form', { name: 'Add a journal entry' });
  // There before anything is said, so that a screen reader announces what it comes to say.
  await expect(add.getByRole('status')).toHaveText('');
  await add.getByLabel('Participant').selectOption({ index: 1 });
  await add.getByLabel('Date', { exact: true }).fill('12/03/2026');
  await add.getByLabel('The entry').fill('Counting in fives along a number line, then back again.');
  await add.getByRole('button', { name: 'Add journal entry' }).click();
  const saved = add.getByRole('status');
  await expect(saved).toHaveText(/^Journal entry added\./);
  await expect(saved).toBeInViewport({ ratio: 1 });
  await expect(saved.getByRole('button', { name: 'Undo' })).toBeInViewport();
  await expect(add.getByLabel('Participant')).toBeFocused();
  await expect(add.getByLabel('Participant')).toBeInViewport();
  await shot(page, 'journal-saved-1366');

  // The school and the cycle forms, as they open, fit one screen: with the heading at the top, the button is in view.
  for (const [section, form, button] of [
    ['Schools and leaders', 'Add a school', 'Add school'],
    ['Action research', 'Add an action-research cycle', 'Add action-research cycle'],
  ] as const) {
    await tab(page, section).click();
    const add = page.getByRole('form', { name: form });
    await add.getByRole('heading', { level: 2 }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect(add.getByRole('button', { name: button })).toBeInViewport({ ratio: 1 });
    await shot(page, `${section === 'Action research' ? 'cycle' : 'school'}-form-1366`);
  }

  // A record opened from a search: its heading whole in view, and its row highlighted in view beside it.
  for (const [kind, name] of [
    [/^Journal entries/, 'journal'],
    [/^Observations/, 'observation'],
  ] as const) {
    await page.getByRole('searchbox', { name: 'Search everything' }).fill('reasoning');
    await page.getByRole('searchbox', { name: 'Search everything' }).press('Enter');
    await page.getByRole('radio', { name: kind }).check();
    await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('listitem')
      // One of the model group's (the demo's other groups are a year rolled over and the year after it).
      .filter({ hasText: '· TRG-2025-01 ·' })
      .nth(5)
      .getByRole('link')
      .first()
      .click();
    const opened = page.getByRole('form', { name: /^Edit / });
    await expect(
      opened
        .getByRole('region', { name: /^Found in / })
        .locator('mark')
        .first(),
    ).toBeInViewport();
    await expect(opened.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
    await expect(page.locator('tr.highlight')).toBeInViewport();
    await shot(page, `search-opened-${name}-1366`);
  }
});
