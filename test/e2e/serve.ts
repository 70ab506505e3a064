import { expect, type Download, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Served {
  /** The app's address without a secret: what a page already let in opens (`${url}#/hub`). */
  url: string;
  db: string;
  /** Another one-time address from `wge serve` (the one it printed first, then one per Enter). */
  newAddress(): Promise<string>;
  /** Lets the page's browser context in, as a Lead does: opens a one-time address `wge serve` printed. */
  open(page: Page): Promise<void>;
  stop(): Promise<void>;
}

const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/#s=[\w-]+/g;

/** Starts `wge serve` on a new workspace (or a given one), as a user would, and waits for its address. */
export async function serve(db?: string): Promise<Served> {
  const folder = mkdtempSync(join(tmpdir(), 'wge-e2e-'));
  const workspace = db ?? join(folder, 'workspace.wgdb');
  const child: ChildProcess = spawn(process.execPath, ['bin/wge.js', 'serve', '--db', workspace], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let errors = '';
  // What the server reports going wrong shows in the test's output, beside the test it broke.
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk;
    process.stderr.write(chunk);
  });
  let stopping = false;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Each address it prints works once; Enter asks it for another, for the next browser context.
  const addresses: string[] = [];
  let printed = () => {};
  let out = '';
  child.stdout!.on('data', (chunk) => {
    out += chunk;
    addresses.push(...[...out.matchAll(ADDRESS)].map((match) => match[0]).slice(addresses.length));
    printed();
  });
  const nextAddress = (index: number) =>
    new Promise<string>((done, fail) => {
      printed = () => {
        if (addresses[index]) done(addresses[index]);
        else if (child.exitCode !== null || child.signalCode !== null)
          fail(new Error(`wge serve exited with ${child.exitCode}: ${errors}`));
      };
      printed();
    });
  child.once('exit', () => printed());
  const first = await nextAddress(0);
  let used = 0;
  const newAddress = () => {
    if (used > 0) child.stdin!.write('\n');
    return nextAddress(used++);
  };
  const url = first.slice(0, first.indexOf('#'));
  return {
    url,
    db: workspace,
    newAddress,
    open: async (page) => {
      const address = await newAddress();
      // From a page of the app, going to the address would only change what follows "#".
      if (page.url().startsWith(url)) await page.goto('about:blank');
      await page.goto(address);
      // The door page hands the secret over and replaces itself with the app (the page with #root).
      await page.locator('#root').waitFor({ state: 'attached' });
    },
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

/**
 * Fills the New Work Group form as a Lead would and creates the group (the list screen must be
 * showing); the new group opens.
 */
export async function createWorkGroup(page: Page, code: string, name: string): Promise<void> {
  await page.getByLabel('Code').fill(code);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Academic year').fill('2025/26');
  await page.getByLabel('Project').selectOption({ label: 'Primary Teaching for Mastery Development' });
  await page.getByLabel('Work Group Lead').fill('Ms Example Lead');
  await page.getByRole('button', { name: 'Create Work Group' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/**
 * Goes on past the personal-data check's dialog, having seen `found` in it, for an export that
 * carries its records as they are (a bundle, a workbook: nothing to replace in this export only).
 */
export async function exportAnyway(page: Page, found: string): Promise<Download> {
  const dialog = page.getByRole('dialog', { name: 'Check before exporting' });
  await expect(dialog).toContainText(found);
  await expect(dialog.getByRole('button', { name: 'Replace in this export only' })).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export anyway' }).click();
  return downloading;
}

/** Goes on past the "Still to complete" dialog (what the records do not hold yet) to what comes after it. */
export async function exportIncomplete(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Still to complete' });
  await dialog.getByRole('button', { name: 'Export anyway' }).click({ timeout: 30_000 });
  await expect(dialog).toHaveCount(0);
}

/** Calls the contract from the page, as the screens do, for records a test needs but does not type in. */
export async function callApi(page: Page, method: string, input: unknown): Promise<{ id: string }> {
  const reply = await page.evaluate(
    async ([method, input]) => {
      const response = await fetch(`/api/${method as string}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; result: { id: string } };
    },
    [method, input],
  );
  expect(reply.ok, JSON.stringify(reply)).toBe(true);
  return reply.result;
}

/** Opens a bundle on the Backups screen with the given passphrase, and waits for its preview. */
export async function openBundle(page: Page, file: string, passphrase: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups', exact: true }).click();
  await page.getByLabel('Bundle passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Bundle file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'What the bundle will change' })).toBeVisible();
}
