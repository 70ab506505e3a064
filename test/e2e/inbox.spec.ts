import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi, serve, serveDemo, type Served } from './serve';

// The shared-folder inbox in the browser: the Lead's pack is dropped into a folder both computers share;
// the teacher's new workspace lists it with a preview, imports it and writes their updates back into the
// folder; the Lead's inbox lists those updates, whose computer they came from and what they would merge,
// and imports them.

test.use({ viewport: { width: 1366, height: 768 } });

const BUNDLE_PASSPHRASE = 'seven purple kites over Puddleby';

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/inbox-${name}.png` });

let served: Served[] = [];
let shared = '';
test.afterEach(async () => {
  await Promise.all(served.map((app) => app.stop()));
  served = [];
  rmSync(shared, { recursive: true, force: true });
});

/** Opens the Inbox, points it at the shared folder and types the bundle passphrase. */
async function openInbox(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  await page.getByLabel('Bundle passphrase').fill(BUNDLE_PASSPHRASE);
  await page.getByLabel('Shared folder').fill(shared);
  await page.getByRole('button', { name: 'Use this folder' }).click();
}

test('the inbox lists a bundle dropped into the shared folder and imports it after a preview', async ({ page }) => {
  test.setTimeout(180_000);
  shared = mkdtempSync(join(tmpdir(), 'wge-e2e-shared-'));
  const lead = await serveDemo();
  const teacher = await serve();
  served.push(lead, teacher);
  await lead.open(page);

  // The Lead's pack for one participant, put into the shared folder as a synced drive would.
  const [group] = (await callApi(page, 'workGroup.list', {})) as unknown as { id: string; name: string }[];
  const [me] = (await callApi(page, 'participant.list', { workGroupId: group!.id })) as unknown as {
    id: string;
    name: string;
  }[];
  const pack = (await callApi(page, 'bundle.export', {
    workGroupId: group!.id,
    participantId: me!.id,
    allowFlagged: true,
    bundlePassphrase: BUNDLE_PASSPHRASE,
  })) as unknown as { fileName: string; dataBase64: string };
  writeFileSync(join(shared, pack.fileName), Buffer.from(pack.dataBase64, 'base64'));

  // The teacher's new workspace lists it with what importing would merge, and imports it.
  const teacherPage = await page.context().newPage();
  await teacher.open(teacherPage);
  await openInbox(teacherPage);
  const offered = teacherPage.getByRole('listitem').filter({ hasText: pack.fileName });
  await expect(offered).toContainText(/a participant’s pack\), made on .*\. Importing it brings in \d+ new records/, {
    timeout: 30_000,
  });
  await expect(offered.getByRole('table', { name: 'What the bundle changes' })).toContainText('Focus child');
  await offered.getByRole('checkbox').check();
  await teacherPage.getByRole('button', { name: 'Import the chosen bundles' }).click();
  await expect(teacherPage.getByText(`${pack.fileName}: `)).toBeVisible({ timeout: 30_000 });
  await expect(teacherPage.getByText(/Nothing new in the shared folder/)).toBeVisible();

  // The teacher writes in their journal and sends their updates into the folder.
  await callApi(teacherPage, 'journalEntry.create', {
    participantId: me!.id,
    date: '2026-03-04',
    text: 'Written at home: the bar model helped the whole class compare fractions.',
  });
  await teacherPage.reload();
  await expect(teacherPage.getByRole('button', { name: 'Send my updates to the shared folder' })).toBeEnabled();
  await teacherPage.getByLabel('Bundle passphrase').fill(BUNDLE_PASSPHRASE);
  await teacherPage.getByRole('button', { name: 'Send my updates to the shared folder' }).click();
  // The personal-data check comes first (the demo's journal names a child in passing): the teacher looks, and goes on.
  const check = teacherPage.getByRole('dialog', { name: 'Check before exporting' });
  await expect(check).toBeVisible({ timeout: 30_000 });
  await check.getByRole('button', { name: 'Export anyway' }).click();
  await expect(teacherPage.getByText(/Your updates are in the shared folder as/)).toBeVisible({ timeout: 30_000 });
  const updates = readdirSync(shared).find((name) => name.includes('-updates-'));
  expect(updates).toBeDefined();

  // The Lead's inbox lists the updates (not the Lead's own pack), whose computer they came from, and the preview.
  await openInbox(page);
  const waiting = page.getByRole('listitem');
  await expect(waiting).toHaveCount(1, { timeout: 30_000 });
  await expect(waiting).toContainText(updates!);
  await expect(waiting).toContainText(`(one participant’s updates), made on`);
  await expect(waiting).toContainText(`on ${me!.name}’s own computer. Importing it brings in 1 new record.`);
  await expect(waiting.getByRole('table', { name: 'What the bundle changes' })).toContainText('Journal entry');
  await waiting.getByRole('checkbox').check();
  await shot(page, 'lead-preview');
  await page.getByRole('button', { name: 'Import the chosen bundles' }).click();
  await expect(
    page.getByText(`${updates!}: 1 new record, from ${me!.name}’s own computer.`, { exact: false }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/Nothing new in the shared folder/)).toBeVisible();
  await shot(page, 'lead-imported');
  const entries = (await callApi(page, 'journalEntry.list', { workGroupId: group!.id })) as unknown as {
    text: string;
  }[];
  expect(entries.map((e) => e.text)).toContain(
    'Written at home: the bar model helped the whole class compare fractions.',
  );
});
