import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { createWorkGroup, exportAnyway, exportIncomplete, serve, type Served } from './serve';

test.use({ viewport: { width: 1366, height: 900 } });

let app: Served;
test.beforeEach(async () => {
  app = await serve();
});
test.afterEach(async () => {
  await app.stop();
});

/** A new Work Group, opened at its Spreadsheets tab. */
async function openSpreadsheets(page: Page, code: string, name: string) {
  await app.open(page);
  await createWorkGroup(page, code, name);
  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Spreadsheets', exact: true })
    .click();
}

const SCHOOLS_CSV = [
  'School Name,Unique reference number,Head teacher',
  ' Harbour View Primary ,234567,Ms Example Head',
  'Hillside Infant School,345678,Mr Example Head',
  'Harbour View Primary,234567,Ms Example Head',
].join('\r\n');

test('a Lead imports schools from a CSV through the wizard and downloads the Excel summary', async ({ page }) => {
  await openSpreadsheets(page, 'TRG-2025-08', 'Spreadsheets in and out');

  await page.getByLabel('What does the file hold?').selectOption({ label: 'Schools and senior leaders' });
  await page.getByLabel('Spreadsheet file').setInputFiles({
    name: 'schools.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(SCHOOLS_CSV),
  });
  // The proposed columns, from the headings.
  await expect(page.getByLabel('School name (needed)')).toHaveValue('0');
  await expect(page.getByLabel('URN')).toHaveValue('1');
  await expect(page.getByLabel('Senior leader', { exact: true })).toHaveValue('2');
  await page.getByRole('button', { name: 'Check the rows' }).click();
  const rows = page.getByRole('table', { name: 'Rows to import' });
  await expect(rows.getByRole('row')).toHaveCount(4);
  await expect(rows).toContainText('Repeats row 2: imported once.');
  await expect(page.getByText('2 new, 0 already recorded, 1 repeated')).toBeVisible();
  await page.screenshot({ path: 'test-results/spreadsheets-import-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Import 2 new rows' }).click();
  await expect(page.getByText(/Imported 2 rows. A backup was taken first/)).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Schools and leaders', exact: true })
    .click();
  await expect(page.getByRole('table', { name: 'Schools and leaders' })).toContainText('Hillside Infant School');

  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Spreadsheets', exact: true })
    .click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the Excel summary' }).click();
  await exportIncomplete(page);
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('work-group-summary-TRG-2025-08.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const schools = workbook.getWorksheet('Schools and leaders')!;
  const names = [schools.getCell('A2').value, schools.getCell('A3').value].sort();
  expect(names).toEqual(['Harbour View Primary', 'Hillside Infant School']);
  await expect(
    page.getByRole('status').filter({ hasText: 'Exported “work-group-summary-TRG-2025-08.xlsx”' }),
  ).toBeVisible();
});

test('the Excel summary passes the same check as every export: the dialog shows what was found first', async ({
  page,
}) => {
  await openSpreadsheets(page, 'TRG-2025-09', 'Fractions with Amelia Thornbury');
  await page.getByRole('button', { name: 'Download the Excel summary' }).click();
  await exportIncomplete(page);
  expect((await exportAnyway(page, 'Amelia')).suggestedFilename()).toBe('work-group-summary-TRG-2025-09.xlsx');
  await expect(
    page.getByRole('status').filter({ hasText: 'Exported “work-group-summary-TRG-2025-09.xlsx”' }),
  ).toBeVisible();
});
