import { expect, test, type Download, type Page } from '@playwright/test';
import { copyFileSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { serveDemo, type Served } from './serve';

// A school laptop's screen.
test.use({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });

const GROUP = 'Talking mathematics: reasoning and stem sentences';
const CHART = 'Attendance by meeting';

let app: Served;
test.beforeEach(async () => {
  app = await serveDemo();
});
test.afterEach(async () => {
  await app.stop();
});

async function openCharts(page: Page) {
  await app.open(page);
  await page.getByRole('link', { name: GROUP }).click();
  await page
    .getByRole('navigation', { name: 'Sections of this Work Group' })
    .getByRole('link', { name: 'Evaluation', exact: true })
    .click();
  await expect(page.getByRole('img', { name: CHART })).toBeVisible();
}

/** What a PNG's header says (its IHDR chunk), and the colour of its top-left pixel. */
function readPng(data: Buffer) {
  expect(data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(data.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const header = {
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
    bitDepth: data[24],
    colourType: data[25],
  };
  const image: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    if (data.subarray(at + 4, at + 8).toString('latin1') === 'IDAT') image.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  // In the first row every filter predicts from zeros, so the first pixel's bytes are its colour.
  const pixels = inflateSync(Buffer.concat(image));
  return { ...header, topLeft: [...pixels.subarray(1, 5)] };
}

/** Keeps a copy of what was downloaded in test-results, to look at. */
async function kept(download: Download, name: string): Promise<Buffer> {
  const path = (await download.path())!;
  copyFileSync(path, `test-results/${name}`);
  return readFileSync(path);
}

test('a dashboard chart saves as a 1920 × 1080 PNG on white and as a real SVG', async ({ page }) => {
  await openCharts(page);

  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save as PNG: ${CHART}` }).click();
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe('trg-2025-01-attendance-by-meeting.png');
  const picture = readPng(await kept(pngFile, 'charts-attendance.png'));
  expect(picture).toEqual({ width: 1920, height: 1080, bitDepth: 8, colourType: 6, topLeft: [255, 255, 255, 255] });
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved “trg-2025-01-attendance-by-meeting.png”' }),
  ).toBeVisible();

  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save as SVG: ${CHART}` }).click();
  const svgFile = await svg;
  expect(svgFile.suggestedFilename()).toBe('trg-2025-01-attendance-by-meeting.svg');
  const drawing = (await kept(svgFile, 'charts-attendance.svg')).toString('utf8');
  expect(drawing).toMatch(/^<svg[^>]* width="960" height="540"/);
  // Text stays text, and each of the five meetings is a bar of its own
  expect(drawing).toMatch(/<text[^>]*>Attendance by meeting<\/text>/);
  expect(drawing).toMatch(/<text[^>]*>Meeting date<\/text>/);
  expect(drawing.match(/<path fill="#0072B2"/g)).toHaveLength(5);
});

test('“Copy picture” puts the 1920-pixel PNG on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await openCharts(page);
  await page.getByRole('button', { name: `Copy picture: ${CHART}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied. Paste it into your slides' })).toBeVisible();
  const pasted = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const bitmap = await createImageBitmap(await item!.getType('image/png'));
    return { types: item!.types, width: bitmap.width, height: bitmap.height };
  });
  expect(pasted).toEqual({ types: ['image/png'], width: 1920, height: 1080 });
});

test('where there is no clipboard, “Copy picture” says so and what to do instead', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await openCharts(page);
  await page.getByRole('button', { name: `Copy picture: ${CHART}` }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This window cannot put pictures on the clipboard. Use “Save as PNG” instead, then insert the file into your slides or document.',
  );
});
