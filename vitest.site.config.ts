import { defineConfig } from 'vitest/config';

// Tests over the built site: HTML checks and end-to-end runs in headless Chromium.
// `npm test` builds first (see test/run-all.mjs); run alone with `npx vitest run -c vitest.site.config.ts`.
export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
