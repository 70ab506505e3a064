import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../src-shared/api/errors';
import type { Job } from '../../src-shared/api/jobs';
import { generateDemo } from '../../src-main/demo/generate';
import { startServer, type BrowserModeServer } from '../../src-main/server/server';
import { WorkspaceOpenError } from '../../src-main/store/errors';
import { openStore } from '../../src-main/store/store';
import { startWorker, type WorkerChannel, type WorkerSetup } from '../../src-main/worker/channel';
import { callAsThePage, signIn } from '../support/browserMode';
import { sampleWorkGroup, tempFolder } from '../support/workspace';
import { removeWorkerBuild, workerBuild } from '../support/worker';

let workerFile: string;
let hubFolder: string;
let hubDemo: string;
/** The demo's Work Groups: 40 this year, and those before or after them the seed happens to make. */
let hubGroups: number;
const open: WorkerChannel[] = [];
let server: BrowserModeServer | undefined;

beforeAll(async () => {
  workerFile = await workerBuild();
  // The hub demo: its workbook takes a second or two to write on this machine.
  // Its own folder: tempFolder() is emptied after each test, and every test here reads this demo.
  hubFolder = mkdtempSync(join(tmpdir(), 'wge-test-hub-'));
  hubDemo = join(hubFolder, 'hub.wgdb');
  generateDemo(hubDemo, { scale: 'hub', seed: 7 });
  const store = openStore(hubDemo);
  hubGroups = store.db.prepare('SELECT COUNT(*) FROM work_group WHERE deleted_at IS NULL').pluck().get() as number;
  store.close();
}, 120_000);
afterAll(() => {
  removeWorkerBuild();
  rmSync(hubFolder, { recursive: true, force: true });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await Promise.all(open.splice(0).map((services) => services.close()));
});

async function services(path: string, options: WorkerSetup['options'] = {}) {
  const started = await startWorker(workerFile, { role: 'store', path, options, askForPassphrase: true });
  open.push(started);
  return started;
}

async function call<T>(services: WorkerChannel, method: string, input: unknown = {}): Promise<T> {
  const reply = await services.call(method, input);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
  return reply.result as T;
}

/** Waits until the long work shows up in job.list, doing what it says. */
async function jobUnderWay(services: WorkerChannel, method: string): Promise<Job> {
  for (;;) {
    const job = (await call<Job[]>(services, 'job.list')).find((j) => j.method === method && j.stage);
    if (job) return job;
    await new Promise((wait) => setTimeout(wait, 10));
  }
}

describe('the services in a worker', () => {
  it('answers other requests in browser mode within 100 ms while a hub workbook is being written', async () => {
    const hub = await services(hubDemo);
    server = await startServer((method, input) => hub.call(method, input), tempFolder());
    const cookie = await signIn(server);
    const post = async (method: string, input: unknown = {}) =>
      JSON.parse((await callAsThePage(server!, cookie, method, input)).body) as ApiResult<unknown>;

    // The first call of a session prepares its statements; the app has made many before a hub workbook.
    expect(await post('workGroup.list')).toMatchObject({ ok: true });
    let writing = true;
    const workbook = post('export.workbook', { kind: 'hub' }).finally(() => (writing = false));
    const waits: number[] = [];
    const progress: Job[] = [];
    while (writing) {
      const started = performance.now();
      const list = await post('workGroup.list');
      waits.push(performance.now() - started);
      expect(list).toMatchObject({ ok: true });
      // The hub demo's 40 Work Groups of this year and the 3 of last year rolled over into this one, and a community's second year.
      expect((list as { result: unknown[] }).result).toHaveLength(hubGroups);
      const jobs = await post('job.list');
      if (jobs.ok) progress.push(...(jobs.result as Job[]));
      await new Promise((wait) => setTimeout(wait, 20));
    }

    expect(await workbook).toMatchObject({ ok: true, result: { fileName: expect.stringMatching(/\.xlsx$/) } });
    // Asked again and again while the workbook was written (on one thread, the first would have waited
    // for the whole workbook and been the only one). On a quiet machine every answer takes a few
    // milliseconds; a shared machine at times leaves any thread waiting for the processor, so the test
    // asks that the typical answer, and four in five, come within 100 ms, and none near a second.
    const sorted = waits.sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100);
    expect(sorted.filter((wait) => wait < 100).length / sorted.length).toBeGreaterThan(0.8);
    expect(sorted.at(-1)).toBeLessThan(1000);
    expect(waits.length).toBeGreaterThan(10);
    // And the work said how far it had got as it went.
    const writingSteps = progress.filter(
      (job) => job.method === 'export.workbook' && job.stage === 'Writing the workbook',
    );
    expect(writingSteps.length).toBeGreaterThan(1);
    expect(writingSteps.every((job) => job.total === hubGroups && job.done >= 1 && job.done <= hubGroups)).toBe(true);
    expect(new Set(writingSteps.map((job) => job.done)).size).toBeGreaterThan(1);
  }, 60_000);

  it('works out every Work Group’s hub figures as soon as the workspace opens, before a hub view asks', async () => {
    const path = join(tempFolder(), 'hub.wgdb');
    copyFileSync(hubDemo, path);
    const kept = openStore(path);
    const keptFigures = () => (kept.db.prepare('SELECT count(*) AS n FROM hub_figures').get() as { n: number }).n;
    try {
      kept.db.exec('DELETE FROM hub_figures');
      await services(path);
      // Nothing is asked of the workspace: its reader works the figures out, and keeps them, unasked.
      const deadline = Date.now() + 30_000;
      while (keptFigures() < hubGroups && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 50));
      expect(keptFigures()).toBe(hubGroups);
    } finally {
      kept.close();
    }
  }, 60_000);

  it('cancels long work: it answers "cancelled", the queue behind it is cancelled too, and the next call runs', async () => {
    const hub = await services(hubDemo);
    const workbook = hub.call('export.workbook', { kind: 'hub' });
    const queued = hub.call('evaluation.hub', {});
    const job = await jobUnderWay(hub, 'export.workbook');
    const waiting = (await call<Job[]>(hub, 'job.list')).find((j) => j.method === 'evaluation.hub')!;
    expect(waiting).toMatchObject({ stage: '', done: 0 });

    expect(await call(hub, 'job.cancel', { id: waiting.id })).toEqual({ cancelled: true });
    expect(await call(hub, 'job.cancel', { id: job.id })).toEqual({ cancelled: true });
    for (const reply of [await workbook, await queued]) {
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'cancelled', message: expect.stringMatching(/nothing/) },
      });
    }
    expect(await call(hub, 'job.list')).toEqual([]);
    expect(await call(hub, 'job.cancel', { id: job.id })).toEqual({ cancelled: false });

    // A new reader takes the next long call.
    expect(await call(hub, 'evaluation.hub', {})).toMatchObject({ workGroupCount: hubGroups });
  }, 60_000);

  it('closes the workspace without waiting for long work: the work answers "cancelled"', async () => {
    const hub = await services(hubDemo);
    const workbook = hub.call('export.workbook', { kind: 'hub' });
    await jobUnderWay(hub, 'export.workbook');
    await hub.close();
    expect(await workbook).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    // Closed properly: the file opens again at once, whole.
    await expect((await services(hubDemo)).call('workGroup.list', {})).resolves.toMatchObject({ ok: true });
  }, 60_000);

  it('opens an encrypted workspace locked; once unlocked, long reads open it with the passphrase too', async () => {
    const path = join(tempFolder(), 'locked.wgdb');
    openStore(path, { passphrase: 'correct horse battery staple' }).close();
    const locked = await services(path);
    expect(await locked.call('evaluation.hub', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await call(locked, 'workspace.unlock', { passphrase: 'correct horse battery staple' });
    await call(locked, 'workGroup.create', sampleWorkGroup);
    expect(await call(locked, 'evaluation.hub', {})).toMatchObject({ workGroupCount: 1 });
  });

  it('restores a backup under a reader: the next long read sees the restored workspace', async () => {
    const path = join(tempFolder(), 'restore.wgdb');
    const workspace = await services(path);
    const before = await call<{ fileName: string }>(workspace, 'backup.create');
    await call(workspace, 'workGroup.create', sampleWorkGroup);
    expect(await call(workspace, 'evaluation.hub', {})).toMatchObject({ workGroupCount: 1 });

    await call(workspace, 'backup.restore', { fileName: before.fileName });
    expect(await call(workspace, 'evaluation.hub', {})).toMatchObject({ workGroupCount: 0 });
  });

  it('refuses a file that is not a workspace, as opening it would, and leaves it alone', async () => {
    const path = join(tempFolder(), 'notes.wgdb');
    writeFileSync(path, 'my notes');
    const refused = services(path);
    await expect(refused).rejects.toBeInstanceOf(WorkspaceOpenError);
    await expect(refused).rejects.toMatchObject({ reason: 'not_a_workspace' });
  });
});
