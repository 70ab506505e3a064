import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { engineFingerprint } from './scripts/engine-fingerprint';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    // Hub figures kept in a workspace are read only by the engine that worked them out.
    define: { WGE_ENGINE_FINGERPRINT: JSON.stringify(engineFingerprint()) },
    build: {
      rollupOptions: {
        // The desktop app's main process and the `wge` command line share the same services, which
        // the window and browser mode run in a worker thread of their own (worker.js).
        input: {
          index: resolve('src-main/electron/main.ts'),
          cli: resolve('src-main/cli/main.ts'),
          worker: resolve('src-main/worker/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src-main/electron/preload.ts') },
        // A sandboxed preload must be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
        external: ['electron'],
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    build: { rollupOptions: { input: resolve('src-renderer/index.html') } },
  },
});
