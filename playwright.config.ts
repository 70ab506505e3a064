import { defineConfig } from '@playwright/test';

// Debian's Chromium: no test tool downloads a browser of its own.
export const CHROMIUM = process.env['WGE_CHROMIUM'] ?? '/usr/bin/chromium';
/** Without the networking switches Chromium reaches out to the network at every start. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
});
