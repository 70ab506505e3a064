import type { WebPreferences } from 'electron';

// Plain data (no Electron at run time), so the window's settings are tested under vitest.

/**
 * The window's page runs sandboxed and isolated, with no Node. An installed app has no developer
 * tools at all (not only none in the menu), and middle-click (auxclick) is switched off, so a
 * link cannot be opened by it in a window of its own.
 */
export function windowPreferences(preload: string, isPackaged: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    devTools: !isPackaged,
    disableBlinkFeatures: 'Auxclick',
  };
}
