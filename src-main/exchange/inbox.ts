import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { DomainError } from '../../src-shared/api/errors';
import type { InboxBundle } from '../../src-shared/api/inbox';
import { saveSetting } from '../store/backup';
import type { Store } from '../store/store';
import { writeFileAtomically } from '../export/atomicWrite';
import type { Handlers } from '../services/handlers';
import { bundleService } from '../services/exchange';
import { isSealed, sealedLabelOf } from './bundleCipher';
import { BUNDLE_EXTENSION } from './bundleFile';
import { exportBundle } from './exportBundle';
import { keptPassphrase } from './keptPassphrase';
import { machineOf } from './teacherWorkspace';
import { workspaceId } from './workspace';

// The shared-folder inbox. Schools already share folders (OneDrive, SharePoint, Google Drive, a USB
// stick): the workspace is pointed at one, lists the bundles there it has not taken in yet, with who
// sent them and what importing would merge, imports the chosen ones and writes its own bundles there.
// The folder is the carrier: no network code. Each file is known by the SHA-256 of its bytes, so a
// file renamed or copied twice is still the one already imported.

const FOLDER_KEY = 'inbox.status';
/** Larger than any Work Group's year, images included (as "wge bundle import" allows). */
const MAX_BUNDLE_BYTES = 300 * 1024 * 1024;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export function inboxFolderOf(store: Store): string | undefined {
  return (
    store.statement<[string], { value: string }>('SELECT value FROM workspace_meta WHERE key = ?').get(FOLDER_KEY)
      ?.value || undefined
  );
}

function requireFolder(store: Store): string {
  const folder = inboxFolderOf(store);
  if (!folder)
    throw new DomainError('conflict', 'No shared folder is set for this workspace. Choose the shared folder first.');
  if (!isFolder(folder))
    throw new DomainError(
      'not_found',
      `The shared folder ${folder} cannot be found. Check that the drive or synced folder is connected, or choose the folder again.`,
    );
  return folder;
}

const isFolder = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

const knownFile = (store: Store, hash: string) =>
  store.statement<[string], { one: number }>('SELECT 1 AS one FROM inbox_bundle WHERE file_sha256 = ?').get(hash) !==
  undefined;

const noteFile = (store: Store, hash: string, fileName: string, direction: 'imported' | 'sent') =>
  store
    .statement('INSERT OR IGNORE INTO inbox_bundle (file_sha256, file_name, direction, at) VALUES (?, ?, ?, ?)')
    .run(hash, fileName, direction, store.now());

/** The bundle files in the folder (not its sub-folders), read whole, that this workspace has not taken in or sent. */
function waiting(store: Store, folder: string) {
  const here = workspaceId(store);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(`.${BUNDLE_EXTENSION}`))
    .map((entry) => ({
      fileName: entry.name,
      path: join(folder, entry.name),
      stat: statSync(join(folder, entry.name)),
    }))
    .filter(({ stat }) => stat.size <= MAX_BUNDLE_BYTES)
    .map((file) => {
      const data = readFileSync(file.path);
      return { ...file, data, hash: sha256(data) };
    })
    .filter(({ data, hash }) => !knownFile(store, hash) && labelOf(data)?.sourceWorkspaceId !== here)
    .sort((a, b) => a.stat.mtimeMs - b.stat.mtimeMs || a.fileName.localeCompare(b.fileName));
}

/** A sealed bundle's clear label (ids and a time), or undefined for an open or unreadable file. */
function labelOf(data: Buffer) {
  try {
    return isSealed(data) ? sealedLabelOf(data) : undefined;
  } catch {
    return undefined;
  }
}

const problemOf = (error: unknown) => {
  if (error instanceof DomainError) return error.message;
  throw error;
};

export function inboxHandlers(store: Store): Handlers<'inbox.'> {
  const bundles = bundleService(store);
  return {
    'inbox.status': () => ({ folder: inboxFolderOf(store) }),

    'inbox.setFolder': ({ folder }) => {
      if (folder && (!isAbsolute(folder) || !isFolder(folder)))
        throw new DomainError(
          'invalid_input',
          `There is no folder at ${folder}. Type the full path of the shared folder (for example C:\\Users\\you\\OneDrive\\Work Group bundles), or choose it again.`,
        );
      store.transaction(() => saveSetting(store, FOLDER_KEY, folder));
      return { folder: folder || undefined };
    },

    'inbox.list': async ({ bundlePassphrase }) => {
      const folder = inboxFolderOf(store);
      if (!folder) return { bundles: [] };
      const listed: InboxBundle[] = [];
      for (const file of waiting(store, requireFolder(store))) {
        const label = labelOf(file.data);
        const from = label && machineOf(store, label.sourceWorkspaceId, label.fromParticipant);
        const entry: InboxBundle = {
          fileName: file.fileName,
          sha256: file.hash,
          size: file.stat.size,
          modifiedAt: file.stat.mtime.toISOString(),
          ...(label ? { createdAt: label.createdAt } : {}),
          ...(from ? { from } : {}),
        };
        try {
          const preview = await bundles.preview(file.data, bundlePassphrase);
          listed.push({
            ...entry,
            createdAt: preview.createdAt,
            ...(preview.from ? { from: preview.from } : {}),
            preview,
          });
        } catch (error) {
          listed.push({ ...entry, problem: problemOf(error) });
        }
      }
      return { folder, bundles: listed };
    },

    'inbox.import': async ({ fileNames, bundlePassphrase }) => {
      const files = waiting(store, requireFolder(store));
      const chosen = fileNames.map((name) => {
        const file = files.find((f) => f.fileName === name);
        if (!file)
          throw new DomainError(
            'not_found',
            `${name} is not waiting in the shared folder (it has been imported already, or moved). Look at the inbox again and choose from what it lists.`,
          );
        return file;
      });
      const imported = [];
      for (const file of chosen) {
        const done = await bundles.import(file.data, bundlePassphrase, () =>
          noteFile(store, file.hash, file.fileName, 'imported'),
        );
        imported.push({ ...done, fileName: file.fileName });
      }
      return { imported };
    },

    'inbox.send': async (input) => {
      const folder = requireFolder(store);
      const bundlePassphrase = input.bundlePassphrase ?? keptPassphrase(store);
      if (bundlePassphrase === undefined)
        throw new DomainError(
          'invalid_input',
          'A bundle written to the shared folder is always encrypted: give the bundle passphrase your group shares, or keep it in this workspace first. Nothing has been written.',
        );
      const produced = await exportBundle(store, { ...input, bundlePassphrase });
      const path = join(folder, basename(produced.fileName));
      writeFileAtomically(path, produced.data);
      store.transaction(() => noteFile(store, sha256(produced.data), produced.fileName, 'sent'));
      return { fileName: produced.fileName, path };
    },
  };
}
