import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3-multiple-ciphers';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineFingerprint } from '../../scripts/engine-fingerprint';

// The built app is given the engine's fingerprint at build time: a build without it, or with a stale
// one, would read hub figures worked out by another engine.
test('the built command line keeps hub figures under the fingerprint of the engine it was built from', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wge-e2e-fingerprint-'));
  try {
    const db = join(folder, 'demo.wgdb');
    for (const args of [
      ['demo', '--db', db, '--scale', 'group'],
      ['evaluate', '--db', db, '--hub', '--json'],
    ]) {
      const run = spawnSync(process.execPath, ['bin/wge.js', ...args], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    }
    const workspace = new Database(db, { readonly: true });
    try {
      expect(workspace.prepare('SELECT DISTINCT engine FROM hub_figures').all()).toEqual([
        { engine: engineFingerprint() },
      ]);
    } finally {
      workspace.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
