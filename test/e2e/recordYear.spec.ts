import { expect, test, type Locator, type Page } from '@playwright/test';
import { createWorkGroup, serve, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 900 } });

let app: Served;
test.beforeEach(async () => {
  app = await serve();
});
test.afterEach(async () => {
  await app.stop();
});

// A 1×1 PNG: a stand-in for a photo of a pupil's work.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const form = (page: Page, name: string | RegExp) => page.getByRole('form', { name });
const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections of this Work Group' }).getByRole('link', { name, exact: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/${name}.png`, fullPage: true });

async function addSchool(page: Page, name: string, urn: string, leader: string) {
  const add = form(page, 'Add a school');
  await add.getByRole('button', { name: 'Add a new school' }).click();
  const inline = add.getByRole('group', { name: 'Add a new school' });
  await inline.getByLabel('School name').fill(name);
  await inline.getByLabel('URN').fill(urn);
  await inline.getByRole('button', { name: 'Save the new school' }).click();
  await expect(add.getByLabel('School', { exact: true })).toHaveValue(/.+/);
  await expect(add.getByLabel('School', { exact: true }).locator('option:checked')).toHaveText(name);
  await add.getByLabel("Senior leader's name").fill(leader);
  await add.getByLabel("Senior leader's role").fill('Headteacher');
  await add.getByLabel('Intended impact').fill('Teachers use the bar model consistently from Year 3 to Year 6.');
  await add.getByRole('button', { name: 'Add school' }).click();
  await expect(page.getByRole('table', { name: 'Schools and leaders' })).toContainText(name);
}

async function addFocusChild(page: Page, code: string) {
  const add = form(page, 'Add a focus child');
  await add.getByLabel('Participant').selectOption({ label: 'Asha Patel' });
  await add.getByLabel('Code').fill(code);
  await add.getByLabel('Year group').selectOption({ label: 'Year 4' });
  await add.getByLabel('Pen portrait at the start').fill(`${code} is hesitant to explain their thinking.`);
  await add.getByRole('button', { name: 'Add focus child' }).click();
}

const row = (table: Locator, text: string | RegExp) => table.getByRole('row').filter({ hasText: text });

test('a Lead records a Work Group’s year through the screens and finds it all again', async ({ page }) => {
  await app.open(page);

  // The Work Group
  await createWorkGroup(page, 'TRG-2025-11', 'Fractions in Year 4');
  await shot(page, 'record-year-1-new-work-group');

  // Overview: the umbrella question and an intended outcome
  const about = form(page, 'About this Work Group');
  await about
    .getByLabel('Umbrella research question')
    .fill('How do representations help pupils reason about fractions?');
  await about.getByRole('button', { name: 'Add outcome' }).click();
  const outcome = about.getByRole('group', { name: 'Outcome 1' });
  await outcome.getByLabel('NCETM outcome area').selectOption({ label: 'Professional Learning' });
  await outcome
    .getByLabel('Outcome', { exact: true })
    .fill('Teachers will choose representations that expose structure.');
  await about.getByRole('button', { name: 'Save changes' }).click();
  await expect(about.getByRole('status')).toHaveText(/^Changes saved\./);
  await shot(page, 'record-year-2-overview');

  // Schools and their senior leaders, each school added inline
  await tab(page, 'Schools and leaders').click();
  await addSchool(page, 'Oak Primary School', '123456', 'Mrs Jones');
  await addSchool(page, 'Elm Primary School', '', 'Mr Okafor');
  await shot(page, 'record-year-3-schools');

  // Participants, with a start self-rating
  await tab(page, 'Participants').click();
  for (const [name, school] of [
    ['Asha Patel', 'Oak Primary School'],
    ['Tom Reid', 'Elm Primary School'],
  ] as const) {
    const add = form(page, 'Add a participant');
    await add.getByLabel('Name').fill(name);
    await add.getByLabel('School').selectOption({ label: school });
    await add.getByLabel('Role').fill('Year 4 class teacher');
    // The confidence survey is folded away under More details (which stays open for the next one).
    const ratings = add.getByRole('group', { name: 'Confidence at the start of the year' });
    if (!(await ratings.isVisible())) await add.getByText('More details').click();
    await ratings.getByLabel('I am confident in my subject knowledge for the mathematics I teach.').selectOption('3');
    await add.getByRole('button', { name: 'Add participant' }).click();
    await expect(page.getByRole('table', { name: 'Participants' })).toContainText(name);
  }
  await shot(page, 'record-year-4-participants');

  // Three focus children for one participant; a fourth is refused, and so is a name
  await tab(page, 'Focus children').click();
  const children = page.getByRole('table', { name: 'Focus children' });
  for (const code of ['Y4-A', 'Y4-B', 'Y4-C']) {
    await addFocusChild(page, code);
    await expect(row(children, code)).toContainText('Asha Patel');
  }
  await addFocusChild(page, 'Y4-D');
  await expect(form(page, 'Add a focus child').getByLabel('Participant')).toHaveAccessibleDescription(
    /Already follows three focus children/,
  );
  await expect(form(page, 'Add a focus child').getByLabel('Code')).toHaveValue('Y4-D');
  await expect(children.getByRole('row')).toHaveCount(4);
  await shot(page, 'record-year-5-fourth-child-refused');
  const add = form(page, 'Add a focus child');
  await add.getByLabel('Participant').selectOption({ label: 'Tom Reid' });
  await add.getByLabel('Code').fill('Priya');
  await add.getByRole('button', { name: 'Add focus child' }).click();
  await expect(add.getByLabel('Code')).toHaveAccessibleDescription(/looks like a first name/);

  // Meetings, one with a date outside the year that the Lead confirms, and attendance
  await tab(page, 'Meetings').click();
  const addMeeting = form(page, 'Add a meeting');
  await addMeeting.getByLabel('Date', { exact: true }).fill('14/10/2025');
  await addMeeting.getByLabel('Host school').selectOption({ label: 'Oak Primary School' });
  await addMeeting.getByLabel('Notes').fill('Launch meeting: we looked at the bar model for fractions.');
  await addMeeting.getByRole('button', { name: 'Add meeting' }).click();
  const meetings = page.getByRole('table', { name: 'Meetings' });
  await expect(row(meetings, '14/10/2025')).toContainText('Autumn term');
  await addMeeting.getByLabel('Date', { exact: true }).fill('03/09/2026');
  await addMeeting.getByLabel('Kind of meeting').selectOption({ label: 'Research lesson (lesson study)' });
  await addMeeting.getByRole('button', { name: 'Add meeting' }).click();
  await expect(addMeeting.getByLabel('Date', { exact: true })).toHaveAccessibleDescription(
    /outside the group’s year 2025\/26/,
  );
  await addMeeting.getByLabel('The date is right').check();
  await addMeeting.getByRole('button', { name: 'Add meeting' }).click();
  await expect(row(meetings, '03/09/2026')).toContainText('Research lesson');
  const attended = page.getByLabel('Asha Patel attended the meeting on 14/10/2025');
  await attended.check();
  await expect(row(page.getByRole('table', { name: 'Attendance' }), 'Asha Patel')).toContainText('1 of 2');
  await page.waitForLoadState('networkidle');
  await shot(page, 'record-year-6-meetings');

  // A journal entry about Y4-A, tagged to two NCETM areas
  await tab(page, 'Journal').click();
  const addEntry = form(page, 'Add a journal entry');
  await addEntry.getByLabel('Participant').selectOption({ label: 'Asha Patel' });
  await addEntry.getByLabel('Date', { exact: true }).fill('21/10/2025');
  await addEntry
    .getByLabel('The entry')
    .fill('Y4-A explained equivalent fractions with a bar model for the first time, unprompted.');
  await addEntry.getByRole('group', { name: 'Focus children this entry is about' }).getByLabel('Y4-A').check();
  // A journal entry starts tagged as professional learning; the Lead adds pupil outcomes.
  const areas = addEntry.getByRole('group', { name: 'NCETM outcome areas' });
  await expect(areas.getByRole('button', { name: 'Professional Learning' })).toHaveAttribute('aria-pressed', 'true');
  await areas.getByRole('button', { name: 'Improving Pupil Outcomes' }).click();
  await addEntry.getByText('More details').click();
  await addEntry.getByLabel('Meeting it reflects on').selectOption({ label: '14/10/2025 – Work Group meeting' });
  await addEntry.getByRole('button', { name: 'Add journal entry' }).click();
  const journal = page.getByRole('table', { name: 'Journal' });
  await expect(row(journal, '21/10/2025')).toContainText('Improving Pupil Outcomes, Professional Learning');
  await shot(page, 'record-year-7-journal');

  // An observation of Y4-A with a measure and a photo of the work
  await tab(page, 'Focus children').click();
  await page.getByRole('link', { name: 'Open focus child Y4-A' }).click();
  const observe = form(page, 'Add an observation');
  // An observation of a focus child starts as evidence of Improving Pupil Outcomes.
  const pupilOutcomes = (within: typeof observe) =>
    within
      .getByRole('group', { name: 'NCETM outcome areas' })
      .getByRole('button', { name: 'Improving Pupil Outcomes' });
  await expect(pupilOutcomes(observe)).toHaveAttribute('aria-pressed', 'true');
  await observe.getByLabel('Date', { exact: true }).fill('04/11/2025');
  await observe.getByLabel('Kind').selectOption({ label: 'Measure' });
  await observe.getByLabel('What was observed').fill('Fractions check after the unit.');
  await observe.getByLabel('Value').fill('14');
  await observe.getByLabel('Scale').fill('out of 20');
  await observe.getByLabel('Image (optional)').setInputFiles({ name: 'work.png', mimeType: 'image/png', buffer: PNG });
  await expect(observe.getByRole('img', { name: 'The chosen image' })).toBeVisible();
  await observe.getByRole('button', { name: 'Add observation' }).click();
  const timeline = page.getByRole('list', { name: 'Timeline of Y4-A' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline).toContainText('21/10/2025 (Autumn term)');
  await expect(timeline).toContainText('04/11/2025 (Autumn term)');
  await expect(timeline).toContainText('Measure: 14 out of 20');
  await page.getByRole('button', { name: 'Edit observation of 04/11/2025' }).click();
  await expect(pupilOutcomes(form(page, 'Edit observation of 04/11/2025'))).toHaveAttribute('aria-pressed', 'true');
  await form(page, 'Edit observation of 04/11/2025').getByRole('button', { name: 'Cancel' }).click();
  await shot(page, 'record-year-8-focus-child');

  // The end of the year: edit the child's record with its end pen portrait and judgement
  await page.getByRole('button', { name: 'Edit focus child Y4-A' }).click();
  const edit = form(page, 'Edit focus child Y4-A');
  await edit.getByText('More details').click();
  await edit.getByLabel('Pen portrait at the end').fill('Y4-A now explains fractions to others.');
  await edit
    .getByRole('group', { name: 'End-of-year judgement of change' })
    .getByLabel('4 – Considerable change')
    .check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(row(children, 'Y4-A')).toContainText('4 of 5');

  // The judgement keeps the day it was recorded, which the Lead may correct
  await page.getByRole('button', { name: 'Edit focus child Y4-A' }).click();
  const judged = form(page, 'Edit focus child Y4-A');
  await expect(judged.getByLabel('Date the change was judged')).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await judged.getByLabel('Date the change was judged').fill('30/06/2026');
  await judged.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('button', { name: 'Edit focus child Y4-A' }).click();
  const corrected = form(page, 'Edit focus child Y4-A');
  await expect(corrected.getByLabel('Date the change was judged')).toHaveValue('30/06/2026');
  await expect(corrected.getByLabel('Date the end pen portrait was written')).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
  await corrected.getByRole('button', { name: 'Save changes' }).click();

  // Everything is still there after a reload
  await page.reload();
  await expect(page.getByRole('list', { name: 'Timeline of Y4-A' })).toContainText('Measure: 14 out of 20');
  await expect(page.getByRole('img', { name: /Image with the 04\/11\/2025 observation/ })).toBeVisible();
  await expect(page.getByText('Y4-A now explains fractions to others.')).toBeVisible();
  await tab(page, 'Meetings').click();
  await expect(page.getByLabel('Asha Patel attended the meeting on 14/10/2025')).toBeChecked();
  await expect(page.getByLabel('Tom Reid attended the meeting on 14/10/2025')).not.toBeChecked();
  await tab(page, 'Participants').click();
  await expect(row(page.getByRole('table', { name: 'Participants' }), 'Asha Patel')).toContainText('Y4-A, Y4-B, Y4-C');
  await tab(page, 'Schools and leaders').click();
  await expect(row(page.getByRole('table', { name: 'Schools and leaders' }), 'Oak Primary School')).toContainText(
    'Mrs Jones',
  );
  await tab(page, 'Overview').click();
  await expect(page.getByLabel('Umbrella research question')).toHaveValue(/representations help pupils/);

  // The journal entry is found through the search box
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('bar model unprompted');
  await page.getByRole('searchbox', { name: 'Search everything' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Search', level: 1 })).toBeVisible();
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await shot(page, 'record-year-9-search');
  await results.getByRole('link', { name: /Journal entry, 21\/10\/2025/ }).click();
  await expect(tab(page, 'Journal')).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('tr.highlight')).toContainText('equivalent fractions');

  // Delete the journal entry, then restore it from the Trash
  await page.getByRole('button', { name: 'Delete journal entry of 21/10/2025 by Asha Patel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'moved to the Trash' })).toBeVisible();
  await expect(page.getByText('No journal entries yet')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
  const trash = page.getByRole('table', { name: 'Trash' });
  await expect(row(trash, 'Journal entry, 21/10/2025')).toContainText('TRG-2025-11');
  await shot(page, 'record-year-10-trash');
  await page.getByRole('button', { name: /Restore Journal entry, 21\/10\/2025/ }).click();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Work Groups' }).click();
  await page.getByRole('link', { name: 'Fractions in Year 4' }).click();
  await tab(page, 'Journal').click();
  await expect(tab(page, 'Journal')).toHaveAttribute('aria-current', 'page');
  await expect(row(page.getByRole('table', { name: 'Journal' }), '21/10/2025')).toContainText('bar model');

  // The schools added inline are in the workspace's own list of schools
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schools' }).click();
  await expect(row(page.getByRole('table', { name: 'All schools' }), 'Oak Primary School')).toContainText('123456');
  await shot(page, 'record-year-12-all-schools');
});

test('a rolled-over Work Group is read-only and links to the new year', async ({ page }) => {
  await app.open(page);
  await createWorkGroup(page, 'TRG-2025-12', 'Number sense in Reception');

  const rollover = form(page, 'Roll over into 2026/27');
  await rollover.getByLabel('Code for 2026/27').fill('TRG-2026-12');
  await rollover.getByLabel('Carry focus children forward').check();
  await rollover.getByRole('button', { name: 'Roll over into 2026/27' }).click();
  await expect(page.locator('.group-meta')).toContainText('2026/27');
  await page.getByRole('link', { name: /See 2025\/26/ }).click();
  await expect(page.getByText('kept read-only for comparison')).toBeVisible();
  await expect(page.getByRole('form', { name: 'About this Work Group' })).toHaveCount(0);
  await shot(page, 'record-year-11-rolled-over');
  await page.getByRole('link', { name: /Go to 2026\/27/ }).click();
  await expect(page.locator('.group-meta')).toContainText('TRG-2026-12');
});

test('a long list draws only the rows in view, and finds the rest', async ({ page }) => {
  await app.open(page);
  await createWorkGroup(page, 'TRG-2025-13', 'Reading a lot');

  // 300 readings, added through the same contract the screens use.
  const groupId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!);
  await page.evaluate(async (workGroupId) => {
    for (let i = 1; i <= 300; i++) {
      await fetch('/api/reading.create', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ workGroupId, citation: `Paper ${String(i).padStart(3, '0')} on fractions` }),
      });
    }
  }, groupId);
  // Written behind the screens' back, as from another window: coming back to this one reads them.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));

  await tab(page, 'Readings').click();
  const readings = page.getByRole('table', { name: 'Readings' });
  await expect(page.getByRole('status').filter({ hasText: '300 readings' })).toBeVisible();
  await expect(readings).toContainText('Paper 001 on fractions');
  expect(await readings.locator('tbody tr:not(.spacer)').count()).toBeLessThan(60);
  await page.getByRole('searchbox', { name: 'Find in Readings' }).fill('paper 250');
  await expect(page.getByRole('status').filter({ hasText: '300 readings, 1 shown' })).toBeVisible();
  await expect(readings.locator('tbody tr:not(.spacer)')).toHaveCount(1);
  await expect(readings).toContainText('Paper 250 on fractions');
  // The journal's reading picker stays short too, with a filter for the rest.
  await tab(page, 'Journal').click();
  await form(page, 'Add a journal entry').getByText('More details').click();
  const picker = form(page, 'Add a journal entry').getByRole('group', { name: 'Readings it draws on' });
  await expect(picker.getByRole('checkbox')).toHaveCount(40);
  await picker.getByLabel('Filter').fill('Paper 250');
  await expect(picker.getByRole('checkbox')).toHaveCount(1);
});
