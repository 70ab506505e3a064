import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineFingerprint } from '../../../scripts/engine-fingerprint';
import { openStore } from '../../../src-main/store/store';
import { recordSmallYear } from '../../support/year';
import { caller, tempFolder } from '../../support/workspace';
import { createHandlers } from '../../../src-main/services/handlers';

const KILLS = Number(process.env['WGE_CRASH_KILLS'] ?? 200);
let writer = '';

// The writer runs as a plain Node process, so it is bundled first (the store reads its migrations
// through Vite's ?raw imports).
beforeAll(async () => {
  // Inside the project, so the bundle finds the SQLite module and zod in node_modules.
  // (one folder per run, so two runs at once never empty each other's).
  const outDir = join(import.meta.dirname, `../../../node_modules/.cache/wge-crash-writer-${process.pid}`);
  await build({
    configFile: false,
    logLevel: 'error',
    // The same build-time constants the app is built with.
    define: { WGE_ENGINE_FINGERPRINT: JSON.stringify(engineFingerprint()) },
    build: {
      ssr: join(import.meta.dirname, 'writer.ts'),
      outDir,
      rollupOptions: {
        external: ['better-sqlite3-multiple-ciphers', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { entryFileNames: 'writer.mjs' },
      },
      emptyOutDir: true,
    },
  });
  writer = join(outDir, 'writer.mjs');
}, 60_000);

afterAll(() => rmSync(join(writer, '..'), { recursive: true, force: true }));

/**
 * Starts the writer, kills it with SIGKILL `afterMs` after its first committed write (so every kill
 * lands while it is writing), and returns the entries it said were committed.
 */
function runAndKill(path: string, participantId: string, first: number, afterMs: number): Promise<number[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, path, participantId, String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.stdout.on('data', (chunk) => {
      if (!out) {
        clearTimeout(timer);
        timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
      out += chunk;
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' || !out) return fail(new Error(`The writer stopped or never wrote: ${err}`));
      done([...out.matchAll(/^committed (\d+)$/gm)].map((m) => Number(m[1])));
    });
  });
}

describe('crash safety', () => {
  it(`never loses a committed write or corrupts the workspace across ${KILLS} kills`, async () => {
    const path = join(tempFolder(), 'crash.wgdb');
    const setup = openStore(path);
    const { participant } = recordSmallYear(caller(createHandlers(setup)));
    setup.close();

    const committed: number[] = [];
    let next = 1;
    for (let kill = 0; kill < KILLS; kill++) {
      const reported = await runAndKill(path, participant.id, next, Math.floor(Math.random() * 120));
      committed.push(...reported);
      next += reported.length + 1; // the entry being written when killed may or may not have landed

      if (kill % 20 === 19 || kill === KILLS - 1) {
        const store = openStore(path); // refuses a workspace that fails the integrity check
        expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const texts = new Set(
          (store.db.prepare('SELECT text FROM journal_entry').all() as { text: string }[]).map((r) =>
            Number(/^Crash test entry (\d+):/.exec(r.text)?.[1]),
          ),
        );
        const lost = committed.filter((n) => !texts.has(n));
        store.close();
        expect(lost).toEqual([]);
      }
    }
    expect(committed.length).toBeGreaterThan(KILLS);
  }, 600_000);
});
