import { expect, test, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { axeFailures } from './axe';
import { serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });

const GROUP = 'Talking mathematics: reasoning and stem sentences';

let app: Served;
// Each test gets a fresh demo workspace, made as a user would make one.
test.beforeEach(async () => {
  app = await serveDemo();
});
test.afterEach(async () => {
  await app.stop();
});

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: `test-results/evaluation-${name}.png`, fullPage });
const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections of this Work Group' }).getByRole('link', { name, exact: true });

async function openGroup(page: Page) {
  await app.open(page);
  await page.getByRole('link', { name: GROUP }).click();
  await expect(page.getByRole('heading', { name: GROUP, level: 1 })).toBeVisible();
}

async function openEvaluation(page: Page) {
  await openGroup(page);
  await tab(page, 'Evaluation').click();
  await expect(page.getByRole('heading', { name: 'How the year measures up' })).toBeVisible();
}

/** Clicks an export button and waits for the file, going on past the dialogs (still to complete, the check) if they show. */
async function exported(page: Page, button: string): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog').first();
  for (;;) {
    const shown = await Promise.race([
      download.then(() => false),
      dialog.waitFor().then(
        () => true,
        () => false,
      ),
    ]);
    if (!shown) return download;
    const name = (await dialog.getByRole('heading').first().textContent())!;
    await dialog.getByRole('button', { name: 'Export anyway' }).click();
    await expect(page.getByRole('dialog', { name })).toHaveCount(0);
  }
}

/** The text of a downloaded Word document, after checking it is a real .docx. */
async function documentXml(download: Download): Promise<string> {
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const xml = await zip.file('word/document.xml')?.async('string');
  expect(xml, 'word/document.xml is in the file').toBeTruthy();
  return xml!;
}

test('the Evaluation tab shows the DfE matrix, the NCETM areas, the gaps and the charts of the demo', async ({
  page,
}) => {
  await openEvaluation(page);
  const standard = page.getByRole('region', { name: '1. Focus on improving and evaluating pupil outcomes' });
  await expect(standard).toBeVisible();
  const indicators = standard.getByRole('table', { name: /Indicators for 1\./ });
  const row = indicators.getByRole('row').filter({ hasText: 'Focus children with a pen portrait' });
  await expect(row).toContainText('100%');
  await expect(row).toContainText('Met');
  // Status in words, never by colour alone
  await expect(page.getByRole('region', { name: '5. Prioritised by school leadership' })).toContainText('Partly met');

  // NCETM's four evaluation questions, drafted by the same evaluation as the report's
  const questions = page.getByRole('region', { name: 'NCETM’s four evaluation questions' });
  for (const question of ['Did this work?', 'How do we know?', 'Should it be repeated or scaled?']) {
    await expect(questions.getByRole('heading', { name: question })).toBeVisible();
  }
  await expect(questions).toContainText('of the five standards');

  // The evidence behind an indicator links to its record
  await row.getByText('42 records').click();
  await row.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/work-groups\/[^/]+\/focus-children\/[^/]+$/);
  await expect(page.getByRole('heading', { name: /^Focus child / })).toBeVisible();
  await page.goBack();

  // The areas, with self-ratings and quotes
  const learning = page.getByRole('region', { name: 'Professional Learning', exact: true });
  await expect(learning.getByRole('table', { name: 'Participants’ self-ratings' })).toBeVisible();
  await expect(learning).toContainText('Intended outcomes');

  // The charts: a title and words for screen readers each, and no animation
  const charts = page.locator('figure.chart-figure');
  await expect(charts).toHaveCount(5);
  await expect(page.getByRole('img', { name: 'Attendance by meeting' })).toHaveAccessibleDescription(
    /Attendance by meeting: 5 meetings\./,
  );
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PNG: Attendance by meeting' }).click();
  expect((await png).suggestedFilename()).toBe('trg-2025-01-attendance-by-meeting.png');

  // A full-page screenshot stretches the window for a moment, so the charts are taken first.
  await page.locator('canvas').first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await shot(page, '2-charts', false);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, '1-tab');
});

test('a gap goes once the missing record is entered through the screens', async ({ page }) => {
  await openEvaluation(page);
  const gaps = page.getByRole('list', { name: 'Gaps in the evidence' });
  const gap = gaps.getByRole('listitem').filter({ hasText: 'no leaders’ end-of-year evaluation' });
  await expect(gap).toContainText('Wafflebury Park Junior School');
  await gap.getByRole('link', { name: 'Wafflebury Park Junior School' }).click();

  // The link opens the school on the Schools and leaders tab; the Lead records the evaluation.
  const schools = page.getByRole('table', { name: 'Schools and leaders' });
  await schools.getByRole('button', { name: 'Edit school Wafflebury Park Junior School' }).click();
  const edit = page.getByRole('form', { name: /Edit school Wafflebury Park Junior School/ });
  // The end of the year may be folded away (open when the school has other later details), and the fold names it.
  const evaluation = edit.getByLabel("Leader's end-of-year evaluation");
  if (!(await evaluation.isVisible())) await edit.getByText(/More details.*Leader's end-of-year evaluation/).click();
  await evaluation.fill('Reasoning in Years 3 and 4 is much stronger; stem sentences are now used in every class.');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();

  await tab(page, 'Evaluation').click();
  await expect(page.getByRole('heading', { name: 'How the year measures up' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Gaps in the evidence' })).not.toContainText(
    'no leaders’ end-of-year evaluation',
  );
  const leadership = page.getByRole('region', { name: '5. Prioritised by school leadership' });
  await expect(
    leadership.getByRole('row').filter({ hasText: 'Schools with leaders’ end-of-year evaluation' }),
  ).toContainText('Met');
});

test('a judgement is saved and is still there after a reload', async ({ page }) => {
  await openEvaluation(page);
  const form = page.getByRole('form', { name: 'Lead’s judgement: 2. Underpinned by robust evidence and expertise' });
  await form.getByRole('radio', { name: /Green/ }).check();
  await form.getByLabel('Narrative').fill('Ten readings were discussed, and most journals draw on one.');
  await form.locator('summary', { hasText: 'Supporting evidence' }).click();
  await form.getByRole('button', { name: /^Add / }).first().click();
  await expect(form.getByText('Supporting evidence (1 chosen')).toBeVisible();
  await form.getByRole('button', { name: 'Save judgement' }).click();
  await expect(form.getByRole('status')).toHaveText('Your judgement is saved (Green).');
  await form.scrollIntoViewIfNeeded();
  await shot(page, '3-judgement', false);

  await page.reload();
  const again = page.getByRole('form', { name: 'Lead’s judgement: 2. Underpinned by robust evidence and expertise' });
  await expect(again.getByRole('radio', { name: /Green/ })).toBeChecked();
  await expect(again.getByLabel('Narrative')).toHaveValue(
    'Ten readings were discussed, and most journals draw on one.',
  );
  await expect(again.getByText('Supporting evidence (1 chosen')).toBeVisible();
  await expect(page.getByText('Lead’s judgements given', { exact: true }).locator('..')).toContainText('1 of 9');
  // Beside the computed status at the top, labelled as the Lead's
  const card = page
    .getByRole('region', { name: 'DfE Standard' })
    .getByRole('listitem')
    .filter({ hasText: '2. Underpinned' });
  await expect(card).toContainText('Met');
  await expect(card).toContainText('Lead’s judgement: Green');
});

test('supporting evidence is found by its title, date and kind, and what is chosen can be taken out', async ({
  page,
}) => {
  await openEvaluation(page);
  const form = page.getByRole('form', { name: 'Lead’s judgement: Improving Pupil Outcomes' });
  await form.locator('summary', { hasText: 'Supporting evidence' }).click();
  const results = form.getByRole('table', { name: 'Evidence to choose from for Improving Pupil Outcomes' });
  // Narrowed to one kind of record, then by a date typed as a teacher writes it
  await form.getByLabel('Kind of record').selectOption('observation');
  expect(new Set(await results.locator('tbody td:nth-child(2)').allTextContents())).toEqual(new Set(['Observation']));
  const first = results.getByRole('row').nth(1);
  const date = (await first.locator('td').nth(1).textContent())!;
  expect(date).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  await form.getByLabel('Find evidence').fill(date);
  for (const cell of await results.locator('tbody td:nth-child(3)').allTextContents()) expect(cell).toBe(date);
  const title = (await results.locator('tbody th').first().textContent())!;
  await results.getByRole('button', { name: `Add ${title}` }).click();

  const chosen = form.getByRole('list', { name: 'Chosen (1)' });
  await expect(chosen).toContainText(title);
  await expect(results).not.toContainText(title);
  await chosen.getByRole('button', { name: `Take out ${title}` }).click();
  await expect(form.getByText('Nothing chosen yet.')).toBeVisible();
  await form.getByLabel('Find evidence').fill('nothing is called this');
  await expect(form.getByText('Nothing else matches.')).toBeVisible();
});

test('a standard’s supporting evidence is listed with each record’s date, as an area’s is', async ({ page }) => {
  await openEvaluation(page);
  const standard = '4. Sustained over time';
  const form = page.getByRole('form', { name: `Lead’s judgement: ${standard}` });
  await form.locator('summary', { hasText: 'Supporting evidence' }).click();
  const results = form.getByRole('table', { name: `Evidence to choose from for ${standard}` });
  // The list box is in the page's own type, as the search box is, not the browser's smaller one.
  const fontSize = (label: string) => form.getByLabel(label).evaluate((box) => getComputedStyle(box).fontSize);
  expect(await fontSize('Kind of record')).toBe(await fontSize('Find evidence'));
  for (const kind of ['meeting', 'journalEntry', 'observation', 'actionResearchCycle']) {
    await form.getByLabel('Kind of record').selectOption(kind);
    const dates = await results.locator('tbody td:nth-child(3)').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  }
});

test('the first screen of the Evaluation tab names every standard and area with its status and links to it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openEvaluation(page);
  const standards = page.getByRole('region', { name: 'DfE Standard' });
  const areas = page.getByRole('region', { name: 'NCETM outcome areas', exact: true });
  const names = [
    [standards, '1. Focus on improving and evaluating pupil outcomes'],
    [standards, '2. Underpinned by robust evidence and expertise'],
    [standards, '3. Includes collaboration and expert challenge'],
    [standards, '4. Sustained over time'],
    [standards, '5. Prioritised by school leadership'],
    [areas, 'Improving Pupil Outcomes'],
    [areas, 'Professional Learning'],
    [areas, 'Practice Development'],
    [areas, 'School Policy and Approaches'],
  ] as const;
  for (const [region, name] of names) {
    const card = region.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(card).toBeInViewport({ ratio: 1 });
    await expect(card.locator('.status-badge')).toHaveText(/Met|Partly met|Not yet/);
    await expect(card).toContainText('Lead’s judgement:');
  }
  // The demo's school policy evidence is undated schools' records, so the area is partly met
  await expect(areas.getByRole('listitem').filter({ hasText: 'School Policy' })).toContainText('Partly met');
  await shot(page, '0-at-a-glance', false);

  // Each name opens its detail, with the checks the area's status is read from
  await areas.getByRole('link', { name: 'Practice Development' }).click();
  const detail = page.getByRole('heading', { name: 'Practice Development', level: 3 }).last();
  await expect(detail).toBeFocused();
  await expect(detail).toBeInViewport();
  await expect(page.getByRole('table', { name: 'What the status of Practice Development is read from' })).toContainText(
    'Terms with tagged evidence',
  );
});

test('a saved chart carries its caption: n, which Work Group and the dates', async ({ page }) => {
  await openEvaluation(page);
  const figure = page
    .locator('figure.chart-figure')
    .filter({ has: page.getByRole('img', { name: 'Attendance by meeting' }) });
  await expect(figure.locator('.chart-caption')).toHaveText(
    /^n = 5 meetings, 14 participants · TRG-2025-01 Talking mathematics: reasoning and stem sentences · as of \d\d\/\d\d\/\d{4} · saved \d\d\/\d\d\/\d{4}$/,
  );
  const download = page.waitForEvent('download');
  await figure.getByRole('button', { name: 'Save as SVG: Attendance by meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check before exporting' });
  const file = await Promise.race([download, dialog.waitFor().then(() => undefined)]);
  if (!file) await dialog.getByRole('button', { name: 'Export anyway' }).click();
  const svg = readFileSync((await (file ?? (await download)).path())!, 'utf8');
  expect(svg).toContain('n = 5 meetings, 14 participants · TRG-2025-01');
});

test('the hub view rolls the group up and exports a hub summary and slides', async ({ page }) => {
  await app.open(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hub view' }).click();
  await expect(page.getByRole('heading', { name: 'Hub view', level: 1 })).toBeVisible();
  const groups = page.getByRole('table', { name: 'Work Groups side by side' });
  await expect(groups).toContainText(GROUP);
  await expect(page.getByRole('region', { name: '1. Focus on improving and evaluating pupil outcomes' })).toContainText(
    'Pooled figure',
  );
  await page.getByLabel('Academic year').selectOption('2025/26');
  await expect(groups).toContainText(GROUP);
  await expect(page.locator('figure.chart-figure')).toHaveCount(6);
  await shot(page, '4-hub');

  expect(await documentXml(await exported(page, 'Hub summary (Word)'))).toContain('Work Groups 2025/26');
  expect((await exported(page, 'Hub slides (PowerPoint)')).suggestedFilename()).toMatch(/^hub-slides-.+\.pptx$/);

  await groups.getByRole('link', { name: GROUP }).click();
  await expect(page.getByRole('heading', { name: 'How the year measures up' })).toBeVisible();
});

test('the end-of-year report and the slides download as real Word and PowerPoint files', async ({ page }) => {
  await openEvaluation(page);
  const file = await exported(page, 'End-of-year report (Word)');
  expect(file.suggestedFilename()).toBe('evaluation-report-TRG-2025-01.docx');
  expect(await documentXml(file)).toContain('End-of-year evaluation: Talking mathematics');
  await expect(
    page.getByRole('status').filter({ hasText: 'Exported “evaluation-report-TRG-2025-01.docx”' }),
  ).toBeVisible();

  const deck = await exported(page, 'Slides (PowerPoint)');
  expect(deck.suggestedFilename()).toBe('slides-TRG-2025-01.pptx');
  const zip = await JSZip.loadAsync(readFileSync((await deck.path())!));
  expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/).length).toBeGreaterThanOrEqual(13);
  expect(zip.file(/^ppt\/media\/.*\.png$/).length).toBeGreaterThanOrEqual(9);
});

test('a case study naming a teacher is flagged, and "Replace in this export only" takes the name out', async ({
  page,
}) => {
  await openGroup(page);
  await tab(page, 'Focus children').click();
  await page.getByRole('link', { name: 'Open focus child Y2-A01' }).click();
  await expect(page.getByRole('heading', { name: 'Focus child Y2-A01' })).toBeVisible();

  // An observation that names a teacher of the group
  const add = page.getByRole('form', { name: 'Add an observation' });
  await add.getByLabel('Date', { exact: true }).fill('10/03/2026');
  await add
    .getByLabel('What was observed')
    .fill('Talked the problem through with Ms Jinglewick and explained it well.');
  await add.getByRole('button', { name: 'Add observation' }).click();
  await expect(page.getByRole('table', { name: 'Observations of Y2-A01' })).toContainText('Ms Jinglewick');

  await page.getByRole('button', { name: 'Case study (Word)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check before exporting' });
  await expect(dialog).toBeVisible();
  const finding = dialog.getByRole('listitem').filter({ hasText: 'Talked the problem through' });
  await expect(finding).toContainText('Name of a teacher or leader');
  await expect(finding.locator('mark')).toHaveText('Ms Jinglewick');
  await expect(finding.getByRole('link', { name: 'Find “Ms Jinglewick” in the workspace' })).toHaveAttribute(
    'href',
    /#\/search\?q=Ms\+Jinglewick/,
  );
  await expect(dialog.getByLabel('Replace “Ms Jinglewick” with')).toHaveValue('[name]');
  await shot(page, '5-findings', false);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Replace in this export only' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('case-study-Y2-A01.docx');
  const xml = await documentXml(file);
  expect(xml).toContain('Focus child case study: Y2-A01');
  expect(xml).toContain('Talked the problem through with [name]');
  expect(xml).not.toContain('Jinglewick');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Exported “case-study-Y2-A01.docx”' })).toBeVisible();
  // The workspace itself is unchanged
  await expect(page.getByRole('table', { name: 'Observations of Y2-A01' })).toContainText('Ms Jinglewick');
});

test('all case studies of the group download as one .zip, with a progress bar', async ({ page }) => {
  await openEvaluation(page);
  const batch = page.getByRole('group', { name: 'All case studies of this Work Group' });
  await batch.getByLabel('Include case studies that may name someone').check();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await batch.getByRole('button', { name: 'Export all case studies (.zip)' }).click();
  await expect(batch.getByRole('progressbar')).toBeVisible();
  await expect(batch.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await batch.scrollIntoViewIfNeeded();
  await shot(page, '6-batch-progress', false);
  const file = await download;
  expect(file.suggestedFilename()).toBe('case-studies-TRG-2025-01.zip');
  const zip = await JSZip.loadAsync(readFileSync((await file.path())!));
  const names = Object.keys(zip.files);
  expect(names).toHaveLength(42);
  expect(names).toContain('case-study-Y2-A01.docx');
  await expect(batch.getByRole('status')).toContainText('It holds 42 case studies.');
});

test('an action-research write-up downloads from the list of participants', async ({ page }) => {
  await openGroup(page);
  await tab(page, 'Participants').click();
  const participants = page.getByRole('table', { name: 'Participants' });
  await expect(page.getByLabel('Show the school and teachers’ names in action-research write-ups')).not.toBeChecked();
  await shot(page, '7-participants', false);
  const download = page.waitForEvent('download');
  await participants.getByRole('button', { name: 'Action-research write-up (Word) for Ms Jinglewick' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check before exporting' });
  await Promise.race([download, dialog.waitFor()]);
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Export anyway' }).click();
  const xml = await documentXml(await download);
  expect(xml).toContain('Action research write-up');
  // The teacher's name stays out unless the Lead chooses to show it
  expect(xml).not.toContain('Jinglewick');
});

test.describe('the hub view of 40 Work Groups (with 3 of last year and a community’s second year)', () => {
  test.beforeEach(async () => {
    await app.stop();
    app = await serveDemo(undefined, 'hub');
  });

  test('sorts the side-by-side table by a named column and stays clean for axe', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.open(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hub view' }).click();
    const table = page.getByRole('table', { name: 'Work Groups side by side' });
    // Every Work Group in one table, not a page of 25; only the rows in view are drawn
    // The heading row, this year's 40 Work Groups and the 3 of last year rolled over into this one, and a community's second year.
    await expect(table).toHaveAttribute('aria-rowcount', '45');
    expect(await table.locator('tbody tr:not(.spacer)').count()).toBeLessThan(40);
    for (const heading of [
      '1. Pupil outcomes',
      '5. School leadership',
      'School Policy and Approaches',
      'Lead’s judgements',
      'Attendance',
      'High-priority gaps',
    ]) {
      await expect(table.getByRole('columnheader', { name: heading })).toBeVisible();
    }
    const attendance = async () =>
      (await table.locator('tbody tr td:nth-child(13)').allTextContents())
        .map((t) => Number(t.replace('%', '')))
        // Kinds of PD with no meetings (targeted support) have no attendance: "–".
        .filter((n) => !Number.isNaN(n));
    const header = table.getByRole('columnheader', { name: 'Attendance' });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const high = await attendance();
    expect(high).toEqual([...high].sort((a, b) => b - a));
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const low = await attendance();
    expect(low).toEqual([...low].sort((a, b) => a - b));
    expect(low[0]).toBeLessThan(high[0]!);

    // Sorted by a standard, met first
    const leadership = table.getByRole('columnheader', { name: '5. School leadership' });
    await leadership.getByRole('button').click();
    const leadershipStatuses = () => table.locator('tbody tr td:nth-child(7) .status-badge').allTextContents();
    const notMet = (statuses: string[]) => statuses.map((s) => (/^\W*Met$/.test(s) ? 0 : 1));
    // Only the rows in view are drawn: those show every Met before anything else, and the other way round.
    const metFirst = notMet(await leadershipStatuses());
    expect(metFirst[0]).toBe(0);
    expect(metFirst).toEqual([...metFirst].sort());
    await leadership.getByRole('button').click();
    await expect(leadership).toHaveAttribute('aria-sort', 'ascending');
    expect(notMet(await leadershipStatuses())[0]).toBe(1);

    await expect(page.getByRole('img', { name: 'Attendance by Work Group' })).toBeAttached();
    await expect(page.getByRole('img', { name: 'DfE standards and NCETM areas met by Work Group' })).toBeAttached();
    await table.scrollIntoViewIfNeeded();
    await shot(page, '8-hub-table', false);
    expect(await axeFailures(page, 'hub view of 40')).toEqual([]);
  });
});
