import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createHandlers } from '../../src-main/services/handlers';
import { openStore, type Store } from '../../src-main/store/store';

const folders: string[] = [];
const stores: Store[] = [];

afterEach(() => {
  stores.splice(0).forEach((store) => store.db.open && store.close());
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

/** A fresh folder in the system's temp space, removed after the test. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'wge-test-'));
  folders.push(folder);
  return folder;
}

/** A real workspace file on disk, opened, with every service bound to it. */
export function tempWorkspace() {
  const path = join(tempFolder(), 'workspace.wgdb');
  const store = openStore(path);
  stores.push(store);
  return { path, store, handlers: createHandlers(store) };
}

export const sampleWorkGroup = {
  code: 'TRG-2025-01',
  name: 'Reasoning about fractions in Key Stage 2',
  academicYear: '2025/26',
  project: 'Primary Teaching for Mastery Development',
  pdActivityType: 'work_group' as const,
  leadName: 'Ms Example Lead',
};
