import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { join } from 'node:path';
import { startWorker, type WorkerChannel } from '../worker/channel';
import { menuTemplate } from './menu';
import { hardenContents, hardenSession } from './security';
import { devServerUrl, isOurPage } from './trustedUrl';
import { windowPreferences } from './windowOptions';
import { defaultWorkspacePath, recentWorkspaces, rememberWorkspace } from './workspaces';

// The desktop app keeps its own build of the SQLite addon (see scripts/native.js); an installed app
// carries it among its resources (electron-builder.yml).
const nativeBinding = app.isPackaged
  ? join(process.resourcesPath, 'native/better_sqlite3.node')
  : join(app.getAppPath(), 'node_modules/.wge-native/electron/better_sqlite3.node');
const rendererIndex = join(import.meta.dirname, '../renderer/index.html');
const devUrl = devServerUrl(app.isPackaged);

const workerFile = join(import.meta.dirname, 'worker.js');

let session: WorkerChannel | undefined;
let window: BrowserWindow | undefined;

async function openWorkspace(path: string): Promise<boolean> {
  try {
    // An encrypted workspace opens locked, and the window asks for its passphrase.
    const next = await startWorker(workerFile, {
      role: 'store',
      path,
      options: { nativeBinding },
      askForPassphrase: true,
    });
    void session?.close();
    session = next;
    rememberWorkspace(path);
    window?.setTitle(`Work Group Evaluator: ${path}`);
    buildMenu();
    void window?.webContents.reloadIgnoringCache();
    return true;
  } catch (error) {
    dialog.showErrorBox('The workspace could not be opened', (error as Error).message);
    return false;
  }
}

async function chooseWorkspace(mode: 'new' | 'open'): Promise<void> {
  const filters = [{ name: 'Work Group Evaluator workspace', extensions: ['wgdb'] }];
  if (mode === 'new') {
    const { filePath } = await dialog.showSaveDialog({ title: 'New workspace', filters });
    if (filePath) await openWorkspace(filePath);
  } else {
    const { filePaths } = await dialog.showOpenDialog({ title: 'Open workspace', filters, properties: ['openFile'] });
    if (filePaths[0]) await openWorkspace(filePaths[0]);
  }
}

function buildMenu(): void {
  const actions = {
    newWorkspace: () => void chooseWorkspace('new'),
    openWorkspace: () => void chooseWorkspace('open'),
    openRecent: (path: string) => void openWorkspace(path),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(recentWorkspaces(), actions, app.isPackaged)));
}

function createWindow(): void {
  window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Work Group Evaluator',
    webPreferences: windowPreferences(join(import.meta.dirname, '../preload/index.cjs'), app.isPackaged),
  });
  hardenContents(window.webContents);
  void (devUrl ? window.loadURL(devUrl) : window.loadFile(rendererIndex));
}

ipcMain.handle('wge:invoke', (event, method: unknown, input: unknown) => {
  // Only our own page, in our own window, may call the services.
  const trusted = event.sender === window?.webContents && isOurPage(event.senderFrame?.url ?? '', devUrl);
  if (!trusted || typeof method !== 'string' || !session) {
    return { ok: false, error: { code: 'failed', message: 'This request is not allowed.', fields: [] } };
  }
  return session.call(method, input);
});

app.on('web-contents-created', (_event, contents) => hardenContents(contents));
// The services close the workspace properly (the last of the log written into the file) before the app ends.
app.on('window-all-closed', () => void Promise.resolve(session?.close()).then(() => app.quit()));

void app.whenReady().then(async () => {
  hardenSession(devUrl);
  createWindow();
  const last = recentWorkspaces()[0];
  if (!(await openWorkspace(last ?? defaultWorkspacePath()))) await openWorkspace(defaultWorkspacePath());
});
