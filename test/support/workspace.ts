import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Input, Method, Output } from '../../src-shared/api/contract';
import { dispatch } from '../../src-main/services/dispatch';
import { createHandlers, type AllHandlers } from '../../src-main/services/handlers';
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

/** Calls a method through the same door every adapter uses; fails the test on an error reply. */
export function caller(handlers: AllHandlers) {
  return <M extends Method>(method: M, input: Input<M>): Output<M> => {
    const reply = dispatch(handlers, method, input);
    if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
    return reply.result as Output<M>;
  };
}

/** A real workspace file on disk, opened, with every service bound to it. */
export function tempWorkspace() {
  return openWorkspace(join(tempFolder(), 'workspace.wgdb'));
}

/** A workspace file opened (again) with its own connection, as a second program would; closed after the test. */
export function openWorkspace(path: string) {
  const store = openStore(path);
  stores.push(store);
  const handlers = createHandlers(store);
  /** Calls a method and returns the reply as it is, for tests of refusals. */
  const attempt = (method: string, input: unknown) => dispatch(handlers, method, input);
  return { path, store, handlers, call: caller(handlers), attempt };
}

/** Seeded in every new workspace by migration 002. */
export const PRIMARY_MASTERY_PROJECT_ID = '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e01';

export const sampleWorkGroup = {
  code: 'TRG-2025-01',
  name: 'Reasoning about fractions in Key Stage 2',
  academicYear: '2025/26',
  projectId: PRIMARY_MASTERY_PROJECT_ID,
  leadName: 'Ms Example Lead',
};
