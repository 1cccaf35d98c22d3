import { defineConfig } from 'vitest/config';

// Unit and property tests only; end-to-end tests run against a built site (test/e2e, see test/run-all.mjs).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
