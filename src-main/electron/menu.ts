import type { MenuItemConstructorOptions } from 'electron';

// Plain data (no Electron at run time), so what the menu offers is tested under vitest.

export interface MenuActions {
  newWorkspace: () => void;
  openWorkspace: () => void;
  openRecent: (path: string) => void;
}

/** Zoom and full screen only: an installed app offers no developer tools, reload or forced reload. */
const installedView: MenuItemConstructorOptions = {
  label: 'View',
  submenu: [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ],
};

/** The application menu: File, Edit and View, with developer tools only while developing (`npm run dev`). */
export function menuTemplate(
  recent: string[],
  actions: MenuActions,
  isPackaged: boolean,
): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] = recent.map((path) => ({
    label: path,
    click: () => actions.openRecent(path),
  }));
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New workspace…', accelerator: 'CmdOrCtrl+N', click: actions.newWorkspace },
      { label: 'Open workspace…', accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
      {
        label: 'Recent workspaces',
        submenu: recentItems.length ? recentItems : [{ label: 'None yet', enabled: false }],
      },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [file, { role: 'editMenu' }, isPackaged ? installedView : { role: 'viewMenu' }];
}
