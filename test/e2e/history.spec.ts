import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeFailures } from './axe';
import { serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 768 } });

const GROUP = 'Talking mathematics: reasoning and stem sentences';

test('a journal entry keeps its earlier versions: History puts one back, and Undo takes back a save or an add', async ({
  page,
}) => {
  const app = await serveDemo();
  try {
    await app.open(page);
    await page.goto(app.url);
    await page.getByRole('link', { name: GROUP }).click();
    await page
      .getByRole('navigation', { name: 'Sections of this Work Group' })
      .getByRole('link', { name: 'Journal', exact: true })
      .click();
    const journal = page.getByRole('table', { name: 'Journal' });
    const notice = page.getByRole('region', { name: 'Journal' }).locator('.notice');
    const editFirst = async () => {
      await page
        .getByRole('button', { name: /^Edit journal entry/ })
        .first()
        .click();
      return page.getByRole('form', { name: /^Edit journal entry/ });
    };

    // An edit, saved.
    let form = await editFirst();
    const oldWords = await form.getByLabel('The entry').inputValue();
    expect(oldWords.length).toBeGreaterThan(20);
    const newWords = 'Rewritten: the class compared unit fractions on a number line and argued about which was larger.';
    await form.getByLabel('The entry').fill(newWords);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(notice).toContainText('saved.');
    await expect(journal).toContainText('Rewritten: the class compared unit fractions');

    // Its History: the edit on top, what it replaced below, ready to be put back.
    form = await editFirst();
    await form.getByText('History (2 versions)').click();
    const versions = form.getByRole('list', { name: 'Versions, newest first' }).getByRole('listitem');
    await expect(versions).toHaveCount(2);
    await expect(versions.nth(0)).toContainText('(as it is now)');
    await expect(versions.nth(0)).toContainText('The entry changed.');
    await expect(versions.nth(1)).toContainText('Created.');
    const restore = versions.nth(1).getByRole('button', { name: /^Restore this version, of / });
    await restore.scrollIntoViewIfNeeded();
    expect(await axeFailures(page, 'journal entry with its History open')).toEqual([]);
    await page.screenshot({ path: 'test-results/history-panel.png' });

    await restore.click();
    await expect(notice).toContainText('was put back.');
    await expect(notice).toBeInViewport();
    await expect(journal).toContainText(oldWords.slice(0, 40));
    await expect(journal).not.toContainText('Rewritten: the class compared');
    await page.screenshot({ path: 'test-results/history-restored.png' });

    // Undo after a save puts back what the save replaced: the old words again.
    form = await editFirst();
    await form.getByLabel('The entry').fill('A slip of the keyboard that the Lead did not mean to save.');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(journal).toContainText('A slip of the keyboard');
    await expect(notice).toBeInViewport();
    await page.screenshot({ path: 'test-results/history-saved-undo.png' });
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(notice).toHaveText('The change was undone.');
    await expect(journal).toContainText(oldWords.slice(0, 40));
    await expect(journal).not.toContainText('A slip of the keyboard');

    // All of it is in the History, newest first.
    form = await editFirst();
    await form.getByText('History (5 versions)').click();
    await expect(versions.nth(0)).toContainText('put back');
    expect(await axeFailures(page, 'History after an undo')).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();

    // Undo after adding a record takes it to the Trash, as a delete would.
    const add = page.getByRole('form', { name: 'Add a journal entry' });
    await add.getByLabel('Participant').selectOption({ index: 1 });
    await add.getByLabel('Date', { exact: true }).fill('12/03/2026');
    await add.getByLabel('The entry').fill('Added by mistake: this entry belongs to another Work Group.');
    await add.getByRole('button', { name: 'Add journal entry' }).click();
    const added = add.getByRole('status');
    await expect(added).toHaveText(/^Journal entry added\./);
    // The list is newest first and drawn only in view: Find brings the March entry up.
    await page.getByRole('searchbox', { name: 'Find in Journal' }).fill('Added by mistake');
    await expect(journal).toContainText('Added by mistake');
    await page.screenshot({ path: 'test-results/history-added-undo.png' });
    await added.getByRole('button', { name: 'Undo' }).click();
    await expect(added).toHaveText('Undone: the journal entry you added was moved to the Trash.');
    await expect(journal).not.toContainText('Added by mistake');
    await page.goto(`${app.url}#/trash`);
    await expect(page.getByRole('main')).toContainText('Added by mistake');
  } finally {
    await app.stop();
  }
});

const openGroup = async (page: Page, app: Served) => {
  await app.open(page);
  await page.goto(app.url);
  await page.getByRole('link', { name: GROUP }).click();
  await expect(page.getByRole('heading', { name: GROUP, level: 1 })).toBeVisible();
};

/**
 * Opens a form's History after one save (two versions), checks what the save changed, puts the first
 * version back and sees the message (with its Undo) in view and the restore on top of the History.
 */
async function putBackFirstVersion(page: Page, form: Locator, changed: string, screen: string) {
  await form.getByText('History (2 versions)').click();
  const versions = form.getByRole('list', { name: 'Versions, newest first' }).getByRole('listitem');
  await expect(versions.nth(0)).toContainText('(as it is now)');
  await expect(versions.nth(0)).toContainText(changed);
  await expect(versions.nth(1)).toContainText('Created.');
  const restore = versions.nth(1).getByRole('button', { name: /^Restore this version, of / });
  await restore.scrollIntoViewIfNeeded();
  expect(await axeFailures(page, `${screen} with its History open`)).toEqual([]);
  await page.screenshot({ path: `test-results/history-${screen.toLowerCase().replaceAll(' ', '-')}.png` });

  await restore.click();
  const status = form.getByRole('status').last();
  await expect(status).toContainText('was put back.');
  await expect(form.getByText('History (3 versions)')).toBeVisible();
  await expect(status).toBeInViewport();
  await expect(status.getByRole('button', { name: 'Undo' })).toBeVisible();
  await form.getByText('History (3 versions)').click();
  await expect(versions.nth(0)).toContainText('Version 1 put back');
}

/** Saves a slip in a field, then Undo puts back the words the save replaced. */
async function undoASave(form: Locator, field: Locator, save: string, words: string) {
  const status = form.getByRole('status').last();
  await field.fill('A slip of the keyboard.');
  await form.getByRole('button', { name: save }).click();
  await expect(status.getByRole('button', { name: 'Undo' })).toBeVisible();
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(status).toHaveText('The change was undone.');
  await expect(field).toHaveValue(words);
}

test('the umbrella research question keeps its earlier words: History puts them back, and Undo takes back a save', async ({
  page,
}) => {
  const app = await serveDemo();
  try {
    await openGroup(page, app);
    const about = page.getByRole('form', { name: 'About this Work Group' });
    const question = about.getByLabel('Umbrella research question');
    const oldWords = await question.inputValue();
    expect(oldWords.length).toBeGreaterThan(20);
    await question.fill('What changes when every pupil has a stem sentence to start from?');
    await about.getByRole('button', { name: 'Save changes' }).click();
    await expect(about.getByRole('status').last()).toContainText('Changes saved.');

    await putBackFirstVersion(page, about, 'Umbrella research question changed.', 'About this Work Group');
    await expect(question).toHaveValue(oldWords);
    await question.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/history-about-restored.png' });
    await page.reload();
    await expect(question).toHaveValue(oldWords);

    await undoASave(about, question, 'Save changes', oldWords);
  } finally {
    await app.stop();
  }
});

test('a judgement’s narrative keeps its earlier words: History puts them back, and Undo takes back a save', async ({
  page,
}) => {
  const app = await serveDemo();
  try {
    await openGroup(page, app);
    await page
      .getByRole('navigation', { name: 'Sections of this Work Group' })
      .getByRole('link', { name: 'Evaluation', exact: true })
      .click();
    const form = page.getByRole('form', { name: 'Lead’s judgement: Improving Pupil Outcomes' });
    const narrative = form.getByLabel('Narrative');
    const status = form.getByRole('status').last();
    const firstWords = 'Most focus children now explain a comparison of fractions with a bar model.';
    await form.getByRole('radio', { name: /Amber/ }).check();
    await narrative.fill(firstWords);
    await form.getByRole('button', { name: 'Save judgement' }).click();
    // A first judgement has nothing before it to undo.
    await expect(status).toHaveText('Your judgement is saved (Amber).');
    await form.getByRole('radio', { name: /Green/ }).check();
    await narrative.fill('Every focus child explains comparisons unprompted.');
    await form.getByRole('button', { name: 'Save judgement' }).click();
    await expect(status).toContainText('Your judgement is saved (Green).');

    await putBackFirstVersion(
      page,
      form,
      'Lead’s judgement changed from Amber to Green; Narrative changed.',
      'a judgement',
    );
    await expect(narrative).toHaveValue(firstWords);
    await expect(form.getByRole('radio', { name: /Amber/ })).toBeChecked();
    await page.screenshot({ path: 'test-results/history-judgement-restored.png' });

    await undoASave(form, narrative, 'Save judgement', firstWords);
    await page.reload();
    await expect(narrative).toHaveValue(firstWords);
  } finally {
    await app.stop();
  }
});
