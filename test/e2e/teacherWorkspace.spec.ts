import { expect, test, type Download, type Page } from '@playwright/test';
import { callApi, openBundle, serve, serveDemo, type Served } from './serve';

// A teacher's own workspace in the browser: the Lead makes a participant's pack on the Overview, a new
// workspace opens it and becomes that participant's, shows their work and the group's frame (and none
// of the Lead's screens), and "Send my updates" brings their work back to the Lead.

test.use({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });

const BUNDLE_PASSPHRASE = 'seven purple kites over Puddleby';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/teacher-${name}.png` });
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const tabs = (page: Page) => page.getByRole('navigation', { name: 'Sections of this Work Group' });

/** Types the bundle passphrase twice and makes the bundle, going on past the personal-data check if it asks. */
async function makeBundle(page: Page, button: string): Promise<Download> {
  await page.getByLabel('Bundle passphrase', { exact: true }).fill(BUNDLE_PASSPHRASE);
  await page.getByLabel('Bundle passphrase again').fill(BUNDLE_PASSPHRASE);
  const downloading = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: button }).click();
  const check = page.getByRole('dialog', { name: 'Check before exporting' });
  await Promise.race([
    downloading,
    check.waitFor().then(() => check.getByRole('button', { name: 'Export anyway' }).click()),
  ]);
  return downloading;
}

let served: Served[] = [];
test.afterEach(async () => {
  await Promise.all(served.map((app) => app.stop()));
  served = [];
});

test('a participant’s pack starts their own workspace, which sends their updates back to the Lead', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const lead = await serveDemo();
  const teacher = await serve();
  served.push(lead, teacher);
  await lead.open(page);

  const [group] = (await callApi(page, 'workGroup.list', {})) as unknown as { id: string; name: string }[];
  const participants = (await callApi(page, 'participant.list', { workGroupId: group!.id })) as unknown as {
    id: string;
    name: string;
  }[];
  const [me, someoneElse] = participants;

  // The Lead makes the pack on the Overview, choosing the participant.
  await page.goto(`${lead.url}#/work-groups/${group!.id}/overview`);
  await page
    .getByLabel('What goes in the bundle')
    .selectOption({ label: `${me!.name}’s pack: the group’s meetings and readings with their own records` });
  const pack = await makeBundle(page, 'Export a bundle');
  expect(pack.suggestedFilename()).toMatch(/-pack-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.wgbundle$/);

  // A new, empty workspace opens it and becomes that participant's own.
  const teacherPage = await page.context().newPage();
  await teacher.open(teacherPage);
  await openBundle(teacherPage, (await pack.path())!, BUNDLE_PASSPHRASE);
  await expect(teacherPage.getByText(/This workspace will become that participant’s own/)).toBeVisible();
  await teacherPage.getByRole('button', { name: 'Import the bundle' }).click();
  await expect(teacherPage.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible();

  // Its screens: the participant's own work and the group's frame, none of the Lead's screens.
  await expect(nav(teacherPage).getByRole('link')).toHaveText(['My Work Group', 'Trash', 'Backups', 'Inbox']);
  await nav(teacherPage).getByRole('link', { name: 'My Work Group' }).click();
  await expect(teacherPage.getByRole('heading', { name: group!.name, level: 1 })).toBeVisible();
  await expect(tabs(teacherPage).getByRole('link')).toHaveText([
    'Overview',
    'My details and self-ratings',
    'My focus children',
    'Meetings',
    'Readings',
    'My journal',
    'My cycles',
    'My questionnaires',
  ]);
  await expect(teacherPage.getByText('This is your own workspace for your part of this Work Group.')).toBeVisible();
  await expect(teacherPage.getByRole('heading', { name: 'Send my updates' })).toBeVisible();
  await shot(teacherPage, 'overview');

  await tabs(teacherPage).getByRole('link', { name: 'My details and self-ratings' }).click();
  const details = teacherPage.getByRole('table', { name: 'My details and self-ratings' });
  await expect(details).toContainText(me!.name);
  await expect(details).not.toContainText(someoneElse!.name);
  // Their own details can be edited, but no participant added.
  await expect(teacherPage.getByRole('button', { name: /^Add participant/ })).toHaveCount(0);
  await tabs(teacherPage).getByRole('link', { name: 'My focus children' }).click();
  await shot(teacherPage, 'focus-children');
  // The meetings are the Lead's: read here, not changed.
  await tabs(teacherPage).getByRole('link', { name: 'Meetings' }).click();
  await expect(teacherPage.getByRole('button', { name: /^Add meeting/ })).toHaveCount(0);
  await shot(teacherPage, 'meetings');
  // The questionnaires are the Lead's: answered here, not changed, and no spreadsheet import.
  await tabs(teacherPage).getByRole('link', { name: 'My questionnaires' }).click();
  await expect(teacherPage.getByRole('heading', { name: 'Questionnaires', exact: true })).toBeVisible();
  await expect(teacherPage.getByRole('button', { name: /^Add questionnaire/ })).toHaveCount(0);
  await expect(teacherPage.getByText(/^No questionnaires yet: the Lead sets them/)).toBeVisible();
  await expect(teacherPage.getByRole('button', { name: 'Add the standard post-meeting reflection' })).toHaveCount(0);
  await expect(teacherPage.getByText('Import answers from Microsoft Forms or Google Forms')).toHaveCount(0);
  await shot(teacherPage, 'questionnaires');
  await teacherPage.goto(`${teacher.url}#/hub`);
  await expect(teacherPage.getByRole('heading', { name: 'The Lead’s part' })).toBeVisible();

  // The teacher writes in their journal, then sends their updates.
  const [child] = (await callApi(teacherPage, 'focusChild.list', { workGroupId: group!.id })) as unknown as {
    id: string;
  }[];
  await callApi(teacherPage, 'journalEntry.create', {
    participantId: me!.id,
    date: '2026-03-04',
    text: 'Written at home: the bar model helped the whole class compare fractions.',
    focusChildIds: child ? [child.id] : [],
  });
  await teacherPage.goto(`${teacher.url}#/work-groups/${group!.id}/overview`);
  const updates = await makeBundle(teacherPage, 'Send my updates');
  expect(updates.suggestedFilename()).toMatch(/-updates-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.wgbundle$/);

  // The Lead sees whose machine they came from, and takes them.
  await page.bringToFront();
  await openBundle(page, (await updates.path())!, BUNDLE_PASSPHRASE);
  await expect(page.getByText(`on ${me!.name}’s own computer`)).toBeVisible();
  await shot(page, 'lead-preview');
  await page.getByRole('button', { name: 'Import the bundle' }).click();
  await expect(page.getByRole('status').filter({ hasText: `from ${me!.name}’s own computer` })).toBeVisible();
  await page.goto(`${lead.url}#/search?q=${encodeURIComponent('Written at home')}`);
  await expect(page.getByText(/Written at home/).first()).toBeVisible();
});
