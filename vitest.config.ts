import { defineConfig } from 'vitest/config';
import { assetPaths } from './test/support/assetPaths';

export default defineConfig({
  plugins: [assetPaths],
  test: {
    include: ['test/shared/**/*.test.ts', 'test/main/**/*.test.ts', 'test/renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
