import type { Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Served {
  url: string;
  db: string;
  stop(): Promise<void>;
}

/** Starts `wge serve` on a new workspace (or a given one), as a user would, and waits for its address. */
export async function serve(db?: string): Promise<Served> {
  const folder = mkdtempSync(join(tmpdir(), 'wge-e2e-'));
  const workspace = db ?? join(folder, 'workspace.wgdb');
  const child: ChildProcess = spawn(process.execPath, ['bin/wge.js', 'serve', '--db', workspace], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  let stopping = false;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) done(match[0]);
    });
    child.once('exit', (code) => fail(new Error(`wge serve exited with ${code}: ${errors}`)));
  });
  return {
    url,
    db: workspace,
    stop: async () => {
      // A server that stopped by itself failed: say why, rather than wait for an exit that has been.
      const ended = child.exitCode !== null || child.signalCode !== null;
      if (!ended) {
        stopping = true;
        child.kill('SIGTERM');
      }
      await exited;
      rmSync(folder, { recursive: true, force: true });
      if (!stopping) throw new Error(`wge serve stopped by itself (exit ${child.exitCode}): ${errors}`);
    },
  };
}

/**
 * `wge serve` on a new workspace holding a demo (the `group` one unless told), written by `wge demo`
 * as a user would write it; with a passphrase, the workspace is encrypted first and served without it
 * (locked).
 */
export async function serveDemo(passphrase?: string, scale: 'group' | 'hub' = 'group'): Promise<Served> {
  const folder = mkdtempSync(join(tmpdir(), 'wge-e2e-demo-'));
  const db = join(folder, 'demo.wgdb');
  const wge = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const run = spawnSync(process.execPath, ['bin/wge.js', ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    if (run.status !== 0) throw new Error(`wge ${args[0]} exited with ${run.status}: ${run.stderr}`);
  };
  wge(['demo', '--db', db, '--scale', scale]);
  if (passphrase) wge(['passphrase', 'set', '--db', db], { WGE_NEW_PASSPHRASE: passphrase });
  const served = await serve(db);
  return {
    ...served,
    stop: async () => {
      await served.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Fills the New Work Group form as a Lead would and creates the group (the list screen must be showing). */
export async function createWorkGroup(page: Page, code: string, name: string): Promise<void> {
  await page.getByLabel('Code').fill(code);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Academic year').fill('2025/26');
  await page.getByLabel('Project').selectOption({ label: 'Primary Teaching for Mastery Development' });
  await page.getByLabel('Work Group Lead').fill('Ms Example Lead');
  await page.getByRole('button', { name: 'Create Work Group' }).click();
}
