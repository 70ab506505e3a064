import { describe, expect, it } from 'vitest';
import { devServerUrl, isOurPage } from '../../../src-main/electron/trustedUrl';

// electron-vite hands the main process its dev server without a trailing slash.
const devServer = 'http://localhost:5173';

describe('the pages that may call the services', () => {
  it('trusts the dev server’s page wherever the app has navigated', () => {
    expect(isOurPage('http://localhost:5173/', devServer)).toBe(true);
    expect(isOurPage('http://localhost:5173/#/work-groups/123/children', devServer)).toBe(true);
    expect(isOurPage('http://localhost:5173/index.html?x=1', `${devServer}/`)).toBe(true);
  });

  it('trusts the built page loaded from a file', () => {
    expect(isOurPage('file:///opt/wge/resources/app.asar/out/renderer/index.html#/', undefined)).toBe(true);
  });

  it('refuses any other origin, however alike', () => {
    for (const url of [
      'http://localhost:5174/',
      'http://localhost:51730/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'http://localhost:5173.example.com/',
      'http://localhost:5173@example.com/',
      'about:blank',
      'data:text/html,hello',
      '',
    ]) {
      expect(isOurPage(url, devServer), url).toBe(false);
    }
  });

  it('trusts no server when there is none (an installed app) or it is not a web address', () => {
    expect(isOurPage('http://localhost:5173/', undefined)).toBe(false);
    expect(isOurPage('http://localhost:5173/', '')).toBe(false);
    // An opaque origin ("null") must never match another opaque origin.
    expect(isOurPage('data:text/html,hello', 'data:text/html,other')).toBe(false);
    expect(isOurPage('about:blank', 'about:blank')).toBe(false);
  });
});

describe('the dev server', () => {
  it('is the one electron-vite names, unless the app is installed', () => {
    const env = { ELECTRON_RENDERER_URL: devServer };
    expect(devServerUrl(false, env)).toBe(devServer);
    expect(devServerUrl(true, env)).toBeUndefined();
    expect(devServerUrl(false, {})).toBeUndefined();
  });
});
