import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { engineFingerprint } from '../../scripts/engine-fingerprint';
import { assetPaths } from './assetPaths';

/**
 * The services' worker built from the sources, as electron-vite builds out/main/worker.js (a worker
 * thread runs JavaScript, not the TypeScript the tests run). It sits under out/ so that it finds the
 * project's node_modules; each test process builds its own, removed with `removeWorkerBuild`.
 */
const folder = resolve('out/test-worker', String(process.pid));
let built: Promise<string> | undefined;

export function workerBuild(): Promise<string> {
  built ??= build({
    configFile: false,
    logLevel: 'error',
    plugins: [assetPaths],
    define: { WGE_ENGINE_FINGERPRINT: JSON.stringify(engineFingerprint()) },
    build: {
      ssr: 'src-main/worker/worker.ts',
      outDir: folder,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'worker.mjs', inlineDynamicImports: true } },
    },
  }).then(() => join(folder, 'worker.mjs'));
  return built;
}

export function removeWorkerBuild(): void {
  rmSync(folder, { recursive: true, force: true });
}
