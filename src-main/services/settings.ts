import type { WorkspaceSettings } from '../../src-shared/api/backups';
import { BACKUPS_KEPT_KEY, backupsKept, FOCUS_CHILD_RETENTION_KEY, saveSetting } from '../store/backup';
import type { Store } from '../store/store';
import type { Handlers } from './handlers';

// The workspace's own settings (keeping things, the hub's name), stored in the workspace itself
// (workspace_meta), so they travel with the file to another computer.

/** Focus children's data is kept this long after its Work Group's year unless the Lead chooses otherwise. */
export const DEFAULT_RETENTION_YEARS = 3;

const KEYS: Record<keyof WorkspaceSettings, string> = {
  backupsKept: BACKUPS_KEPT_KEY,
  focusChildRetentionYears: FOCUS_CHILD_RETENTION_KEY,
  hubName: 'hub_name',
};

export function readSettings(store: Store): WorkspaceSettings {
  const read = (key: string) =>
    store.statement<[string], { value: string }>('SELECT value FROM workspace_meta WHERE key = ?').get(key)?.value;
  const years = Number(read(KEYS.focusChildRetentionYears));
  return {
    backupsKept: backupsKept(store.db),
    focusChildRetentionYears: Number.isInteger(years) && years >= 1 ? years : DEFAULT_RETENTION_YEARS,
    hubName: read(KEYS.hubName) ?? '',
  };
}

/** Saves the settings given, as one action, and answers with all of them. */
export function saveSettings(store: Store, changes: Partial<WorkspaceSettings>): WorkspaceSettings {
  return store.transaction(() => {
    for (const [name, value] of Object.entries(changes))
      if (value !== undefined) saveSetting(store, KEYS[name as keyof WorkspaceSettings], String(value));
    return readSettings(store);
  });
}

export function settingsHandlers(store: Store): Handlers<'settings.'> {
  return {
    'settings.get': () => readSettings(store),
    'settings.set': (changes) => saveSettings(store, changes),
  };
}
