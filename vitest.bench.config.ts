import { defineConfig } from 'vitest/config';
import { engineFingerprint } from './scripts/engine-fingerprint';
import { assetPaths } from './test/support/assetPaths';

// The benchmark: run by `npm run bench`, never by `npm test` (budgets live here, not in unit tests).
export default defineConfig({
  plugins: [assetPaths],
  define: { WGE_ENGINE_FINGERPRINT: JSON.stringify(engineFingerprint()) },
  test: {
    include: ['test/bench/**/*.bench.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    hookTimeout: 30 * 60_000,
  },
});
