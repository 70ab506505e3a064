import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeFailures } from './axe';
import { callApi, serve, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 768 } });

const PRIMARY_MASTERY_PROJECT_ID = '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e01';
const QUESTION = 'How does rehearsing stem sentences change the way pupils explain';
const ENTRY = 'Pupils compared fractions with bar models and began to';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/${name}.png` });
const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections of this Work Group' }).getByRole('link', { name, exact: true });

/** Whether the whole of an element is on the screen. */
async function inViewport(page: Page, element: Locator) {
  const box = (await element.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
}

/** A Work Group with one school and two participants, made through the contract. */
async function groupWithParticipants(page: Page) {
  const group = await callApi(page, 'workGroup.create', {
    code: 'TRG-2026-07',
    name: 'Stem sentences in Year 4',
    academicYear: '2026/27',
    projectId: PRIMARY_MASTERY_PROJECT_ID,
    leadName: 'Ms Example Lead',
  });
  const school = await callApi(page, 'school.create', { name: 'Larkfield Test Primary', phase: 'primary', urn: '' });
  await callApi(page, 'schoolParticipation.create', { workGroupId: group.id, schoolId: school.id });
  for (const name of ['Ms Invented Teacher', 'Mr Invented Colleague'])
    await callApi(page, 'participant.create', { workGroupId: group.id, schoolId: school.id, name, role: 'Teacher' });
  return group.id;
}

/** `wge serve` on a new workspace with such a group, opened at one of its tabs; stopped after `body`. */
async function onGroupTab(page: Page, tabSlug: string, body: () => Promise<void>) {
  const app = await serve();
  try {
    await app.open(page);
    const groupId = await groupWithParticipants(page);
    await page.goto(`${app.url}#/work-groups/${groupId}/${tabSlug}`);
    await body();
  } finally {
    await app.stop();
  }
}

/** The words still in both forms, each marked as a draft. */
async function expectDrafts(page: Page, app: Served, groupId: string) {
  await page.goto(`${app.url}#/work-groups/${groupId}/overview`);
  const about = page.getByRole('form', { name: 'About this Work Group' });
  await expect(about.getByLabel('Umbrella research question')).toHaveValue(QUESTION);
  await expect(about.getByText('Draft — not saved yet')).toBeVisible();
  await tab(page, 'Journal').click();
  const add = page.getByRole('form', { name: 'Add a journal entry' });
  await expect(add.getByLabel('The entry')).toHaveValue(ENTRY);
  await expect(add.getByLabel('Date', { exact: true })).toHaveValue('3 Feb 27');
  await expect(add.getByText('Draft — not saved yet')).toBeVisible();
}

test('words typed and not saved survive a change of tab, a reload and a restart of wge serve', async ({ page }) => {
  const folder = mkdtempSync(join(tmpdir(), 'wge-e2e-drafts-'));
  const db = join(folder, 'drafts.wgdb');
  let app = await serve(db);
  try {
    await app.open(page);
    const groupId = await groupWithParticipants(page);
    await page.goto(`${app.url}#/work-groups/${groupId}/overview`);

    const about = page.getByRole('form', { name: 'About this Work Group' });
    await about.getByLabel('Umbrella research question').fill(QUESTION);
    await expect(about.getByText('Draft — not saved yet')).toBeVisible();
    await tab(page, 'Journal').click();
    const add = page.getByRole('form', { name: 'Add a journal entry' });
    await add.getByLabel('The entry').fill(ENTRY);
    await add.getByLabel('Date', { exact: true }).fill('3 Feb 27');
    await expect(add.getByText('Draft — not saved yet')).toBeVisible();
    await shot(page, 'drafts-1-journal-draft');
    expect(await axeFailures(page, 'journal form with a draft')).toEqual([]);

    // A change of tab and back.
    await tab(page, 'Meetings').click();
    await expect(page.getByRole('form', { name: 'Add a meeting' })).toBeVisible();
    await expectDrafts(page, app, groupId);

    // A reload.
    await page.reload();
    await expectDrafts(page, app, groupId);

    // A restart of wge serve on the same workspace.
    await app.stop();
    app = await serve(db);
    await app.open(page);
    await expectDrafts(page, app, groupId);

    // Saving the entry (its date read as 3 February 2027) removes its draft; discarding the other removes that one.
    await add.getByLabel('Participant').selectOption({ label: 'Ms Invented Teacher' });
    await add.getByRole('button', { name: 'Add journal entry' }).click();
    await expect(add.getByRole('status')).toHaveText(/^Journal entry added\./);
    await expect(page.getByRole('table', { name: 'Journal' })).toContainText('03/02/2027');
    await expect(add.getByText('Draft — not saved yet')).toHaveCount(0);
    await tab(page, 'Overview').click();
    const aboutAgain = page.getByRole('form', { name: 'About this Work Group' });
    await aboutAgain.getByRole('button', { name: 'Discard' }).click();
    await expect(aboutAgain.getByLabel('Umbrella research question')).toHaveValue('');
    await page.reload();
    await expect(
      page.getByRole('form', { name: 'About this Work Group' }).getByLabel('Umbrella research question'),
    ).toHaveValue('');
    await tab(page, 'Journal').click();
    await expect(page.getByRole('form', { name: 'Add a journal entry' }).getByLabel('The entry')).toHaveValue('');
  } finally {
    await app.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a refused save puts the focus and the message on screen', async ({ page }) => {
  await onGroupTab(page, 'focus-children', async () => {
    const add = page.getByRole('form', { name: 'Add a focus child' });
    const participant = add.getByLabel('Participant');
    const code = add.getByLabel('Code');
    const yearGroup = add.getByLabel('Year group');

    // A date that does not exist, typed low in a long form: the cursor goes to it, with its message beside it.
    await participant.selectOption({ label: 'Ms Invented Teacher' });
    await code.fill('Y4-A');
    await yearGroup.selectOption({ label: 'Year 4' });
    // Folded away under "More details": a problem there opens it.
    const more = add.getByText('More details');
    await more.click();
    const retain = add.getByLabel('Retain until');
    await retain.fill('31/02/2027');
    await more.click();
    await expect(retain).toBeHidden();
    await add.getByRole('button', { name: 'Add focus child' }).click();
    await expect(retain).toBeFocused();
    await expect(retain).toHaveAccessibleDescription(/There is no 31 February\. Check the day and month\./);
    expect(await inViewport(page, retain)).toBe(true);
    expect(await inViewport(page, add.locator('.field-invalid .field-error'))).toBe(true);
    await retain.fill('');

    // Three focus children, then a fourth: refused by the service, shown beside the participant.
    for (const child of ['Y4-A', 'Y4-B', 'Y4-C']) {
      await participant.selectOption({ label: 'Ms Invented Teacher' });
      await code.fill(child);
      await yearGroup.selectOption({ label: 'Year 4' });
      await add.getByRole('button', { name: 'Add focus child' }).click();
      await expect(add.getByRole('status')).toHaveText(/^Focus child added\./);
    }
    await participant.selectOption({ label: 'Ms Invented Teacher' });
    await code.fill('Y4-D');
    await yearGroup.selectOption({ label: 'Year 4' });
    await page.mouse.wheel(0, 2000);
    await add.getByRole('button', { name: 'Add focus child' }).click();
    await expect(participant).toBeFocused();
    await expect(participant).toHaveAccessibleDescription(/Already follows three focus children \(Y4-A, Y4-B, Y4-C\)/);
    expect(await inViewport(page, participant)).toBe(true);
    await shot(page, 'drafts-2-fourth-child-refused');

    // A name as a code: the cursor goes to the code, its message beside it.
    await participant.selectOption({ label: 'Mr Invented Colleague' });
    await code.fill('Priya');
    await add.getByRole('button', { name: 'Add focus child' }).click();
    await expect(code).toBeFocused();
    expect(await inViewport(page, code)).toBe(true);
    expect(await axeFailures(page, 'focus child form with its problems')).toEqual([]);
  });
});

test('a date is picked from a calendar in the group’s year', async ({ page }) => {
  await onGroupTab(page, 'meetings', async () => {
    const add = page.getByRole('form', { name: 'Add a meeting' });
    await expect(add.getByText('For example 3/2/27 or 3 Feb 2027')).toBeVisible();
    await add.getByLabel('Date', { exact: true }).fill('14/10/26');
    await add.getByRole('button', { name: 'Pick the day on a calendar' }).click();
    const calendar = page.getByRole('application', { name: /Date/ });
    await expect(calendar.getByRole('heading')).toContainText('October 2026');
    await shot(page, 'drafts-3-calendar-open');
    expect(await axeFailures(page, 'calendar open')).toEqual([]);
    await calendar.getByRole('button', { name: /Thursday, 22 October 2026/ }).click();
    await expect(add.getByLabel('Date', { exact: true })).toHaveValue('22/10/2026');
    await shot(page, 'drafts-4-calendar-picked');
  });
});

test('the Lead’s judgement and key findings keep their words as drafts through a change of tab and a reload', async ({
  page,
}) => {
  const NARRATIVE = 'Most teachers now rehearse stem sentences, but two schools have not yet begun to';
  const FINDINGS = 'Pupils explain their reasoning in full sentences.\nTeachers plan stem sentences';
  await onGroupTab(page, 'evaluation', async () => {
    const judgement = () =>
      page.getByRole('form', { name: 'Lead’s judgement: 2. Underpinned by robust evidence and expertise' });
    const findings = () => page.getByLabel('Findings, one a line');
    await judgement().getByRole('radio', { name: /Amber/ }).check();
    await judgement().getByLabel('Narrative').fill(NARRATIVE);
    await expect(judgement().getByText('Draft — not saved yet')).toBeVisible();
    await findings().fill(FINDINGS);
    const findingsPanel = page.getByRole('region', { name: 'Key findings' });
    await expect(findingsPanel.getByText('Draft — not saved yet')).toBeVisible();
    await judgement().scrollIntoViewIfNeeded();
    await shot(page, 'drafts-5-judgement-draft');
    expect(await axeFailures(page, 'judgement with a draft')).toEqual([]);

    const expectKept = async () => {
      await expect(judgement().getByLabel('Narrative')).toHaveValue(NARRATIVE);
      await expect(judgement().getByRole('radio', { name: /Amber/ })).toBeChecked();
      await expect(judgement().getByText('Draft — not saved yet')).toBeVisible();
      await expect(findings()).toHaveValue(FINDINGS);
      await expect(findingsPanel.getByText('Draft — not saved yet')).toBeVisible();
    };
    await tab(page, 'Journal').click();
    await expect(page.getByRole('form', { name: 'Add a journal entry' })).toBeVisible();
    await tab(page, 'Evaluation').click();
    await expectKept();
    await page.reload();
    await expectKept();

    // Saving the judgement removes its draft; discarding the findings goes back to what the app drafted.
    await judgement().getByRole('button', { name: 'Save judgement' }).click();
    await expect(judgement().getByRole('status')).toHaveText('Your judgement is saved (Amber).');
    await expect(judgement().getByText('Draft — not saved yet')).toHaveCount(0);
    await findingsPanel.getByRole('button', { name: 'Discard' }).click();
    await expect(findingsPanel.getByText('Draft — not saved yet')).toHaveCount(0);
    await expect(findings()).not.toHaveValue(FINDINGS);
    await page.reload();
    await expect(judgement().getByLabel('Narrative')).toHaveValue(NARRATIVE);
    await expect(judgement().getByText('Draft — not saved yet')).toHaveCount(0);
    await expect(findings()).not.toHaveValue(FINDINGS);
    await expect(findingsPanel.getByText('Draft — not saved yet')).toHaveCount(0);
  });
});

test('a new Work Group half typed survives a reload, and goes once the group is created', async ({ page }) => {
  const app = await serve();
  try {
    await app.open(page);
    const form = () => page.getByRole('form', { name: 'New Work Group' });
    await form().getByLabel('Code').fill('TRG-2026-09');
    await form().getByLabel('Name').fill('Reasoning with bar models in Year 5');
    await expect(form().getByText('Draft — not saved yet')).toBeVisible();
    await page.reload();
    await expect(form().getByLabel('Code')).toHaveValue('TRG-2026-09');
    await expect(form().getByLabel('Name')).toHaveValue('Reasoning with bar models in Year 5');
    await expect(form().getByText('Draft — not saved yet')).toBeVisible();
    await form().scrollIntoViewIfNeeded();
    await shot(page, 'drafts-6-new-work-group-draft');

    await form().getByLabel('Academic year').fill('2026/27');
    await form().getByLabel('Project').selectOption({ index: 1 });
    await form().getByLabel('Work Group Lead').fill('Ms Example Lead');
    await form().getByRole('button', { name: 'Create Work Group' }).click();
    await expect(page.getByRole('heading', { name: /Reasoning with bar models in Year 5/ })).toBeVisible();
    await page.goto(`${app.url}#/`);
    await page.reload();
    await expect(form().getByLabel('Code')).toHaveValue('');
    await expect(form().getByText('Draft — not saved yet')).toHaveCount(0);
  } finally {
    await app.stop();
  }
});

test('a Rename box, an "Add a new …" box, the observation grid and an edit form keep drafts, and lists mark them', async ({
  page,
}) => {
  const app = await serve();
  try {
    await app.open(page);
    const groupId = await groupWithParticipants(page);
    const [teacher] = (await callApi(page, 'participant.list', { workGroupId: groupId })) as unknown as {
      id: string;
    }[];
    await callApi(page, 'focusChild.create', { participantId: teacher!.id, code: 'Y4-A', yearGroup: 'y4' });
    const draftBar = (within: Locator) => within.getByText('Draft — not saved yet');

    // An edit form closed with its words unsaved: the list marks the record, and the form opens on them.
    await page.goto(`${app.url}#/work-groups/${groupId}/participants`);
    const participants = page.getByRole('table', { name: 'Participants' });
    await page.getByRole('button', { name: 'Edit participant Ms Invented Teacher' }).click();
    const edit = page.getByRole('form', { name: 'Edit participant Ms Invented Teacher' });
    await edit.getByLabel('Role').fill('Year 5 class teacher');
    await expect(draftBar(edit)).toBeVisible();
    await edit.getByRole('button', { name: 'Cancel' }).click();
    const marked = participants.getByRole('row').filter({ hasText: 'Ms Invented Teacher' });
    await expect(marked).toContainText('Draft');
    await page.reload();
    await expect(marked).toContainText('Draft');
    await expect(participants.getByRole('row').filter({ hasText: 'Mr Invented Colleague' })).not.toContainText('Draft');
    await shot(page, 'drafts-3-list-marker');
    await page.getByRole('button', { name: 'Edit participant Ms Invented Teacher' }).click();
    await expect(edit.getByLabel('Role')).toHaveValue('Year 5 class teacher');
    await edit.getByRole('button', { name: 'Discard' }).click();
    await expect(edit.getByLabel('Role')).toHaveValue('Teacher');
    await expect(marked).not.toContainText('Draft');

    // The "Add a new school" box: what is typed in it comes back, open, after a reload.
    await tab(page, 'Schools and leaders').click();
    const addSchool = page.getByRole('form', { name: 'Add a school' });
    await addSchool.getByRole('button', { name: 'Add a new school' }).click();
    const newSchool = addSchool.getByRole('group', { name: 'Add a new school' });
    await newSchool.getByLabel('School name').fill('Brookside Test Primary');
    await expect(draftBar(newSchool)).toBeVisible();
    await page.reload();
    await expect(newSchool.getByLabel('School name')).toHaveValue('Brookside Test Primary');
    await shot(page, 'drafts-4-new-school-box');
    expect(await axeFailures(page, 'a new school box with its draft')).toEqual([]);
    await newSchool.getByRole('button', { name: 'Save now' }).click();
    await expect(addSchool.getByLabel('School', { exact: true })).toHaveValue(/.+/);
    await expect(addSchool.getByRole('group', { name: 'Add a new school' })).toHaveCount(0);
    await page.reload();
    await expect(addSchool.getByRole('button', { name: 'Add a new school' })).toBeVisible();

    // The observation grid: its rows come back after a reload, until discarded.
    await tab(page, 'Focus children').click();
    const grid = page.getByRole('region', { name: 'Record a run of observations' });
    const kept = page.waitForResponse((response) => response.url().endsWith('/api/draft.save'));
    await grid.getByLabel('What was observed, row 1').fill('Counted on in tens from 37 without a number line.');
    await expect(draftBar(grid)).toBeVisible();
    await kept;
    await page.reload();
    await expect(grid.getByLabel('What was observed, row 1')).toHaveValue(
      'Counted on in tens from 37 without a number line.',
    );
    await shot(page, 'drafts-5-observation-grid');
    await grid.getByRole('button', { name: 'Discard' }).click();
    await expect(grid.getByLabel('What was observed, row 1')).toHaveValue('');
    await page.reload();
    await expect(grid.getByLabel('What was observed, row 1')).toHaveValue('');

    // A Work Group's Rename box: the name typed comes back in the box after a reload, and is saved from there.
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Rename TRG-2026-07' }).click();
    await page.getByLabel('New name for TRG-2026-07').fill('Stem sentences in Years 4 and 5');
    await expect(draftBar(page.getByRole('table', { name: 'Work Groups' }))).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('New name for TRG-2026-07')).toHaveValue('Stem sentences in Years 4 and 5');
    await shot(page, 'drafts-6-rename');
    await page.getByRole('table', { name: 'Work Groups' }).getByRole('button', { name: 'Save now' }).click();
    await expect(page.getByRole('link', { name: 'Stem sentences in Years 4 and 5' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('link', { name: 'Stem sentences in Years 4 and 5' })).toBeVisible();
    await expect(page.getByLabel('New name for TRG-2026-07')).toHaveCount(0);
  } finally {
    await app.stop();
  }
});
