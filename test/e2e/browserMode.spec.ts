import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve, type Served } from './serve';

let app: Served;
test.beforeEach(async () => {
  app = await serve();
});
test.afterEach(async () => {
  await app.stop();
});

const DOOR = 'Open the address that "wge serve" printed';

test('another account on the computer gets neither the app nor a way in', async () => {
  for (const path of ['', 'index.html']) {
    const { stdout } = await promisify(execFile)('curl', ['-s', '-i', `${app.url}${path}`]);
    expect(stdout).toMatch(/^HTTP\/1\.1 401/);
    expect(stdout).toContain(DOOR);
    expect(stdout).not.toMatch(/<div id="root">|assets\/|set-cookie|#s=/i);
  }
  const { stdout } = await promisify(execFile)('curl', ['-s', '-X', 'POST', `${app.url}api/workGroup.list`]);
  expect(JSON.parse(stdout)).toMatchObject({ ok: false, error: { message: expect.stringContaining(DOOR) } });
});

test('the printed address opens the app once; a reload keeps it; another browser is refused', async ({
  page,
  browser,
}) => {
  const printed = await app.newAddress();
  await page.goto(printed);
  await expect(page.getByRole('heading', { name: 'Welcome to Work Group Evaluator' })).toBeVisible();
  // The secret leaves the address bar (and the history) as soon as it is handed over.
  expect(page.url()).not.toContain('#s=');
  const [cookie] = await page.context().cookies();
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  expect(await page.evaluate(() => document.cookie)).toBe('');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Work Group Evaluator' })).toBeVisible();
  // The printed address opened again in a new tab of the same browser: the app, at its first screen.
  const again = await page.context().newPage();
  await again.goto(printed);
  await expect(again.getByRole('heading', { name: 'Welcome to Work Group Evaluator' })).toBeVisible();
  expect(again.url()).toBe(app.url);

  const other = await (await browser.newContext()).newPage();
  await other.goto(printed);
  await expect(other.getByText('This address has been used already. Press Enter where "wge serve" runs')).toBeVisible();
  await other.goto(app.url);
  await expect(other.getByText(DOOR)).toBeVisible();
  await expect(other.locator('#root')).toHaveCount(0);
  // A new address, asked for where wge serve runs, lets the other browser in.
  await app.open(other);
  await expect(other.getByRole('heading', { name: 'Welcome to Work Group Evaluator' })).toBeVisible();
  await other.context().close();
});

test('calls with the cookie but from another origin, or without the cookie, are refused', async ({ page, request }) => {
  await app.open(page);
  const [cookie] = await page.context().cookies();
  const call = (headers: Record<string, string>) =>
    request.post(`${app.url}api/workGroup.list`, { data: {}, headers: { ...headers } });
  const withCookie = { Cookie: `${cookie!.name}=${cookie!.value}` };
  expect((await call({ ...withCookie, Origin: 'http://evil.example' })).status()).toBe(403);
  expect((await call({})).status()).toBe(401);
  expect((await call({ ...withCookie, Origin: new URL(app.url).origin })).status()).toBe(200);
});
