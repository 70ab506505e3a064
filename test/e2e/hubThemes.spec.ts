import { expect, test, type Page } from '@playwright/test';
import { axeFailures } from './axe';
import { callApi, serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/hub-themes-${name}.png` });

interface HubTheme {
  name: string;
  passages: number;
  groups: { workGroupId: string; code: string; themeId: string; name: string; passages: number }[];
}
interface Theme {
  id: string;
  workGroupId: string;
  name: string;
  description: string;
  parentId?: string;
  areas: string[];
  standards: string[];
  retired: boolean;
}

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo(undefined, 'hub');
});
test.afterEach(async () => {
  await app.stop();
});

test('the hub lead counts one group’s theme as another’s, sees it in the counts, and undoes it', async ({ page }) => {
  test.setTimeout(180_000);
  await app.open(page);

  // One group of the hub demo names "Stem sentences" its own way: "Sentence stems".
  const before = (await callApi(page, 'evaluation.hubThemes', {})) as unknown as { themes: HubTheme[] };
  const stems = before.themes.find((t) => t.name === 'Stem sentences')!;
  // A group of this year: a year rolled over is kept as it ended, its codebook included.
  const groups = (await callApi(page, 'workGroup.list', {})) as unknown as { id: string; academicYear: string }[];
  const thisYear = new Set(groups.filter((g) => g.academicYear === '2025/26').map((g) => g.id));
  const member = stems.groups.find(
    (g) => g.passages > 0 && g.code !== stems.groups[0]!.code && thisYear.has(g.workGroupId),
  )!;
  const codebook = (await callApi(page, 'theme.list', { workGroupId: member.workGroupId })) as unknown as Theme[];
  const { id, workGroupId, description, parentId, areas, standards, retired } = codebook.find(
    (t) => t.id === member.themeId,
  )!;
  await callApi(page, 'theme.update', {
    id,
    workGroupId,
    name: 'Sentence stems',
    description,
    areas,
    standards,
    retired,
    ...(parentId ? { parentId } : {}),
  });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hub view' }).click();
  const section = page.getByRole('region', { name: 'Themes across the Work Groups' });
  await section.scrollIntoViewIfNeeded();
  await expect(section).toContainText('Passages are counted including narrower themes');
  const table = section.getByRole('table', { name: 'Themes across the Work Groups, including narrower themes' });
  const row = (name: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  const passages = async (name: string) => Number((await row(name).locator('td').nth(1).innerText()).replace(/,/g, ''));
  await expect(row('Sentence stems')).toBeVisible();
  const apart = await passages('Stem sentences');
  expect(apart).toBe(stems.passages - member.passages);
  await expect(row('Sentence stems').locator('td').first()).toHaveText('1 of 1');

  // Map it to "Stem sentences"
  await row('Sentence stems').getByText('1 group’s theme').click();
  const own = (name: string) => page.getByRole('listitem').filter({ hasText: `${member.code}: ${name}` });
  const countAs = own('Sentence stems').getByRole('button', { name: 'Count as…' });
  await expect(countAs).toHaveAccessibleDescription(`${member.code}: Sentence stems (${member.passages} passages)`);
  await countAs.click();
  const dialog = page.getByRole('dialog', { name: `Count “Sentence stems” (${member.code}) as another theme` });
  await dialog.getByLabel('Count it as').selectOption({ label: 'Stem sentences' });
  await shot(page, '1-dialog');
  expect(await axeFailures(page, 'hub themes mapping dialog')).toEqual([]);
  await dialog.getByRole('button', { name: 'Count as Stem sentences' }).click();
  await expect(section.getByRole('status')).toHaveText(
    `${member.code}: Sentence stems is now counted as “Stem sentences”. Undo it beside the group’s theme if need be.`,
  );

  // The counts take it in: one row, with the group's passages added, and the group's own name under it.
  await expect(row('Sentence stems')).toHaveCount(0);
  await expect.poll(() => passages('Stem sentences')).toBe(stems.passages);
  const together = row('Stem sentences');
  await together.getByText(/groups’ themes, 1 mapped$/).click();
  await expect(together).toContainText(`${member.code}: Sentence stems`);
  await expect(together).toContainText(`counted as ${stems.groups[0]!.code}: Stem sentences`);
  await together.scrollIntoViewIfNeeded();
  await shot(page, '2-mapped');
  expect(await axeFailures(page, 'hub themes mapped')).toEqual([]);

  // …and undone
  await together
    .getByRole('listitem')
    .filter({ hasText: `${member.code}: Sentence stems` })
    .getByRole('button', { name: 'Undo mapping' })
    .click();
  await expect(section.getByRole('status')).toHaveText(
    `${member.code}: Sentence stems is counted under its own name again.`,
  );
  await expect(row('Sentence stems')).toBeVisible();
  await expect.poll(() => passages('Stem sentences')).toBe(apart);
});
