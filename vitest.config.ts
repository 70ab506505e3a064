import { defineConfig } from 'vitest/config';
import { engineFingerprint } from './scripts/engine-fingerprint';
import { assetPaths } from './test/support/assetPaths';

export default defineConfig({
  plugins: [assetPaths],
  define: { WGE_ENGINE_FINGERPRINT: JSON.stringify(engineFingerprint()) },
  test: {
    include: ['test/shared/**/*.test.ts', 'test/main/**/*.test.ts', 'test/renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
