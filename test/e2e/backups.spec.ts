import { expect, test, type Page } from '@playwright/test';
import { callApi, createWorkGroup, exportAnyway, openBundle, serve, type Served } from './serve';

test.use({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/backups-${name}.png`, fullPage: true });
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** Two computers, two tabs: a tab in the background runs its timers slowly, so the one in use comes to the front. */
const use = (page: Page) => page.bringToFront();

async function rename(page: Page, code: string, name: string) {
  await use(page);
  await nav(page, 'Work Groups').click();
  await page.getByRole('button', { name: `Rename ${code}` }).click();
  await page.getByLabel(`New name for ${code}`).fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Work Groups' })).toContainText(name);
}

/** The passphrase the Work Group shares for its bundles (invented for the test). */
const BUNDLE_PASSPHRASE = 'seven purple kites over Puddleby';

async function typeBundlePassphrase(page: Page) {
  await page.getByLabel('Bundle passphrase', { exact: true }).fill(BUNDLE_PASSPHRASE);
  await page.getByLabel('Bundle passphrase again').fill(BUNDLE_PASSPHRASE);
}

/** Exports the Work Group's bundle from its Overview, going on past the personal-data check, and gives the file. */
async function exportBundle(page: Page, name: string): Promise<string> {
  await use(page);
  await nav(page, 'Work Groups').click();
  await page.getByRole('link', { name }).click();
  await typeBundlePassphrase(page);
  await page.getByRole('button', { name: 'Export a bundle' }).click();
  const download = await exportAnyway(page, 'Priya');
  expect(download.suggestedFilename()).toMatch(/^TRG-2025-31-\d{4}-\d{2}-\d{2}\.wgbundle$/);
  return (await download.path())!;
}

async function importBundle(page: Page, file: string, passphrase = BUNDLE_PASSPHRASE) {
  await use(page);
  await openBundle(page, file, passphrase);
}

let served: Served[] = [];
test.afterEach(async () => {
  await Promise.all(served.map((app) => app.stop()));
  served = [];
});

test('a Lead backs up, changes something, restores the backup and sees the old data again', async ({ page }) => {
  const app = await serve();
  served.push(app);
  await app.open(page);
  await createWorkGroup(page, 'TRG-2025-21', 'Fluency before the backup');

  await nav(page, 'Backups').click();
  await expect(page.getByRole('heading', { name: 'Backups and sharing', level: 1 })).toBeVisible();
  await expect(page.getByText('There are no backups yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up\. The new backup is at the top of the list/)).toBeVisible();
  const backups = page.getByRole('table', { name: 'Backups' });
  await expect(backups.getByRole('row')).toHaveCount(2);
  await expect(backups).toContainText('Backed up by you');
  await expect(backups).toContainText(/\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}/);

  await nav(page, 'Work Groups').click();
  await createWorkGroup(page, 'TRG-2025-22', 'Made after the backup');
  await nav(page, 'Work Groups').click();
  await expect(page.getByRole('table', { name: 'Work Groups' })).toContainText('Made after the backup');

  await nav(page, 'Backups').click();
  await backups
    .getByRole('row', { name: /Backed up by you/ })
    .getByRole('button', { name: /^Restore the backup taken/ })
    .click();
  const confirm = page.getByRole('dialog', { name: /^Restore the backup taken/ });
  await expect(confirm).toContainText('A backup of the workspace as it is now is taken first');
  await shot(page, 'restore-confirm');
  await confirm.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(
    page.getByText(/^Restored the backup taken .*: the workspace now holds what it held then/),
  ).toBeVisible();
  await expect(backups).toContainText('Before a backup was restored');
  await shot(page, 'screen');

  await nav(page, 'Work Groups').click();
  const groups = page.getByRole('table', { name: 'Work Groups' });
  await expect(groups).toContainText('Fluency before the backup');
  await expect(groups).not.toContainText('Made after the backup');
  // The restored workspace takes changes as before.
  await createWorkGroup(page, 'TRG-2025-23', 'Made after the restore');
  await nav(page, 'Work Groups').click();
  await expect(groups).toContainText('Made after the restore');
});

test('a bundle goes from one workspace to another with a preview, a conflict is reviewed and swapped, and an erasure travels', async ({
  page,
}) => {
  const lead = await serve();
  const school = await serve();
  served.push(lead, school);
  const schoolPage = await page.context().newPage();
  await use(page);

  // The Lead's computer: a Work Group whose umbrella question names a child, which the check finds.
  await lead.open(page);
  await createWorkGroup(page, 'TRG-2025-31', 'Reasoning with bar models');
  await page
    .getByLabel('Umbrella research question')
    .fill('How does Priya come to compare fractions with a bar model?');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  // A bundle is encrypted: without the group's passphrase it is not made.
  await page.getByRole('button', { name: 'Export a bundle' }).click();
  await expect(page.getByText(/^Type the passphrase your group shares for bundles/)).toBeVisible();
  await typeBundlePassphrase(page);
  await page.getByRole('button', { name: 'Export a bundle' }).click();
  await expect(page.getByRole('dialog', { name: 'Check before exporting' })).toBeVisible();
  await shot(page, 'bundle-findings');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Export cancelled. Nothing was saved.')).toBeVisible();
  await shot(page, 'overview-bundle');
  const first = await exportBundle(page, 'Reasoning with bar models');

  // The school's computer: the preview first, then the import.
  await use(schoolPage);
  await school.open(schoolPage);
  // A wrong passphrase opens nothing; the right one, typed again, opens the same file.
  await use(schoolPage);
  await nav(schoolPage, 'Backups').click();
  await schoolPage.getByLabel('Bundle passphrase').fill('six purple kites over Puddleby');
  await schoolPage.getByLabel('Bundle file').setInputFiles(first);
  await expect(schoolPage.getByRole('alert')).toContainText('the bundle passphrase given does not open it');
  await shot(schoolPage, 'bundle-wrong-passphrase');
  await schoolPage.getByLabel('Bundle passphrase').fill(BUNDLE_PASSPHRASE);
  await schoolPage.getByRole('button', { name: 'Open the bundle again' }).click();
  await expect(schoolPage.getByRole('heading', { name: 'What the bundle will change' })).toBeVisible();
  await expect(schoolPage.getByText(/This bundle was not encrypted/)).toHaveCount(0);
  await expect(schoolPage.getByText('TRG-2025-31: Reasoning with bar models')).toBeVisible();
  const preview = schoolPage.getByRole('table', { name: 'What the bundle changes' });
  await expect(preview.getByRole('row', { name: /^Work Group/ })).toContainText('1');
  await expect(preview.getByRole('row', { name: /^Project/ })).toBeVisible();
  await shot(schoolPage, 'bundle-preview');
  await schoolPage.getByRole('button', { name: 'Import the bundle' }).click();
  await expect(schoolPage.getByText(/^Imported TRG-2025-31: .*A backup was taken first\./)).toBeVisible();
  await expect(schoolPage.getByText('There is nothing to review.')).toBeVisible();
  await nav(schoolPage, 'Work Groups').click();
  await expect(schoolPage.getByRole('table', { name: 'Work Groups' })).toContainText('Reasoning with bar models');

  // Both computers rename the group; the school's is the later change.
  await rename(page, 'TRG-2025-31', 'Bar models (the Lead’s name)');
  await rename(schoolPage, 'TRG-2025-31', 'Bar models (the school’s name)');
  const second = await exportBundle(page, 'Bar models (the Lead’s name)');
  await importBundle(schoolPage, second);
  await expect(schoolPage.getByRole('table', { name: 'What the bundle changes' })).toBeVisible();
  await expect(schoolPage.getByText(/1 changed on both computers/)).toBeVisible();
  await schoolPage.getByRole('button', { name: 'Import the bundle' }).click();
  await expect(schoolPage.getByText(/Review the records changed on both computers/)).toBeVisible();

  const conflict = schoolPage.getByRole('article', { name: 'Work Group TRG-2025-31: Bar models (the school’s name)' });
  const versions = conflict.getByRole('table', { name: /^The two versions of/ });
  await expect(versions.getByRole('row', { name: /^Name/ })).toContainText(
    'Bar models (the school’s name)Bar models (the Lead’s name)',
  );
  await shot(schoolPage, 'conflict');
  await conflict.getByRole('button', { name: 'Use the other version' }).click();
  await expect(schoolPage.getByText(/The other version of .* is now in use/)).toBeVisible();
  const swapped = schoolPage.getByRole('article', { name: 'Work Group TRG-2025-31: Bar models (the Lead’s name)' });
  await expect(swapped.getByRole('row', { name: /^Name/ })).toContainText(
    'Bar models (the Lead’s name)Bar models (the school’s name)',
  );
  await swapped.getByRole('button', { name: 'Mark as resolved' }).click();
  await expect(schoolPage.getByText('There is nothing to review.')).toBeVisible();

  await nav(schoolPage, 'Work Groups').click();
  await expect(schoolPage.getByRole('table', { name: 'Work Groups' })).toContainText('Bar models (the Lead’s name)');

  // The Lead deletes the group and erases it for good; a bundle of the erasure erases the school's copy too.
  await use(page);
  const [group] = (await callApi(page, 'workGroup.list', {})) as unknown as { id: string }[];
  await callApi(page, 'workGroup.delete', { id: group!.id });
  await nav(page, 'Trash').click();
  await page.getByRole('button', { name: /^Erase for good: Work Group TRG-2025-31/ }).click();
  await page
    .getByRole('dialog', { name: /^Erase Work Group TRG-2025-31/ })
    .getByRole('button', { name: 'Erase for good' })
    .click();
  await expect(page.getByRole('heading', { name: 'Erase them on other computers too' })).toBeVisible();
  await shot(page, 'erasure-bundle');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export a bundle of the erasure: Work Group TRG-2025-31/ }).click();
  const erasure = (await (await downloading).path())!;
  await importBundle(schoolPage, erasure, '');
  // An erasure bundle holds no words to protect, and is not encrypted: the preview says so.
  await expect(schoolPage.getByText(/^This bundle was not encrypted/)).toBeVisible();
  await expect(schoolPage.getByRole('columnheader', { name: 'Erased for good' })).toBeVisible();
  await schoolPage.getByRole('button', { name: 'Import the bundle' }).click();
  await expect(schoolPage.getByText(/erased for good on the other computer/)).toBeVisible();
  await nav(schoolPage, 'Work Groups').click();
  await expect(schoolPage.getByRole('table', { name: 'Work Groups' })).toHaveCount(0);
  await expect(schoolPage.getByText('Bar models')).toHaveCount(0);
});

test('focus-child data older than the workspace keeps it is listed and deleted after a confirmation', async ({
  page,
}) => {
  const app = await serve();
  served.push(app);
  await app.open(page);
  const group = await callApi(page, 'workGroup.create', {
    code: 'TRG-2019-04',
    name: 'Counting in 2019/20',
    academicYear: '2019/20',
    projectId: '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e01',
    leadName: 'Ms Example Lead',
  });
  const school = await callApi(page, 'school.create', { name: 'Test Primary', phase: 'primary', urn: '' });
  const teacher = await callApi(page, 'participant.create', {
    workGroupId: group.id,
    schoolId: school.id,
    name: 'Ms Sample Teacher',
  });
  const child = await callApi(page, 'focusChild.create', {
    participantId: teacher.id,
    code: 'R-2019-A',
    yearGroup: 'y1',
  });
  await callApi(page, 'observation.create', {
    focusChildId: child.id,
    date: '2019-11-05',
    kind: 'pupil_voice',
    text: 'Counted on from the larger number.',
  });

  await nav(page, 'Backups').click();
  const due = page.getByRole('table', { name: 'Focus children due for deletion' });
  await expect(due.getByRole('row', { name: /R-2019-A/ })).toContainText('TRG-2019-04');
  await expect(due.getByRole('row', { name: /R-2019-A/ })).toContainText('31/08/2023');

  // Keeping data longer takes it off the list; the setting is the workspace's own.
  await page.getByLabel('Keep focus-child data for (years)').fill('25');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('No focus child’s data is older than that.')).toBeVisible();
  await page.getByLabel('Keep focus-child data for (years)').fill('3');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(due).toContainText('R-2019-A');
  await shot(page, 'retention');

  await page.getByRole('button', { name: 'Delete this focus child’s data' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete old focus-child data?' });
  await expect(confirm).toContainText('with their 1 observation, go to the Trash');
  await expect(confirm.getByRole('checkbox', { name: /^Erase them for good now instead/ })).not.toBeChecked();
  await shot(page, 'retention-confirm');
  await confirm.getByRole('button', { name: 'Delete the data of 1 focus child' }).click();
  await expect(page.getByText(/^Moved the data of 1 focus child to the Trash \(2 records in all\)/)).toBeVisible();
  await expect(page.getByText('No focus child’s data is older than that.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Backups' })).toContainText('Before old focus-child data was deleted');

  await nav(page, 'Trash').click();
  await expect(page.getByRole('table', { name: 'Trash' })).toContainText('Focus child R-2019-A');

  // From the Trash, the data is erased for good: after one more question, and it cannot come back.
  await page.getByRole('button', { name: 'Erase for good: Focus child R-2019-A' }).click();
  const erase = page.getByRole('dialog', { name: 'Erase Focus child R-2019-A for good?' });
  await expect(erase).toContainText('cannot be restored');
  await shot(page, 'erase-confirm');
  await erase.getByRole('button', { name: 'Erase for good' }).click();
  await expect(page.getByText('Erased 2 records for good.')).toBeVisible();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  const search = await callApi(page, 'search.query', { text: 'larger number' });
  expect(search).toMatchObject({ total: 0, hits: [] });
});
