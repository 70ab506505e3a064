import { _electron as electron, expect, test } from '@playwright/test';
import { createRequire } from 'node:module';

function electronBinary(): string | undefined {
  try {
    return createRequire(import.meta.url)('electron') as string; // the path, once the binary is installed
  } catch {
    return undefined;
  }
}

const binary = electronBinary();

test('the desktop window opens hardened', async () => {
  test.skip(
    !binary,
    'The Electron binary is not installed on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the desktop window cannot start; browser-mode tests cover the same renderer.',
  );
  const app = await electron.launch({ executablePath: binary!, args: ['.'] });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Work Groups' })).toBeVisible();
  // With contextIsolation, sandbox and no nodeIntegration the page sees no Node at all, only the bridge.
  const page = await window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys((globalThis as { wge?: object }).wge ?? {}),
    popup: globalThis.open('https://example.org/') === null,
  }));
  expect(page).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke'], popup: true });
  await window.evaluate(() => (location.href = 'https://example.org/'));
  await expect(window.getByRole('heading', { name: 'Work Groups' })).toBeVisible();
  expect(window.url()).toMatch(/^file:/);
  await app.close();
});
