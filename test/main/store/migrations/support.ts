import type Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { expect } from 'vitest';
import { migrations } from '../../../../src-main/store/migrations';
import { openStore, type Store } from '../../../../src-main/store/store';
import { tempFolder } from '../../../support/workspace';

// Each migration is tested from the version before it (Signal's pattern): a workspace made by the
// migrations up to N-1, rows written as that version of the app wrote them, then the store's own
// runner with the list cut at N, and the rows read back.

/**
 * Opens a workspace at `version`: made from nothing, or migrated up to it by the store's own runner,
 * as the release that shipped that migration would have done. The caller closes it.
 */
export function openAtVersion(path: string, version: number): Store {
  return openStore(path, { migrations: migrations.filter((m) => m.version <= version) });
}

/** A new workspace file at `version`, with the rows `seed` writes as that version's app did; closed. */
export function workspaceAt(version: number, seed: (db: Database.Database) => void = () => undefined): string {
  const path = join(tempFolder(), `v${version}.wgdb`);
  const store = openAtVersion(path, version);
  seed(store.db);
  store.close();
  return path;
}

/** Says that the file now stands at `version`, with that migration recorded as applied. */
export function expectAtVersion(db: Database.Database, version: number): void {
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  const applied = db.prepare('SELECT version FROM schema_migration ORDER BY version').pluck().all();
  expect(applied.at(-1)).toBe(version);
}

/** Seeded by migration 002 in every workspace. */
export const PROJECT_ID = '6f1c1a52-3a0e-4c3b-9d1e-0a1b2c3d4e01';
export const WORK_GROUP_ID = '00000000-0000-4000-8000-000000000001';
export const SCHOOL_ID = '00000000-0000-4000-8000-000000000002';
export const PARTICIPANT_ID = '00000000-0000-4000-8000-000000000003';

/** A Work Group with one school and one participant, as the app wrote them from version 2 on. */
export function seedWorkGroup(db: Database.Database): void {
  const at = '2025-09-01T09:00:00.000Z';
  db.prepare(
    `INSERT INTO work_group (id, code, name, academic_year, lead_name, project_id, created_at, updated_at)
     VALUES (?, 'TRG-1', 'A Work Group', '2025/26', 'A Lead', ?, ?, ?)`,
  ).run(WORK_GROUP_ID, PROJECT_ID, at, at);
  db.prepare(
    `INSERT INTO school (id, name, phase, created_at, updated_at) VALUES (?, 'Puddleby Lane Test Primary', 'primary', ?, ?)`,
  ).run(SCHOOL_ID, at, at);
  db.prepare(
    `INSERT INTO participant (id, work_group_id, school_id, name, created_at, updated_at)
     VALUES (?, ?, ?, 'Ms Example Teacher', ?, ?)`,
  ).run(PARTICIPANT_ID, WORK_GROUP_ID, SCHOOL_ID, at, at);
}
