import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../src-main/electron/menu';
import { windowPreferences } from '../../../src-main/electron/windowOptions';

/** Every item of a menu template, submenus included. */
const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);

/** Electron's roles that open, or include, the developer tools (the View menu role carries Toggle Developer Tools). */
const DEVELOPER_ROLES = ['toggleDevTools', 'viewMenu', 'reload', 'forceReload'];

const actions = () => ({ newWorkspace: vi.fn(), openWorkspace: vi.fn(), openRecent: vi.fn() });

describe('the application menu', () => {
  it('offers no developer tools, reload or forced reload in the installed app', () => {
    const roles = items(menuTemplate(['/work/a.wgdb'], actions(), true)).map((item) => item.role);
    expect(roles.filter((role) => DEVELOPER_ROLES.includes(role as string))).toEqual([]);
    // ...while keeping what a Lead uses: editing, zoom and full screen.
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });

  it('keeps the developer tools while developing', () => {
    expect(items(menuTemplate([], actions(), false)).map((item) => item.role)).toContain('viewMenu');
  });

  it('opens a new, a chosen or a recent workspace from the File menu', () => {
    const given = actions();
    const file = items(menuTemplate(['/work/a.wgdb', '/work/b.wgdb'], given, true));
    const click = (label: string) => (file.find((item) => item.label === label)!.click as () => void)();
    click('New workspace…');
    click('Open workspace…');
    click('/work/b.wgdb');
    expect(given.newWorkspace).toHaveBeenCalledOnce();
    expect(given.openWorkspace).toHaveBeenCalledOnce();
    expect(given.openRecent).toHaveBeenCalledWith('/work/b.wgdb');
    const none = items(menuTemplate([], actions(), true)).find((item) => item.label === 'None yet');
    expect(none?.enabled).toBe(false);
  });
});

describe('the window', () => {
  it('has no developer tools and no middle-click once installed, and an isolated, sandboxed page always', () => {
    const installed = windowPreferences('/app/preload/index.cjs', true);
    expect(installed).toMatchObject({
      preload: '/app/preload/index.cjs',
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(windowPreferences('/app/preload/index.cjs', false)).toMatchObject({
      devTools: true,
      disableBlinkFeatures: 'Auxclick',
      sandbox: true,
    });
  });
});
