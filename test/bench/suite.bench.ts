import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { chromium } from '@playwright/test';
import { afterAll, describe, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import type { DemoScale } from '../../src-main/demo/scales';
import { dispatch, dispatchAsync } from '../../src-main/services/dispatch';
import { createHandlers, type AllHandlers } from '../../src-main/services/handlers';
import { openStore, type Store } from '../../src-main/store/store';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { measure, record, report } from './measure';

const SEED = 1;
const CACHE = join(import.meta.dirname, '../../.bench');

/** The demo workspace of a scale, generated once per seed and kept in .bench/ for later runs. */
function demoWorkspace(scale: DemoScale): string {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, `demo-${scale}-seed${SEED}.wgdb`);
  const timing = `${path}.generated.json`;
  if (!existsSync(path) || !existsSync(timing)) {
    rmSync(path, { force: true });
    const start = performance.now();
    generateDemo(path, { scale, seed: SEED });
    writeFileSync(timing, JSON.stringify({ ms: performance.now() - start }));
  }
  const { ms } = JSON.parse(readFileSync(timing, 'utf8')) as { ms: number };
  record(`generate the ${scale} demo`, [ms], 'measured when the cached workspace was built');
  return path;
}

function call(handlers: AllHandlers, method: string, input: unknown) {
  const reply = dispatch(handlers, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.result as never;
}

async function callAsync(handlers: AllHandlers, method: string, input: unknown) {
  const reply = await dispatchAsync(handlers, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.result as never;
}

const open: Store[] = [];
function opened(path: string) {
  const store = openStore(path);
  open.push(store);
  return { store, handlers: createHandlers(store) };
}

afterAll(() => {
  open.forEach((s) => s.close());
  console.log(`\n${report()}\n`);
});

describe('benchmark', () => {
  it('measures the workspace, the engine and the exports at group, hub and national scale', async () => {
    const group = demoWorkspace('group');
    const hub = demoWorkspace('hub');
    const national = demoWorkspace('national');

    await measure('open the hub workspace', 5, () => openStore(hub).close(), 'migrations and integrity check included');

    const h = opened(hub).handlers;
    const hubGroups = call(h, 'workGroup.list', {}) as { id: string }[];
    await measure('evaluate one Work Group (hub)', 10, () => call(h, 'evaluation.workGroup', { id: hubGroups[0]!.id }));
    await measure('hub roll-up of 40', 3, () => call(h, 'evaluation.hub', {}));
    await measure('list screens (participants, focus children, journal, observations)', 10, () => {
      for (const kind of ['participant', 'focusChild', 'journalEntry', 'observation']) {
        call(h, `${kind}.list`, { workGroupId: hubGroups[0]!.id });
      }
    });

    const n = opened(national).handlers;
    await measure('hub roll-up of 1,000', 3, () => call(n, 'evaluation.hub', {}));
    await measure('search at national scale', 10, () => call(n, 'search.query', { text: 'stem sentence' }));

    const g = opened(group).handlers;
    const [groupId] = (call(g, 'workGroup.list', {}) as { id: string }[]).map((w) => w.id);
    let report: Buffer = Buffer.alloc(0);
    await measure('Work Group report (Word, with charts)', 3, async () => {
      const doc = (await callAsync(g, 'export.document', {
        document: { kind: 'report', workGroupId: groupId },
        allowFlagged: true,
      })) as { dataBase64: string };
      report = Buffer.from(doc.dataBase64, 'base64');
    });
    const children = call(g, 'focusChild.list', { workGroupId: groupId }) as { id: string }[];
    await measure('all 42 case studies (Word)', 1, async () => {
      for (const child of children) {
        await callAsync(g, 'export.document', {
          document: { kind: 'caseStudy', focusChildId: child.id },
          allowFlagged: true,
        });
      }
    });
    await compareWithTheLimitAndAPeer(report);
    await measureTheRenderer(group);
  });
});

/** What a perfect exporter would still pay (deflating the parts), and pandoc writing the same text. */
async function compareWithTheLimitAndAPeer(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const parts = await Promise.all(Object.values(zip.files).map((f) => f.async('nodebuffer')));
  await measure('deflate the report parts with zlib alone (the limit)', 5, () =>
    parts.forEach((p) => deflateRawSync(p)),
  );
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n\n');
  if (spawnSync('pandoc', ['--version']).status !== 0) {
    record('pandoc writes a .docx of the same text (a peer)', [0], 'pandoc is not installed');
    return;
  }
  const folder = join(CACHE, 'pandoc');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'report.md'), text);
  await measure('pandoc writes a .docx of the same text (a peer)', 3, () =>
    spawnSync('pandoc', [join(folder, 'report.md'), '-o', join(folder, 'report.docx')]),
  );
}

/** Time to the first screen in browser mode, and to a Work Group page of the group demo. */
async function measureTheRenderer(workspace: string) {
  const server = spawn(process.execPath, ['bin/wge.js', 'serve', '--db', workspace], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) done(match[0]);
    });
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await measure('renderer: first screen (Work Groups list)', 3, async () => {
      await page.goto(url);
      await page.getByRole('table', { name: 'Work Groups' }).waitFor();
    });
    await measure('renderer: a Work Group page of the group demo', 3, async () => {
      await page.goto(url);
      await page.locator('table a').first().click();
      await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Work Groups' }).waitFor();
    });
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}
