import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { afterAll, describe, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/generate';
import type { DemoScale } from '../../src-main/demo/scales';
import { dispatch, dispatchAsync } from '../../src-main/services/dispatch';
import { createHandlers, type AllHandlers } from '../../src-main/services/handlers';
import { openStore, type Store } from '../../src-main/store/store';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { scanForPersonalData } from '../../src-shared/privacy/scan';
import { LABELLED_NOTES, measureCheck, WORKSPACE } from '../shared/privacy/labelledNotes';
import { type Figure, measure, record, report } from './measure';

const SEED = 1;
const CACHE = join(import.meta.dirname, '../../.bench');

/** What the demo generator and the schema are now: a kept demo written by other code is not today's demo. */
function demoSource(): string {
  const hash = createHash('sha256');
  for (const folder of ['src-main/demo', 'src-main/store/migrations']) {
    const root = join(import.meta.dirname, '../..', folder);
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
      if (/\.(ts|sql)$/.test(file)) hash.update(file).update(readFileSync(join(root, file)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** The demo workspace of a scale, generated once per seed and demo source and kept in .bench/ for later runs. */
function demoWorkspace(scale: DemoScale): string {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, `demo-${scale}-seed${SEED}-${demoSource()}.wgdb`);
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
  it('measures the personal-data check on the labelled set of classroom notes', async () => {
    const scan = (text: string) => scanForPersonalData([{ where: 'note', text }], WORKSPACE);
    const check = measureCheck(scan);
    const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
    const summary =
      `recall ${percent(check.recall)} (${check.found} of ${check.labelled} names and identifiers), ` +
      `false alarms ${percent(check.falseAlarmRate)} (${check.falseAlarms} of ${check.findings} findings)`;
    console.log(`Personal-data check on ${LABELLED_NOTES.length} labelled notes: ${summary}`);
    await measure('personal-data check of the labelled notes', 5, () => measureCheck(scan), summary);
  });

  it('measures the workspace, the engine and the exports at group, hub and national scale', async () => {
    const group = demoWorkspace('group');
    const hub = demoWorkspace('hub');
    const national = demoWorkspace('national');

    await measure('open the hub workspace', 5, () => openStore(hub).close(), 'migrations and integrity check included');

    const h = opened(hub).handlers;
    const hubGroups = call(h, 'workGroup.list', {}) as { id: string }[];
    await measure('evaluate one Work Group (hub)', 10, () => call(h, 'evaluation.workGroup', { id: hubGroups[0]!.id }));
    rollUps('hub roll-up of 40', hub, 3);
    hubView(hub, 3);
    await measure('hub themes of 40', 5, () => call(h, 'evaluation.hubThemes', {}), 'matched by name across groups');
    await measure('list screens (participants, focus children, journal, observations)', 10, () => {
      for (const kind of ['participant', 'focusChild', 'journalEntry', 'observation']) {
        call(h, `${kind}.list`, { workGroupId: hubGroups[0]!.id });
      }
    });

    const n = opened(national).handlers;
    rollUps('hub roll-up of 1,000', national, 3);
    await measure('search at national scale', 10, () => call(n, 'search.query', { text: 'stem sentence' }));

    const g = opened(group).handlers;
    const [groupId] = (call(g, 'workGroup.list', {}) as { id: string }[]).map((w) => w.id);
    let report: Buffer = Buffer.alloc(0);
    const reportFigure = await measure('Work Group report (Word, with charts)', 3, async () => {
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
    let summary: Buffer = Buffer.alloc(0);
    const summaryFigure = await measure('Work Group workbook (Excel)', 3, async () => {
      const book = (await callAsync(g, 'export.workbook', {
        kind: 'workGroup',
        workGroupId: groupId,
        allowFlagged: true,
      })) as {
        dataBase64: string;
      };
      summary = Buffer.from(book.dataBase64, 'base64');
    });
    await measureTheNationalHubWorkbook(national);
    await measureABundleRoundTrip(h, hubGroups[0]!.id);

    await compareWithTheLimitAndAPeer({ file: report, figure: reportFigure }, { file: summary, figure: summaryFigure });
    await measureTheRenderer(group);
    await measureTheFirstHubView(hub, 3);
  });
});

/**
 * The national hub workbook as the command line writes it, in a process of its own so that its
 * peak memory is its own: the process reports its peak resident memory as it exits.
 */
async function measureTheNationalHubWorkbook(national: string) {
  const out = join(CACHE, 'national-hub.xlsx');
  const reportPeak =
    'data:text/javascript,process.on("exit",()=>console.error("peak-rss-kb",process.resourceUsage().maxRSS))';
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', reportPeak, 'bin/wge.js', 'export', 'hub-summary', '--db', national, '--out', out, '--allow-flagged'],
    { encoding: 'utf8' },
  );
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`wge export hub-summary failed: ${run.stderr}`);
  const peakKb = Number(/peak-rss-kb (\d+)/.exec(run.stderr)?.[1]);
  record(
    'national hub workbook (Excel)',
    [ms],
    'one run of wge export hub-summary, in its own process',
    Math.round(peakKb / 1024),
  );
}

/** A Work Group's bundle written, then read into an empty workspace: what a Lead's USB stick carries. */
async function measureABundleRoundTrip(handlers: AllHandlers, workGroupId: string) {
  const folder = join(CACHE, 'bundles');
  await measure('bundle round trip of a Work Group', 3, async () => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const bundle = (await callAsync(handlers, 'bundle.export', { workGroupId, allowFlagged: true })) as {
      dataBase64: string;
    };
    const target = openStore(join(folder, 'elsewhere.wgdb'));
    try {
      await callAsync(createHandlers(target), 'bundle.import', { dataBase64: bundle.dataBase64 });
    } finally {
      target.close();
    }
  });
}

interface Produced {
  file: Buffer;
  figure: Figure;
}

/** Notes beside a comparison how many times longer our own export took. */
const against = (ours: Figure, theirs: Figure) => {
  theirs.note = `ours is ×${Math.round(ours.medianMs / Math.max(theirs.medianMs, 0.1))}`;
};

/**
 * A hub roll-up straight after opening the workspace, with each Work Group's figures kept in it by an
 * earlier roll-up (the budgeted figure: nothing in memory yet, the figures read from disk); the same
 * with nothing kept, so every Work Group is worked out; and again after one Work Group has changed
 * (only that group is worked out again).
 */
function rollUps(name: string, workspace: string, runs: number) {
  const nothingKept: number[] = [];
  const kept: number[] = [];
  const afterOneChange: number[] = [];
  const timed = (times: number[], handlers: AllHandlers) => {
    const start = performance.now();
    call(handlers, 'evaluation.hub', {});
    times.push(performance.now() - start);
  };
  const withOpened = (use: (store: Store, handlers: AllHandlers) => void) => {
    const store = openStore(workspace);
    try {
      use(store, createHandlers(store));
    } finally {
      store.close();
    }
  };
  for (let i = 0; i < runs; i++) {
    withOpened((store, handlers) => {
      store.db.exec('DELETE FROM hub_figures');
      timed(nothingKept, handlers);
    });
    withOpened((_store, handlers) => {
      timed(kept, handlers);
      const [group] = call(handlers, 'workGroup.list', {}) as { id: string; name: string }[];
      call(handlers, 'workGroup.rename', { id: group!.id, name: group!.name });
      timed(afterOneChange, handlers);
    });
  }
  record(name, kept, 'straight after opening: every Work Group’s figures read from the workspace');
  record(`${name}, nothing kept`, nothingKept, 'straight after opening: every Work Group worked out');
  record(`${name}, after one Work Group changed`, afterOneChange, 'the others’ figures are kept');
}

/**
 * What the hub view asks for when it opens (the projects and Work Groups for its filters, then the
 * roll-up), straight after the workspace is opened: with each group's figures kept in the workspace
 * by an earlier roll-up (the budgeted figure), and with none kept (the first hub view ever).
 */
function hubView(workspace: string, runs: number) {
  const kept: number[] = [];
  const nothingKept: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [times, clear] of [
      [nothingKept, true],
      [kept, false],
    ] as const) {
      const store = openStore(workspace);
      try {
        if (clear) store.db.exec('DELETE FROM hub_figures');
        const handlers = createHandlers(store);
        const start = performance.now();
        call(handlers, 'project.list', {});
        call(handlers, 'workGroup.list', { includeArchived: true });
        call(handlers, 'evaluation.hub', {});
        times.push(performance.now() - start);
      } finally {
        store.close();
      }
    }
  }
  record('hub view of 40 (what the screen calls)', kept, 'straight after opening, the figures kept by an earlier view');
  record('hub view of 40, nothing kept', nothingKept, 'straight after opening, the first hub view ever');
}

/** What a perfect exporter would still pay (deflating the parts), and pandoc writing the same text. */
async function compareWithTheLimitAndAPeer(docx: Produced, xlsx: Produced) {
  const partsOf = async (file: Buffer) => {
    const zip = await JSZip.loadAsync(file);
    return Promise.all(Object.values(zip.files).map((f) => f.async('nodebuffer')));
  };
  const parts = await partsOf(docx.file);
  against(
    docx.figure,
    await measure('deflate the report parts with zlib alone (the limit)', 5, () =>
      parts.forEach((p) => deflateRawSync(p)),
    ),
  );
  const sheets = await partsOf(xlsx.file);
  against(
    xlsx.figure,
    await measure('deflate the workbook parts with zlib alone (the limit)', 5, () =>
      sheets.forEach((p) => deflateRawSync(p)),
    ),
  );
  const zip = await JSZip.loadAsync(docx.file);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n\n');
  if (spawnSync('pandoc', ['--version']).status !== 0) {
    record('pandoc writes a .docx of the same text (a peer)', [0], 'pandoc is not installed');
    return;
  }
  const folder = join(CACHE, 'pandoc');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'report.md'), text);
  const pandoc = await measure('pandoc writes a .docx of the same text (a peer)', 3, () =>
    spawnSync('pandoc', [join(folder, 'report.md'), '-o', join(folder, 'report.docx')]),
  );
  against(docx.figure, pandoc);
}

/**
 * `wge serve` on a workspace and a browser let in by the address it printed (one-time secret and
 * all), at a school laptop's 1366 × 768; both are stopped after `use`.
 */
async function served(workspace: string, use: (page: Page, url: string) => Promise<void>) {
  const server = spawn(process.execPath, ['bin/wge.js', 'serve', '--db', workspace], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const printed = await new Promise<string>((done) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/#s=[\w-]+/.exec(out);
      if (match) done(match[0]);
    });
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(printed);
    await page.locator('#root').waitFor({ state: 'attached' });
    await use(page, printed.slice(0, printed.indexOf('#')));
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

/**
 * The hub view as a Lead first sees it (the budgeted figure): the workspace is opened with no hub
 * figures kept in it (a workspace new to this version of the app), its first screen shows, and the
 * Lead goes straight to the Hub view; timed from the click until the side-by-side table and every
 * chart are drawn.
 */
async function measureTheFirstHubView(workspace: string, runs: number) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const store = openStore(workspace);
    store.db.exec('DELETE FROM hub_figures');
    store.close();
    await served(workspace, async (page) => {
      await page.getByRole('table', { name: 'Work Groups' }).waitFor();
      const start = performance.now();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hub view' }).click();
      await page.getByRole('table', { name: 'Work Groups side by side' }).locator('tbody tr').first().waitFor();
      await page.getByRole('img', { name: 'DfE standards and NCETM areas met by Work Group' }).waitFor();
      times.push(performance.now() - start);
    });
  }
  record(
    'hub view of 40: first view after opening, nothing kept (browser)',
    times,
    `from the click on Hub view to the table and charts drawn; load average ${loadavg()[0]!.toFixed(1)}`,
  );
}

/** Time to the first screen in browser mode, and to a Work Group page of the group demo. */
async function measureTheRenderer(workspace: string) {
  await served(workspace, async (page, url) => {
    await measure('renderer: first screen (Work Groups list)', 3, async () => {
      await page.goto(url);
      await page.getByRole('table', { name: 'Work Groups' }).waitFor();
    });
    await measure('renderer: a Work Group page of the group demo', 3, async () => {
      await page.goto(url);
      await page.locator('table a').first().click();
      await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Work Groups' }).waitFor();
    });
  });
}
